"""Statements apart from other attributions: what someone said, not what someone
is said to think, plan or do.

The finder casts PolNeAR's wide net: its cue lexicon was learned from
annotators who marked every attribution — beliefs (`X believes`), intentions
(`X plans to`), perceptions (`X saw`), acts (`X voted to leave`, `X backed the
plan`). A journalist asking "who said what" wants speech only. A found
attribution is a statement when

- it carries quoted words (a quote, a partial quote, a colon or dash layout,
  a continuation), or
- `according to X` (or `In a statement, X ...`) introduces it, or
- its cue is a verb of saying or writing (`said`, `told`, `warned`,
  `announced`, `tweeted` ...) reporting a clause (`said (that) ...`,
  `..., he said`), or a verb of promising or asking with what was promised or
  asked (`vowed to fight on`, `urged voters to stay home`), or a verb of
  finding reporting a clause (`the study found that ...`);

and, in the headline, only when the headline attributes it itself
(`X: "..."`, `X says ...`, `..., X warns`): a headline that names a person
(`Corbyn mocked at Labour meeting`) is the writer's. Everything else stays
an attribution (`Article.attributions`), so PolNeAR, which annotates them,
still scores them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...nlp import doc_text
from .statement import Statement

#: Verbs of saying and writing: their content is what the speaker said.
SPEECH_VERBS = frozenset(
    """say tell add reply write tweet retweet post email text blog explain state note ask
    respond answer recall argue insist warn claim suggest admit acknowledge concede declare
    announce predict report confirm deny agree disagree complain joke quip comment remark
    observe reiterate repeat stress emphasise emphasize assert allege contend maintain
    testify reveal disclose promise vow pledge urge caution describe call dub label brand
    decry lament bemoan chide blast slam lambast criticise criticize condemn denounce praise
    hail applaud accuse blame mock deride rebuke question wonder speculate estimate
    forecast conclude indicate hint imply mention cite quote recount proclaim shout yell
    cry chant plead boast brag tout thank congratulate apologise apologize rail interject
    muse retort counter rebut dismiss dispute demand request propose recommend advise
    threaten inform remind assure clarify elaborate echo outline detail highlight
    underscore point sigh whisper scream exclaim acknowledge accord order instruct
    reassure tease concur protest object grumble mutter murmur preach lecture vouch
    guarantee swear""".split()
)
#: Verbs whose to-infinitive is what was said: `vowed to fight on`, `urged
#: voters to stay home` (an infinitive after other verbs of saying, as in
#: `declined to comment`, `refused to say`, reports no words).
PROMISING_VERBS = frozenset(
    "promise vow pledge threaten urge ask call demand request order instruct advise "
    "warn beg implore appeal".split()
)
#: Verbs that name: after a noun (`a group called 'X'`) they give a name, not words.
NAMING_VERBS = frozenset("call name dub title entitle label brand nickname".split())
_NAMED = re.compile(
    r"\b(?:called|named|dubbed|titled|entitled|labell?ed|nicknamed|so-called)\s*$", re.I
)
#: Verbs of finding: a study, a report or an inquiry states what follows.
FINDING_VERBS = frozenset("find show conclude reveal indicate suggest determine".split())
#: Cues of the headline's own attributions: `X says ...`, `..., X warns`.
HEADLINE_VERBS = frozenset(
    """say tell warn claim insist admit deny urge vow confirm announce reveal predict
    argue accuse call demand promise pledge threaten declare""".split()
)
#: Layouts that hold quoted words by construction.
QUOTED_LAYOUTS = frozenset(
    {"quote", "partial", "colon", "dash", "trailing", "continuation", "orphan", "short",
     "question", "answer", "bullet"}
)


#: Verbs whose to-infinitive was not done: "declined to say", "refused to comment".
_REFUSING = frozenset("decline refuse fail avoid".split())


def _unsaid(cue: Token) -> bool:
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _REFUSING


def _cue_lemma(st: Statement, doc: Doc) -> str:
    return doc[st.cue_token].lemma_.lower() if st.cue_token is not None else ""


def _reports_clause(st: Statement, doc: Doc) -> bool:
    """Whether the cue reports a finite clause, not a to-infinitive or an object."""
    if st.via == "inverted":
        return True
    if st.via != "clause" or st.cue_token is None:
        return False
    return any(c.dep_ == "ccomp" for c in doc[st.cue_token].children)


def is_statement(st: Statement, doc: Doc, headline: tuple[int, int] | None = None) -> bool:
    """Whether a found attribution is something someone said (see the module docstring)."""
    lemma = _cue_lemma(st, doc)
    cue = doc[st.cue_token] if st.cue_token is not None else None
    if cue is not None and cue.dep_ in ("acl", "amod") and (
        lemma in NAMING_VERBS or cue.tag_ == "VBN"
    ):
        return False  # "a group called 'X'", "a so-called 'plan'": a name, not speech
    text = doc_text(doc)
    opens = text[st.start : st.start + 1] in "\"'“‘"
    if len(st.content) == 1 and opens and _NAMED.search(text[max(0, st.start - 20) : st.start]):
        return False  # "a group called 'We support X'": the quote is a name
    if cue is not None and _unsaid(cue):
        return False  # "declined to say who would pay", "did not say": nothing was said
    if headline is not None and st.start < headline[1] and st.end > headline[0]:
        if st.via in ("colon", "dash", "trailing"):
            return True
        return lemma in HEADLINE_VERBS and (st.direct or _reports_clause(st, doc))
    if st.direct or st.via in QUOTED_LAYOUTS or st.via in ("according", "noun"):
        return True
    if lemma in SPEECH_VERBS and _reports_clause(st, doc):
        return True
    if lemma in FINDING_VERBS and _reports_clause(st, doc):
        return True
    return lemma in PROMISING_VERBS and st.via == "clause"



def reads_as_title(text: str) -> bool:
    """Quoted words that name a work or a coinage rather than say something:
    most words capitalised (`"Superminds: The Power of People"`), or at most
    three words with no sentence in them (`"equality"`)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if not words:
        return True
    capitalised = sum(w[:1].isupper() for w in words)
    minor = sum(w.lower() in _MINOR_WORDS for w in words)
    if len(words) <= 14 and capitalised >= 0.8 * (len(words) - minor) and len(words) > 1:
        return True
    return len(words) <= 3 and not re.search(r"[.!?]", text.strip(" \"'“”‘’"))


_MINOR_WORDS = frozenset("a an the of and or in on at to for with by from as vs".split())
