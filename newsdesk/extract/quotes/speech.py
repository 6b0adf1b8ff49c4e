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
from ..doc import sentence
from .content_spans import asked_to, reports_finite_clause
from .cue_contexts import plans_to, ruled_out, told_to_do, what_was_denied
from .cues import (
    CHARACTERISING_VERBS,
    DOCUMENT_HEADS,
    FINDING_VERBS,
    NAMING_PARTICIPLES,
    OBJECT_SPEECH_VERBS,
    POINTING_TEXTS,
    PREP_SPEECH_VERBS,
    SAYING_VERBS,
    as_phrase,
    asks_to_know,
    heard_in_court,
    heard_misread,
    prep_clause,
    takes_a_stance,
)
from .motions_and_charges import alleged_act, moves_a_motion
from .quoted_words import QUOTED, capitalised, quoted_words, reads_as_title
from .speaker_spans import verb_read_as_participle
from .statement import LINK, Statement
from .unsaid import unsaid

#: Verbs of saying and writing (the finder's verbs of saying and more): their
#: content is what the speaker said.
SPEECH_VERBS = SAYING_VERBS | frozenset(
    """accord accuse advise allege answer apologise apologize applaud assert assure bemoan
    blame blast blog boast brag brand call caution chant chide cite clarify conclude concur
    condemn congratulate contend counter criticise criticize cry decry demand denounce
    deride describe detail disagree disclose dismiss dispute dub echo elaborate email
    emphasise emphasize estimate calculate exclaim forecast grumble guarantee hail highlight hint
    imply indicate inform instruct interject label lambast lament lecture maintain mention
    mock murmur muse mutter object order outline plead pledge point post praise preach
    proclaim project promise propose protest question quote rail reassure rebuke rebut recommend
    recount refute reject remind repeat request retort retweet reveal rule scream shout sigh slam
    speculate swear tease testify text thank threaten tout underscore urge vouch vow whisper
    wonder yell confess confide scoff opine posit theorise theorize surmise affirm
    inquire enquire gripe moan rejoin admonish chastise exhort submit""".split()
)
#: Verbs whose to-infinitive is what was said: `vowed to fight on`, `urged
#: voters to stay home` (an infinitive after other verbs of saying, as in
#: `declined to comment`, `refused to say`, reports no words).
PROMISING_VERBS = frozenset(
    "promise vow pledge threaten urge ask call demand request order instruct advise "
    "warn beg implore appeal remind".split()
)
#: Verbs that name: after a noun (`a group called 'X'`) they give a name, not words.
NAMING_VERBS = frozenset("call name dub title entitle label brand nickname".split())
#: The word before a quoted name or term: "so-called 'ghost cranes'".
_NAMED_BEFORE = re.compile(
    r"\b(?:called|named|dubbed|titled|entitled|labell?ed|nicknamed|so-called|calls?)\s*$",
    re.I
)

#: Verbs of advice whose -ing complement is what was advised.
PROPOSING_VERBS = frozenset("recommend suggest propose advise advocate".split())
#: What finds things in a headline: "..., study finds", "Poll shows ...", "..., coroner finds".
_FINDERS = frozenset(
    """study report survey poll review analysis inquiry research trial audit data probe
    record document filing coroner inquest judge court tribunal jury watchdog ombudsman
    regulator inspector""".split()
)
#: Cues of the headline's own attributions: `X says ...`, `..., X warns`.
HEADLINE_VERBS = frozenset(
    """say tell warn claim insist admit deny urge vow confirm announce reveal predict
    argue accuse call demand promise pledge threaten declare rule""".split()
)
#: Layouts that hold quoted words by construction.
QUOTED_LAYOUTS = frozenset(
    {"quote", "partial", "colon", "dash", "trailing", "continuation", "orphan", "short",
     "question", "answer", "bullet", "block", "post", "signed", "soundbite"}
)


#: Things that "raise questions" without saying anything.
_EVENT_NOUNS = frozenset(
    """decision move case incident issue situation development plan policy change result
    outcome event news attack scandal crisis fact episode affair revelation""".split()
)


