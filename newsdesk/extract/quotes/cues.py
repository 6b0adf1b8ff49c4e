"""Attribution cues: the words that introduce what someone said or thought.

The lexicon is learned from the PolNeAR train split (scripts/learn_cues.py):
for each verb lemma, how often it is an annotated cue. A verb is a cue when
that probability clears a threshold and it governs content (a clause, a
quote) — the grammar test is in finder.py.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Token

from ..doc import sentence
from .cue_contexts import (
    DIRECTING,
    a_text_reads,
    after_a_possessive,
    provides_for,
    puts_it,
    raised_with,
    summoned,
    to_order,
    told_to_do,
)
from .motions_and_charges import moves_a_motion

#: Verbs of saying that are cues even where the train split rarely saw them.
_ALWAYS = frozenset(
    [
        "say", "tell", "add", "insist", "warn", "claim", "deny", "reply", "argue", "note",
        "suggest", "write", "tweet", "explain", "ask", "announce", "report", "state",
        "declare", "admit", "acknowledge", "confirm", "predict", "promise", "vow", "urge",
        "describe", "accuse", "complain", "agree", "conclude", "reveal", "estimate",
        "testify", "respond", "recall", "concede", "contend", "maintain", "allege",
        "assert", "stress", "emphasise", "emphasize", "mention", "comment", "boast", "joke",
        "quip", "sigh", "retort", "counter", "caution", "observe", "remark", "reiterate",
        "mock", "blast", "slam", "brand", "term", "advise", "text", "email",
        # verbs of praise and blame, rare in the train split: with a quote or a
        # clause they report what was said ("lauded him for "new ideas"")
        "laud", "scold", "lambaste", "berate", "castigate", "upbraid", "commend",
        "ridicule", "disparage", "belittle", "taunt",
        # verbs of saying PolNeAR train never shows (its lexicon gives them
        # nothing): "she scoffed, adding ...", "Smith confessed that ..."
        "scoff", "confess", "confide", "reassure", "assure", "exclaim", "mutter",
        "murmur", "shout", "yell", "grumble", "gripe", "moan", "lament", "plead", "proclaim",
        "opine", "posit", "theorise", "theorize", "surmise", "muse", "concur", "affirm", "inform",
        "inquire", "enquire", "rejoin", "interject", "recount", "whisper", "mumble", "calculate",
        "downplay", "exhort", "extol", "decry", "deplore", "denounce", "chide", "rebuke",
        "admonish", "chastise", "deride", "object",
    ]
)


#: American verb endings and their British spellings ("criticize", "criticise").
_US_UK_ENDINGS = (("ize", "ise"), ("yze", "yse"))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """lemma/POS -> probability of being a cue, learned from PolNeAR train."""
    data = files("newsdesk.extract.quotes").joinpath("cue_lexicon.json").read_text(encoding="utf-8")
    table: dict[str, float] = json.loads(data)
    # PolNeAR is American: "criticised", "emphasised", "analysed" in British,
    # Irish, Australian, Indian and African English are the same cues
    for key, p in list(table.items()):
        lemma, pos = key.split("/", 1)
        for us, uk in _US_UK_ENDINGS:
            if lemma.endswith(us) and lemma != "seize":
                table.setdefault(f"{lemma[: -len(us)]}{uk}/{pos}", p)
    return table


def cue_probability(token: Token) -> float:
    """How likely a token is a cue of reported speech (`_cue_probability`),
    kept per Doc: the finder, the classifier and the speaker readers ask
    again of the same verbs."""
    seen: dict[int, float] | None = token.doc.user_data.get("newsdesk_cue_probability")
    if seen is None:
        seen = token.doc.user_data["newsdesk_cue_probability"] = {}
    found = seen.get(token.i)
    if found is None:
        found = seen[token.i] = _cue_probability(token)
    return found


def _cue_probability(token: Token) -> float:
    lemma = token.lemma_.lower()
    if after_a_possessive(token):
        return 0.0  # "the commission's (WSC) proposed increase": an adjective
    if lemma == "agree" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                                for c in token.children):
        return 0.0  # "the family had agreed to allow ...": a decision, not words
    if lemma == "report" and raised_with(token):
        return 0.0  # "reported the problem to a deputy chief": a matter raised, no words
    if token.pos_ in ("VERB", "AUX") and lemma in _ALWAYS:
        return max(0.8, lexicon().get(f"{lemma}/VERB", 0.0))
    if asks_to_know(token):
        return 0.8  # "sought to know why ...": a question put, as Indian papers write it
    if lemma == "put" and puts_it(token):
        return 0.8  # "as Thatcher put it, ..."
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
        return 0.0  # "the pursuit was called off": cancelled, nothing said
    if lemma in DIRECTING and told_to_do(token):
        return 0.8  # "the court directed the IGP to submit a report": an order given
    if lemma == "call" and provides_for(token):
        return 0.0  # "the 2019 area plan, which calls for ...": what a plan provides
    if lemma == "call" and (any(c.dep_ == "oprd" and c.tag_ == "VBG" for c in token.children)
                            or _called_someone(token)):
        return 0.0  # "My mom called me crying", "when a reporter called him": a phone call
    if lemma in ("call", "summon") and (to_order(token) or summoned(token)):
        return 0.0  # "the chair called members to order": a ruling, nothing reported
    if lemma == "appeal" and any(c.tag_ == "VB" and c.dep_ in ("xcomp", "ccomp", "advcl")
                                 and any(a.lower_ == "to" for a in c.children)
                                 for c in token.children):
        return 0.8  # "appealed to youths not to allow ...", not "appealed the ruling"
    if lemma == "hold" and reports_that_clause(token):
        return 0.8  # "the court held that the deadline is not jurisdictional": a ruling
    if lemma == "accept" and reports_that_clause(token):
        return 0.8  # "Dr Papadakis accepted that the protocol required ...": a concession
    if lemma == "move" and moves_a_motion(token):
        return 0.8  # "Coun. X moved that the fee be set at $600": a motion put
    if lemma == "submit" and ((token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "that")
                              or not any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)):
        # counsel "further submitted that ...", '"...," Akello submitted', not
        # "submitted the motion" (the parser may read the "that" as the
        # clause subject's determiner)
        return 0.8
    if lemma == "give" and any(c.dep_ == "dobj" and c.lemma_.lower() in _GIVEN_IN_WORDS
                               for c in token.children):
        return 0.8  # "gave evidence that the doors were locked"
    if lemma == "read" and a_text_reads(token):
        return 0.8  # '"You look starved!" read one comment', 'the sign read: ...'
    if takes_a_stance(token):
        return 0.8  # "raised concerns about ...", "expressed hope that ..."
    particle = PHRASAL_CUES.get(lemma)
    if particle is not None and token.pos_ == "VERB" and any(
        c.i == token.i + 1 and c.dep_ in ("prt", "advmod", "prep") and c.lower_ == particle
        for c in token.children
    ):
        return 0.8  # "She went on, "..."", "Smith fired back: ..."
    return lexicon().get(f"{lemma}/{token.pos_}", 0.0)


def asks_to_know(token: Token) -> bool:
    """`sought to know why the Bill ...`: a question put in the House."""
    return token.lemma_.lower() == "seek" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in ("know", "ascertain") for c in token.children)


#: What one gives in words: "gave evidence that ...", "gave assurances that ...".
_GIVEN_IN_WORDS = frozenset(["evidence", "testimony", "assurance", "warning"])


#: Texts whose "points to" tells what they say.
POINTING_TEXTS = frozenset(
    "report study letter survey analysis review audit paper research evidence data poll".split())


#: Verbs that report what someone said when their object is a stance:
#: "raised concerns about the plan", "expressed hope that ...".
STANCE_VERBS = frozenset(["raise", "express", "voice"])
#: Nouns of a stance taken in words.
STANCE_NOUNS = frozenset(
    """concern worry doubt fear question objection alarm hope optimism skepticism
    scepticism support opposition frustration anger regret confidence disappointment
    dismay outrage reservation misgiving criticism""".split()
)


def takes_a_stance(verb: Token) -> bool:
    """A verb of STANCE_VERBS with a stance noun as its object ("raised concerns")."""
    return verb.lemma_.lower() in STANCE_VERBS and any(
        c.dep_ == "dobj" and c.i > verb.i and c.lemma_.lower() in STANCE_NOUNS
        for c in verb.children
    )


def opened_by_that(clause: Token) -> bool:
    """Whether "that" marks a clause ("held that the deadline ...")."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def reports_that_clause(verb: Token) -> bool:
    """Whether a verb has a clause that "that" opens ("the court held that
    ...", "had assured him that ...")."""
    return any(c.dep_ == "ccomp" and opened_by_that(c) for c in verb.children)