def _speech_act_object(st: Statement, doc: Doc, lemma: str) -> bool:
    """A verb of saying with its own subject and an object that is what was
    said (see OBJECT_SPEECH_VERBS), or a preposition's (`called for`, `warned
    of`: PREP_SPEECH_VERBS).
    Not `called the harbour master on Monday`, `reported in the last week`,
    `issues were reported` (the subject is what was reported) or a participle
    borrowing the sentence's subject (`..., suggesting the disruption ...`)."""
    if st.cue_token is None or st.speaker is None:
        return False
    cue = doc[st.cue_token]
    kids = list(cue.children)
    # "backed the call and accused the ministry of ...": a conjunct's subject is its partner's
    # (or one read as the clause said: "said the figures were grim but warned against ...")
    joined = cue.dep_ == "conj" or (cue.dep_ == "ccomp" and cue.i > 0
                                     and doc[cue.i - 1].dep_ == "cc")
    subj = next((c for c in kids if c.dep_ == "nsubj"), None) or (next(
        (c for c in cue.head.children if c.dep_ == "nsubj"), None) if joined else None)
    if subj is None or any(c.dep_ == "auxpass" for c in kids):
        return False
    if lemma == "point" and subj.lemma_.lower() not in POINTING_TEXTS:
        return False  # "the referee pointed to the spot", "X points to majorities": cited
    preps = PREP_SPEECH_VERBS.get(lemma, frozenset())
    # the preposition may hang on the object: "accused the council of ..."
    objects = [c for c in kids if c.dep_ == "dobj"]
    near = kids + [g for o in objects for g in o.children]
    if any(c.dep_ == "prep" and c.lower_ in preps and c.i > cue.i for c in near) or (
            prep_clause(cue) is not None):
        return True
    if takes_a_stance(cue):
        # "residents raised concerns about", "she expressed hope that": someone
        # took a stance in words; "the decision raises questions" is a thing
        if subj.lower_ in ("it", "this", "that") or subj.lemma_.lower() in _EVENT_NOUNS:
            return False
        return not (subj.pos_ == "NOUN" and any(c.dep_ == "poss" for c in subj.children))
    if as_phrase(cue) is not None or ruled_out(cue, subj):
        # "dismissed the claims as politically motivated": what she made of
        # them; "ruled out any further exemptions": what will not happen
        return True
    if lemma == "deny" and what_was_denied(cue) is not None:
        return True  # "denied any wrongdoing", "denies murdering his wife": a denial in words
    if lemma in CHARACTERISING_VERBS and objects and any(c.dep_ == "oprd" for c in kids):
        # "called the murder wrong": what she called it is what she said; "a
        # city that calls itself the capital of ..." is a name it goes by
        return not any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in kids)
    return lemma in OBJECT_SPEECH_VERBS and any(c.dep_ == "dobj" and c.i > cue.i for c in kids)


#: Verbs of writing whose object may be the thing written, not what it says.
_WRITING_VERBS = frozenset("write pen author publish draft".split())
#: What someone writes that is a work, not words reported: "has written a report".
_WRITTEN_WORKS = frozenset(
    """report book letter memo column essay article paper study piece op-ed oped blog
    post novel memoir review""".split()
)


#: Those a firm advises ("advises the company"), not advice given.
_ADVISED = frozenset(
    "company firm government council ministry board client bank group agency department".split())


def _addressed_not_said(st: Statement, doc: Doc, lemma: str) -> bool:
    """A verb's object that is who was written to, or the work written, not
    what was said: "had written to the chief commissioner", "has written a
    blunt report of her own", "her firm advises the company"."""
    span = doc.char_span(*st.content[0], alignment_mode="expand")
    if span is None or not len(span):
        return False
    first, root = span[0], span.root
    if first.pos_ == "ADP" and first.lower_ in ("to", "with") and (
            "to" not in PREP_SPEECH_VERBS.get(lemma, frozenset())) and not any(
            t.dep_ == "mark" and t.lower_ == "that" for t in span):
        # the one addressed (not "conceded to reporters that ...": what was
        # said follows them)
        return True
    if lemma in _WRITING_VERBS and root.lemma_.lower() in _WRITTEN_WORKS:
        return True  # the work, whose words the sentence does not give
    return lemma == "advise" and (
        root.ent_type_ in ("PERSON", "ORG", "NORP") or root.pos_ in ("PRON", "PROPN")
        or root.lemma_.lower() in _ADVISED)


def _infinitive_of_a_thing(cue: Token) -> bool:
    """A cue in a to-infinitive hung on a noun that names no one: "a way to
    say", "the right to claim", "no reason to believe"."""
    if cue.dep_ not in ("acl", "relcl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in cue.children
    ):
        return False
    head = cue.head
    return head.pos_ == "NOUN" and head.ent_type_ not in ("PERSON", "ORG", "NORP")


def _finds_itself(st: Statement, doc: Doc) -> bool:
    """`they might find themselves outvoted`, `she found herself alone`: where
    someone ends up, not what they found."""
    span = doc.char_span(*st.content[0], alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].lower_ in _REFLEXIVES


_REFLEXIVES = frozenset(
    "myself yourself himself herself itself ourselves yourselves themselves".split()
)


def _cue_lemma(st: Statement, doc: Doc) -> str:
    return doc[st.cue_token].lemma_.lower() if st.cue_token is not None else ""


def _reports_clause(st: Statement, doc: Doc) -> bool:
    """Whether the cue reports a finite clause, not a to-infinitive or an object."""
    if st.via == "inverted":
        return True
    # (a clause holding a quoted word: 'X says team doctor handed out "vitamins"')
    if st.via not in ("clause", "partial") or st.cue_token is None:
        # (or the clause heard, read as the verb after it: "The inquest heard X had ...")
        return st.via == "complement" and st.cue_token is not None and (
            heard_misread(doc[st.cue_token]) is not None)
    return reports_finite_clause(doc[st.cue_token])


def _verb_of_its_own(cue: Token) -> bool:
    """`Mr. Doyle, who trimmed his forecast, called the reaction "justified"`:
    a past-tense verb the parser hung on a noun far before it, past a comma,
    with its own object, is the sentence's verb, not a name given (`a group
    called 'X'` follows its noun)."""
    head = cue.head
    between = cue.doc[head.i + 1 : cue.i]
    # (an adverb before the verb: "X, the MP for Clarendon, later conceded ...")
    first = min([cue.i] + [c.i for c in cue.children if c.dep_ == "advmod" and c.i < cue.i])
    if (cue.dep_ in ("amod", "acl") and first > 0 and cue.doc[first - 1].text == ","
            and sentence(cue).root.pos_ not in ("VERB", "AUX")
            # ("The Greens, now in opposition, called on the government to ...":
            # what the verb says hangs on it, not "called to clarify")
            and (cue.dep_ == "amod" or any(c.dep_ in ("ccomp", "dobj", "prep")
                                           for c in cue.children))
            ) or verb_read_as_participle(cue):
        # "Labour's shadow chancellor, Owen Petts, accused ministers of ...",
        # "Castellanos, 34, posted on Instagram that ...", parsed with no
        # verb at all: the participle after the name is it
        return True
    return (
        cue.tag_ == "VBD" and head.i < cue.i and any(t.text == "," for t in between)
        and any(c.dep_ == "dobj" for c in cue.children)
    )


def named_before(text: str, start: int) -> int | None:
    """Where the word that names what a quote at `start` holds begins
    ("so-called 'ghost cranes'", "a group called 'X'"), if one stands right
    before it."""
    window = max(0, start - 20)
    found = _NAMED_BEFORE.search(text[window:start])
    return window + found.start() if found is not None else None