#: Verbs of telling someone something for sure: with a person told and a
#: "that" clause they report words ("had assured him that ...").
_ASSURING = frozenset("assure reassure promise inform".split())


def assures_someone_that(verb: Token) -> bool:
    """"Bhandari had assured him that the matter would be looked into": a
    verb of assuring with the one assured and a clause that "that" opens."""
    return verb.lemma_.lower() in _ASSURING and any(
        c.dep_ in ("dobj", "dative") and c.pos_ in ("PRON", "PROPN") for c in verb.children
    ) and reports_that_clause(verb)


#: Verbs that report speech only with their particle ("went on, "..."",
#: "chimed in", "fired back"); alone they are other verbs.
PHRASAL_CUES = {
    "go": "on", "chime": "in", "weigh": "in", "pipe": "up", "fire": "back", "hit": "back",
    "shoot": "back", "cut": "in",
}


def reports_no_object(verb: Token) -> bool:
    """Cues whose object is never what was said, only a quote or a clause
    beside them: "as X put it", "hit back at Y", "went on"."""
    return verb.lemma_.lower() == "put" or verb.lemma_.lower() in PHRASAL_CUES


#: Verbs of finding: a study, a report or an inquiry states what follows.
FINDING_VERBS = frozenset("find show conclude reveal indicate suggest determine".split())