def is_statement(st: Statement, doc: Doc, headline: tuple[int, int] | None = None) -> bool:
    """Whether a found attribution is something someone said (see the module docstring)."""
    lemma = _cue_lemma(st, doc)
    cue = doc[st.cue_token] if st.cue_token is not None else None
    if cue is not None and (cue.dep_ in ("acl", "amod") or (lemma in NAMING_PARTICIPLES and any(
            c.lower_ == "as" for c in cue.children))) and (  # (or "who is known ... as 'X'")
        lemma in NAMING_VERBS or cue.tag_ == "VBN"
    ) and not _verb_of_its_own(cue):
        return False  # "a group called 'X'", "a so-called 'plan'": a name, not speech
    if cue is not None and any(c.dep_ == "dobj" and c.lower_ in ("what", "whatever")
                               and c.i < cue.i for c in cue.children) and not st.names_a_thing:
        # (but "what he called "X"": what_called.py)
        return False  # "That's not what he said": words referred to, not reported
    text = doc_text(doc)
    if cue is not None and st.via in ("partial", "clause") and _joined_to_the_cue(st, doc, cue):
        return False  # "Several people applauded, and a few wore ...": a clause joined on
    opens = text[st.start : st.start + 1] in "\"'“‘"
    if not opens and re.fullmatch(r"(?i)(?:here|there) (?:is|are)", text[st.start : st.end]):
        return False  # "Here are other recent items from X reports:": no words of anyone's
    if len(st.content) == 1 and opens and named_before(text, st.start) is not None and not (
            cue is not None and any(c.dep_ == "nsubj" for c in cue.children)
            and not capitalised(text[st.start : st.end])):
        # "a group called 'We support X'": the quote is a name (not
        # "the headline, which she called "cruel"": she called it so)
        return False
    if (cue is not None and opens and lemma not in SAYING_VERBS and _works_named(st, text)):
        return False  # 'Peacock renewed "The Long Tide"': a work's title, nothing said
    if (len(st.content) == 1 and opens and len(text[st.start : st.end].split()) <= 2
            and re.search(r"\b[A-Z][a-z]+ $", text[max(0, st.start - 20) : st.start])
            and re.match(r" [A-Z][a-z]", text[st.end : st.end + 3])):
        return False  # "Sen. Ramon “Monching” Villaflor": a nickname inside a name
    if cue is not None and lemma == "point" and not any(
            c.dep_ == "prt" for c in cue.children) and not any(
            c.dep_ == "nsubj" and c.lemma_.lower() in POINTING_TEXTS for c in cue.children):
        return False  # "early photos pointed to "a strong EF-2"": evidence, not words
    if cue is not None and unsaid(cue):
        return False  # "declined to say who would pay", "did not say": nothing was said
    if cue is not None and alleged_act(cue):
        return False  # "charged with posting "grossly offensive" content": an act alleged
    if cue is not None and _prescribes(cue, st, text):
        return False  # "The law says the board must publish its reasons": a rule, not words
    if (cue is not None and st.via == "complement" and cue.dep_ == "relcl"
            and cue.tag_ in ("VBZ", "VBP")):
        return False  # "One of them, who advises one of the parties, said": a job, not words
    if cue is not None and any(c.dep_ == "mark" and c.lower_ == "whether" for c in cue.children):
        return False  # "Pressed on whether Brennan had asked to leave": a question, not words

    if len(st.content) == 1 and _where_it_was_said(st, doc):
        return False  # 'Appearing on Fox News' "Sunday Briefing,"': a show, not words
    if cue is not None and _infinitive_of_a_thing(cue):
        return False  # "any objective way to say that ...", "no reason to believe": nobody says
    if headline is not None and st.start < headline[1] and st.end > headline[0]:
        if st.via in ("colon", "dash", "trailing", "headline"):
            return True
        # ("..., study finds": a study's finding is its statement)
        finding = lemma in FINDING_VERBS and cue is not None and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _FINDERS for c in cue.children)
        # ("X tells Tories to 'stop sulking'", "Coroner warns of 'silent
        # danger'": words quoted in what is reported)
        # ("Council urges residents to boil tap water": a request made)
        asked = lemma in _REQUESTING and cue is not None and told_to_do(cue)
        return (lemma in HEADLINE_VERBS or finding) and (
            st.direct or _reports_clause(st, doc) or asked
            or (st.via in ("partial", "complement")
                and quoted_words(st.content, text, single=True) >= 1))
    if st.via in ("complement", "partial") and _addressed_not_said(st, doc, lemma):
        return False  # (a title quoted in the work's description is no quote of it)
    if st.via == "partial" and lemma in _BELIEF_VERBS and (
            quoted_words(st.content, text) <= 3 or (cue is not None and plans_to(cue))):
        # "campaigners fear it will end in the next 'omnibus'": a belief;
        # "expected to make arrests 'within days'": a plan
        return False
    if st.direct or st.via in QUOTED_LAYOUTS or st.via in ("according", "noun"):
        return True
    if lemma in SPEECH_VERBS and _reports_clause(st, doc):
        return True
    if st.via == "clause" and cue is not None and asks_to_know(cue):
        return True  # "sought to know why ...": a question put
    if heard_in_court(cue) and _reports_clause(st, doc):
        return True  # "The court heard that ...": evidence given, its giver unnamed
    if lemma in FINDING_VERBS and _reports_clause(st, doc) and not _finds_itself(st, doc):
        return True
    if st.via == "complement" and _speech_act_object(st, doc, lemma):
        return True
    if st.via == "clause" and lemma == "deny" and cue is not None and what_was_denied(cue):
        return True  # "denies murdering his wife": a denial of what he is charged with
    if cue is not None and moves_a_motion(cue) and st.via in ("clause", "complement"):
        return True  # "moved that the fee be set at $600": a motion put
    if st.via == "complement" and lemma in _REQUESTING and cue is not None and (
            asked_to(cue) is not None):
        return True  # "asked anyone who saw the crash to call police": a request made
    if st.via == "clause" and lemma in _INSTRUCTING and cue is not None and _told_to(cue):
        return True  # "she told me to bring a flower instead": an instruction given
    if lemma in PROPOSING_VERBS and st.via == "clause" and cue is not None and any(
        c.tag_ == "VBG" and c.dep_ in ("xcomp", "ccomp", "dobj") and c.i > cue.i
        for c in cue.children
    ) and any(c.dep_ == "nsubj" for c in cue.children):
        return True  # "she recommends placing them in shade": advice given
    return lemma in PROMISING_VERBS and st.via == "clause"



#: Verbs that give an instruction to someone named after them ("told me to ...").
_INSTRUCTING = frozenset("tell instruct order advise direct warn caution".split())


def _told_to(cue: Token) -> bool:
    """`told me to bring ...`: someone told, then what they are told to do
    (not "a warning label telling parents not to ...": a thing's words)."""
    if cue.tag_ == "VBG" and not any(c.dep_ == "aux" for c in cue.children):
        return False  # (but "his father is telling him to wait")
    return told_to_do(cue)


def _works_named(st: Statement, text: str) -> bool:
    """Whether every quote in the content is written as a title ("The Long
    Tide") and none is a cry ("Withdraw! Withdraw!"): works acted on, when
    the content opens with one."""
    quoted = [q for s, e in st.content for q in QUOTED.findall(text, s, e)]
    # (not a cry: "Withdraw! Withdraw!")
    return bool(quoted) and all(capitalised(q.strip(" ,.")) and not re.search(r"[!?]", q)
                                for q in quoted)


def _joined_to_the_cue(st: Statement, doc: Doc, cue: Token) -> bool:
    """Content that is a clause joined to the cue by "and" or "but", any
    quote in it a name ("people applauded, and a few wore "Riverside for
    Everyone" buttons"): what they did next, not what they said (but "...,
    the chancellor said, and that was "democracy, not a crisis"")."""
    span = doc.char_span(st.start, st.end, alignment_mode="expand")
    return (span is not None and len(span) > 1 and span[0].lower_ in ("and", "but")
            and any(t.dep_ == "conj" and t.head.i == cue.i for t in span)
            and all(reads_as_title(q) for q in QUOTED.findall(span.text)))


#: Verbs of asking someone to do something (not "reminds us of things we need to remember").
_REQUESTING = frozenset("ask urge beg implore request encourage appeal plead invite".split())
#: Texts whose "says" with "must" or "shall" gives a rule, not a statement.
_RULE_TEXTS = frozenset(
    """law rule regulation constitution act statute code treaty charter policy guideline
    guidance bylaw directive decree ordinance circular protocol""".split()
)
_DEONTIC = re.compile(r"\b(?:must|shall|may not|cannot|can't|is required|are required)\b")