#: A verb whose lexicon probability reaches this is a cue (the classifier in
#: classifier.py looks at weaker candidates too).
CUE_THRESHOLD = 0.3

#: Verbs of saying: their content is a clause or a quote, never an object.
SAYING_VERBS = frozenset(
    (
        "say tell add reply write tweet explain state note ask respond continue recall argue "
        "insist warn claim suggest admit acknowledge concede declare announce predict report "
        "confirm deny agree complain joke quip comment remark observe reiterate stress "
        "text email"
    ).split()
)
#: Verbs of saying whose object is what was said: `called for a no-fly zone`,
#: `suggested an annual forum`, `voiced support for
#: the plan`, `criticised his tenure`.
OBJECT_SPEECH_VERBS = frozenset(
    """announce suggest propose predict report recommend demand urge advise
    criticise criticize condemn denounce voice recount outline emphasise emphasize
    underscore highlight reiterate praise commend compliment applaud hail decry deplore
    assail extol lambast lambaste downplay""".split()
)
#: Verbs of saying whose preposition's object is what was said: `called for a
#: no-fly zone`, `boasted about the deal`, `warned of a crisis`, `the report
#: points to rising costs` (a document's only: a person pointing to a shelf or
#: to figures gestures or cites, `POINTING_TEXTS`).
PREP_SPEECH_VERBS: dict[str, frozenset[str]] = {
    "call": frozenset({"for"}),
    "boast": frozenset({"about", "of"}),
    "brag": frozenset({"about", "of"}),
    "complain": frozenset({"about", "of"}),
    "warn": frozenset({"of", "about", "against"}),
    "point": frozenset({"to"}),
    "accuse": frozenset({"of"}),
    "blame": frozenset({"for"}),
    "dismiss": frozenset({"as"}),
    "describe": frozenset({"as"}),
    "object": frozenset({"to"}),
}