def _prescribes(cue: Token, st: Statement, text: str) -> bool:
    """Whether "says" has a rule-giving text for subject and a duty or a
    bar for content ("The law says the board must publish its reasons")."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return (subject is not None and cue.lemma_.lower() in ("say", "state")
            and subject.lemma_.lower() in _RULE_TEXTS
            and any(_DEONTIC.search(text, s, e) for s, e in st.content))


#: Verbs of believing: a clause under one is what someone thinks, whatever
#: scare quote it holds.
_BELIEF_VERBS = frozenset("fear believe think hope expect worry suspect assume feel".split())


def _where_it_was_said(st: Statement, doc: Doc) -> bool:
    """Content that is only a place of speaking: "on", "in" or "at" and a
    programme or a channel whose quoted name reads as a title."""
    span = doc.char_span(st.start, st.end, alignment_mode="expand")
    if span is None or span[0].lower_ not in ("on", "in", "at", "during"):
        return False
    if span[0].head.i < span.start or span[0].head.i >= span.end:  # a phrase hung outside
        quoted = re.findall(r"[\"“'‘]([^\"”'’]+)[\"”'’]", span.text)
        return bool(quoted) and all(reads_as_title(q.strip(" ,.")) for q in quoted) and (
            span.root.i == span[0].i or span.root.dep_ == "pobj")
    return False



#: Words at most in a line that reads as a heading.
_HEADING_WORDS = 15


def heading_around(text: str, pos: int) -> tuple[int, int] | None:
    """The line holding `pos` when it reads as a subheading inside the body
    (`Users Urged to Remain Cautious During Outage`, `Groups weigh in on who
    should lead FCC`): short, and ending without a sentence's closing mark. A
    subheading is the writer's, like the headline, unless it attributes
    itself (`X: "..."`, `X says ...`)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    words = text[start:end].split()
    while words and (LINK.fullmatch(words[-1]) or re.fullmatch(r"#\w+", words[-1])):
        # a link or a hashtag closing the line ("... nose. pic.twitter.com/x",
        # "... the state? #Tabbaneh") is not its end
        words.pop()
    line = " ".join(words)
    if not line or len(words) > _HEADING_WORDS:
        return None
    if line[-1] in ".!?:;,\"'”’)…" or not line[0].isupper():
        return None
    return start, end


#: Handles, links and addresses: words that say nothing.
_HANDLE = re.compile(r"(?:https?://|www\.)\S+|[@#][\w.]+|\S+@\S+")
#: Two letters in a row: something left to say once handles are gone.
_SAID_WORDS = re.compile(r"[^\W\d_]{2}")

#: Layouts that are speech whoever the speaker: a transcript line, an
#: interview turn, a list item under a speaker, a quote inside a quote that a
#: verb of saying reports (however short: "'No, he left,'").
_SPOKEN_LAYOUTS = frozenset({"colon", "question", "answer", "bullet", "nested"})


#: Speakers that are nobody in particular: "anyone who says ... is wrong".
_NOBODY = frozenset(
    "anyone anybody everyone everybody whoever nobody no-one".split()
)


def _nobody_in_particular(st: Statement, doc: Doc) -> bool:
    """`anyone who says they have no guilty pleasure is lying`, `nobody said`:
    a hypothetical or a denied speaker says nothing the article reports."""
    if st.speaker is None or st.direct:
        return False
    span = doc.char_span(*st.speaker, alignment_mode="expand")
    if span is None or not len(span):
        return False
    # "Neither side would say", "No official said": a denied speaker ("neither
    # X nor Y said he ..." is both of them saying they do not)
    # ("A No 10 spokesperson": Number 10, Downing Street)
    denied = any(t.dep_ in ("det", "preconj") and t.lower_ in ("neither", "no")
                 and not (t.i + 1 < len(doc) and doc[t.i + 1].like_num)
                 for t in span.root.children) and not any(t.lower_ == "nor" for t in span)
    return span.root.lower_ in _NOBODY or denied


#: What a source asks for, not what they say: "asked not to be named".
_ANONYMITY = re.compile(
    r"(?:that )?(?:(?:his|her|their) (?:full |last |family |sur)?names? )?not (?:to )?be "
    r"(?:named|identified|quoted by name|quoted|used|printed|published|given|disclosed)"
    r"(?: by name)?(?: because .*| as .*| for fear .*| to protect .*| for .*|"
    r" (?:in order )?to (?:speak|discuss|talk|describe|comment) .*)?"
    # "asked to be identified only by her first name"
    r"|(?:to )?be identified (?:only )?(?:by (?:his|her|their) (?:first |given )?names?"
    r"|as \w+)(?: only)?(?: because .*| for fear .*)?",
    re.I,
)
#: Verbs of searching: what they take is a question still open, nobody's words.
_SEARCHING = frozenset("determine investigate probe examine check".split())
#: Words opening an embedded question.
_QUESTION_WORDS = frozenset("whether if how why what who when where which".split())


def _question_not_said(st: Statement, doc: Doc) -> bool:
    """Reported words that are a question nobody put: `to determine whether
    the problems were widespread`, `to find out how their lives changed`; and
    `Asked how the company will grow, X said ...`, where X was asked (the
    question is the reporter's, X's answer is the statement)."""
    if st.direct or st.cue_token is None:
        return False
    cue = doc[st.cue_token]
    lemma = cue.lemma_.lower()
    first = doc.char_span(st.content[0][0], st.content[0][1], alignment_mode="expand")
    if first is None or not len(first) or first[0].lower_ not in _QUESTION_WORDS:
        return False
    # "Asked how ..., X said": the participle (tagged a past tense when it
    # opens the sentence) has no subject of its own
    asked = cue.tag_ == "VBN" or (cue.tag_ == "VBD" and cue.i == cue.sent.start)
    if lemma == "ask" and asked and not any(
        c.dep_ in ("agent", "nsubj") for c in cue.children
    ):
        return True
    searching = lemma in _SEARCHING or (
        lemma == "find" and any(c.dep_ == "prt" and c.lower_ == "out" for c in cue.children)
    )
    return searching


def _a_thing_finds(st: Statement, doc: Doc, speaker_type: str) -> bool:
    """Reported words under a verb of finding or highlighting whose subject is
    no person, body or source of findings (see DOCUMENT_HEADS and _FINDERS)."""
    if st.direct or speaker_type != "unknown" or st.speaker is None:
        return False
    if _cue_lemma(st, doc) not in FINDING_VERBS | {"highlight"}:
        return False
    span = doc.char_span(*st.speaker, alignment_mode="expand")
    # the word as written too: "records" is a lemma "record", "data" one "datum"
    return span is not None and len(span) > 0 and not {
        span.root.lemma_.lower(), span.root.lower_} & (DOCUMENT_HEADS | _FINDERS)


def is_quote(
    st: Statement,
    doc: Doc,
    headline: tuple[int, int] | None,
    speaker_name: str | None,
    speaker_type: str = "unknown",
) -> bool:
    """`is_statement`, and the checks that need the resolved speaker: reported
    speech nobody is said to have said is no statement, nor a quote nobody
    said that reads as a title or a coinage, nor what a thing that is no
    speaker is said to show (`the incident highlights how ...`)."""
    if not is_statement(st, doc, headline):
        return False
    if _a_thing_finds(st, doc, speaker_type):
        return False
    if _nobody_in_particular(st, doc) or _question_not_said(st, doc):
        return False
    text = doc_text(doc)
    if _ANONYMITY.fullmatch(" ".join(text[s:e] for s, e in st.content).strip(" .,")):
        return False  # "who asked not to be named": a condition of speaking, not words
    words = " ".join(text[s:e] for s, e in st.content)
    if not _SAID_WORDS.search(_HANDLE.sub(" ", words)):
        return False  # "IG: @plants.and.culture": a handle or a link says nothing
    if not st.direct and len(words.split()) == 1 and not words[:1].isupper():
        return False  # one lower-case word ("re" of "re-lived") reports nothing
    if st.via == "colon" and speaker_type == "unknown" and st.speaker is not None:
        label = text[st.speaker[0] : st.speaker[1]]
        if not label.isupper():
            return False  # "Background: ...", "Why it matters: ...": a heading, not a speaker
    if st.continues is not None:
        return True
    if speaker_name is not None and (speaker_type != "unknown" or not st.direct):
        return True
    if not st.direct and st.via not in _SPOKEN_LAYOUTS:
        # (but evidence a court heard: said, by someone the report leaves unnamed)
        return st.cue_token is not None and heard_in_court(doc[st.cue_token])
    if st.via in _SPOKEN_LAYOUTS:
        return True
    # quoted words nobody (or only a thing: "the first wig looked") is named
    # for: a title or a coinage ("wiggy") is the writer's quoting, not speech
    return not reads_as_title(words)