def prep_clause(verb: Token) -> Token | None:
    """`called for vaccines to be added`: the clause a verb of
    PREP_SPEECH_VERBS opens with its own preposition, parsed as a clause
    marked by it, not as the preposition's object."""
    preps = PREP_SPEECH_VERBS.get(verb.lemma_.lower(), frozenset())
    return next((c for c in verb.children if c.i > verb.i and c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in preps for m in c.children)), None) if preps else None


#: Those who hear evidence: "the court heard that ...", "..., a jury has heard".
_HEARERS = frozenset(
    "court jury juror jurors inquest tribunal hearing inquiry commission committee panel".split())


def heard_in_court(cue: Token | None) -> bool:
    """Whether the cue is a court hearing evidence ("The court heard that
    Mr Oduya drove away", "..., the hearing was told"): what was said in
    evidence, by someone unnamed; the court is where it was said, not who."""
    told = {"hear": "nsubj", "tell": "nsubjpass"}.get(cue.lemma_.lower()) if cue else None
    return cue is not None and told is not None and any(
        c.dep_ == told and c.lower_ in _HEARERS for c in cue.children) and not any(
        c.dep_ == "agent" for c in cue.children)  # (but "told by prosecutor X": X)


def heard_misread(verb: Token) -> tuple[int, int] | None:
    """`The inquest heard the lorry's driver, Gary Pengelly, 51, had checked
    his mirrors`: the hearing read as a clause of the verb after it, the
    object its subject; the token range of what was heard, to the
    sentence's end."""
    head = verb.head
    if not heard_in_court(verb) or verb.dep_ != "ccomp" or head.i <= verb.i or (
            head.dep_ != "ROOT"):
        return None
    end = max(t.i for t in head.subtree if not t.is_punct) + 1
    return verb.i + 1, end


def called_for_to(verb: Token) -> tuple[int, int] | None:
    """`called for the chair, Lady Dacre, to set out a timetable`: the
    infinitive the parser hung on the verb itself (a complement, a conjunct)
    after the preposition's object set off by commas is part of what was
    called for; the token range from the preposition to its end."""
    if verb.lemma_.lower() != "call":
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                 and c.i > verb.i), None)
    late = None if prep is None else next(
        (c for c in verb.children if c.i > prep.i and c.dep_ in ("xcomp", "conj", "advcl")
         and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if prep is None or late is None or any(
            t.dep_ == "cc" or t.text == ";" for t in verb.doc[prep.i : late.i]):
        return None
    return prep.i, max(t.i for t in late.subtree) + 1


#: Verbs that say what something is when an object and its predicate follow:
#: `called the murder wrong`, `termed the move "an amicable separation"`.
CHARACTERISING_VERBS = frozenset("call term label brand dub deem pronounce".split())
#: Verbs whose description of a thing follows "as" ("what police described as a robbery").
DESCRIBING_VERBS = frozenset("describe characterise characterize".split())
#: Verbs of `what X called Y` (what_called.py): Y is said by X.
CALLING_VERBS = frozenset("call brand label dub term".split()) | DESCRIBING_VERBS
#: Verbs that say what someone made of a thing with "as": `dismissed the
#: claims as politically motivated`, `described the plan as reckless`.
AS_VERBS = frozenset(
    """describe dismiss reject brand criticise criticize slam hail praise condemn denounce
    label characterise characterize portray paint deride mock blast""".split()
)


def as_phrase(verb: Token) -> Token | None:
    """The "as ..." phrase after the object of one of AS_VERBS, wherever the
    parser hung it (a preposition, an adverbial clause on "motivated")."""
    if verb.lemma_.lower() not in AS_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    # not "condemned the launch as Pyongyang fired three missiles": a clause
    # with its own subject is when, not what
    return next((c for c in verb.children if c.i > obj.i
                 and c.dep_ in ("prep", "advcl", "advmod", "oprd")
                 and c.left_edge.lower_ == "as" and c.tag_ not in ("VBD", "VBZ", "VBP")
                 and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None)
#: Head nouns of documents and sources of findings: what can say, find or
#: show without being a person or a body ("the study found", "the letter
#: warned"). "The incident highlights how ..." is the writer's reading.
DOCUMENT_HEADS = frozenset(
    """study studies research report reports survey poll polls data analysis review
    investigation inquiry audit count census figures statistics model forecast forecasts outlook
    findings evidence results paper records documents document logs log test tests experiment trial
    letter memo filing estimate estimates projection projections assessment evaluation
    piece editorial article post tweet statement response sign release lawsuit
    ruling autopsy autopsies postmortem judgment judgement determination""".split()
)
#: Verbs whose first object is the person addressed, not the content.
ADDRESSEE_VERBS = frozenset("tell ask remind assure urge warn inform thank email text".split())


def _called_someone(token: Token) -> bool:
    """"only when a reporter called him last month": a call made to someone,
    a pronoun its only object, nothing named or asked."""
    kids = [c for c in token.children if c.dep_ not in ("nsubj", "advmod", "npadvmod", "punct",
                                                          "mark", "aux", "neg", "prep")]
    return (len(kids) == 1 and kids[0].dep_ == "dobj" and kids[0].tag_ == "PRP"
            and token.dep_ == "advcl")


def is_cue_verb(token: Token, *, threshold: float = CUE_THRESHOLD) -> bool:
    return token.pos_ == "VERB" and cue_probability(token) >= threshold


#: Participles that give the noun before them its name ("a negotiator known as
#: Abu Yousef"): the clause names the speaker, it does not describe them.
NAMING_PARTICIPLES = frozenset(["know", "name", "call", "nickname", "dub"])


def american(lemma: str) -> str:
    """The spelling the lexicon and the statement model learned a verb in:
    "criticize" for "criticise", "analyze" for "analyse"."""
    for us, uk in _US_UK_ENDINGS:
        if lemma.endswith(uk) and f"{lemma[: -len(uk)]}{us}/VERB" in lexicon():
            return f"{lemma[: -len(uk)]}{us}"
    return lemma


def verb_probability(lemma: str) -> float:
    """How often the lexicon saw this verb lemma as a cue (0 when never)."""
    return lexicon().get(f"{lemma.lower()}/VERB", 0.0)


def _speech_participle_after_comma(tok: Token) -> bool:
    """`..., urging all parties to ...`, `..., insisting the line will open`:
    a participle of a verb that mostly reports speech, set off by a comma."""
    # (or of finding, with a that-clause: "ruled that ..., finding that the
    # insurer took 14 months")
    return (tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.i > 0
            and tok.doc[tok.i - 1].text == "," and (verb_probability(tok.lemma_) >= 0.6 or (
                tok.lemma_.lower() in FINDING_VERBS and reports_that_clause(tok))))


def subject_read_as_clause(verb: Token) -> Token | None:
    """`Brenda, who played barmaid Dot Finnegan for 19 years, said the gnomes
    ...`, parsed with the relative clause's verb as a second clause the cue
    reports: a clause before the cue that opens with a person's name and
    "who", when the cue has a clause after it too. Returns the misread
    clause's head (its subject is the speaker)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    before = next((c for c in clauses if c.i < verb.i), None)
    if before is None or not any(c.i > verb.i for c in clauses):
        return None
    subj = next((c for c in before.children if c.dep_ == "nsubj" and c.i < before.i), None)
    doc = verb.doc
    if (subj is None or subj.ent_type_ != "PERSON" or subj.i + 2 >= len(doc)
            or doc[subj.i + 1].text != "," or doc[subj.i + 2].lower_ not in ("who", "whose")):
        return None
    return before


#: Endings of nouns for those who do something ("residents", "lawmakers",
#: "economists"), and plurals of people or bodies with none of them: a plural
#: subject so written may be the one that speaks.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ive")
_SPEAKING_PLURALS = frozenset(
    """people police staff member official expert family child woman man critic
    union fan team club group council authority government company firm party
    campaigner mp medic doctor nurse analyst""".split())


#: Things whose names end as those of doers do.
_THINGS_SO_ENDING = frozenset(
    """number letter paper matter order water power border quarter centre center chapter
    cancer disaster error factor sector floor door document statement comment payment
    agreement investment element incident event""".split())


def a_thing(noun: Token) -> bool:
    """Whether a plural common noun names things, not those who could speak
    ("the delays", "the figures", "the numbers"; not "residents", "officials")."""
    lemma = noun.lemma_.lower()
    return lemma in _THINGS_SO_ENDING or not (
        lemma.endswith(_AGENT_ENDINGS) or lemma in _SPEAKING_PLURALS)


def partner_clause(tok: Token) -> Token | None:
    """`He argued that X were Y and insisted Z`, `said engineers had isolated
    the main but warned that ...`, `said X, adding that Y`: a cue verb with no
    subject of its own that the parser joined to the reported clause of
    another verb is that verb's partner (same speaker), not part of what was
    said. Returns the reported clause it was joined to: its head, or the
    clause opening a row of clauses it ends ("said the figures were X and
    that he would not Y, but insisted Z")."""
    if (_speech_participle_after_comma(tok) and tok.head.dep_ == "ccomp"
            and tok.head.head.pos_ == "VERB"):
        # 'said that Kuwait "values ...", urging all parties to ...': the
        # ministry that said it urges, not the reported clause's subject
        return tok.head
    clause = tok.head
    for _ in range(3):
        if clause.dep_ != "conj" or clause.head == clause:
            break
        clause = clause.head
    if not (
        tok.dep_ == "conj"
        and clause.dep_ == "ccomp"
        and clause.head.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and is_cue_verb(tok)
    ):
        return None
    if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        # "cautioned that the study was observational and cannot show that
        # ...": a modal of its own makes it the reported subject's, not the
        # speaker's next act (which is told in the cue's own tense)
        return None
    if any(c.dep_ == "ccomp" for c in tok.children):
        return clause
    if tok.tag_ == "VBD" and any(c.tag_ == "MD" for c in tok.head.children):
        # "said schools would stay closed and urged people to ...": a past
        # tense cannot share the clause's "would"; it goes with "said"
        return clause
    # "ruled that the word was unparliamentary and ordered the member to
    # withdraw it": a thing, the reported clause's subject, orders no one
    # (nor do things: "said the delays were "shocking" and called on ...")
    inner = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "... and called for an inquiry": a verb of saying's own preposition counts too
    preps = PREP_SPEECH_VERBS.get(tok.lemma_.lower(), frozenset())
    thing = inner is not None and inner.ent_type_ not in ("PERSON", "NORP") and (
        inner.tag_ in ("NN", "NNP") or (inner.tag_ == "NNS" and a_thing(inner)))
    if inner is not None and inner.lower_ == "it" and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        # "said it had "no information" and described the accusations as
        # "another provocation"": the body that said it describes
        return clause
    return clause if thing and any(
        c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in preps)
        for c in tok.children) else None


def closing_participle(tok: Token) -> bool:
    """`Premier Claire Donnelly has defended the project after it emerged the
    cost had blown out, insisting the line will open in 2029`: a speech
    participle after a comma, hung on a clause inside the sentence's
    subordinate clauses, speaks for the sentence's own subject."""
    if not _speech_participle_after_comma(tok):
        return False
    root = sentence(tok).root
    head, hops = tok.head, 0
    while head != root and hops < 4:
        if head.dep_ in ("ccomp", "advcl", "conj"):
            head, hops = head.head, hops + 1
        elif head.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that"
                                        for c in head.children):
            # "rejected complaints that Sonora had ignored them, telling ...":
            # a clause on a noun, up to the verb the noun hangs on
            head, hops = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")),
                              root), hops + 1
        else:
            break
    if head != root or hops == 0 or root.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN")


#: Modal auxiliaries: speech still to come or only possible ("will announce",
#: "could say"), and one of the statement classifier's features.
MODALS = frozenset("will would could should may might must can shall".split())
