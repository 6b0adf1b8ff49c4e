"""What a numeric claim measures, the entities and place in it, who states it
and when it holds (the parts of a claim record after its value)."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from ..doc import ENTITY_LABELS, sentence
from .context import LEAD_WORDS, MAJORITY_WORDS, Context

# -- subject, entities, speaker, date -------------------------------------------------


def describe(ctx: Context, record: dict[str, Any], span: Span, kind: str) -> None:
    """Fill `subject`, `subject_span`, `entities`, `place` and `over`."""
    subject = _subject_tokens(span, kind)
    if subject is not None:
        s, e = _trim(ctx, subject, record)
        record["subject"] = ctx.text[s:e] if e > s else None
        record["subject_span"] = [s, e] if e > s else None
    else:
        record["subject"] = record["subject_span"] = None
    clause = _clause(span)
    record["entities"] = _entities(ctx, clause)
    record["place"] = _place(ctx, clause, span)
    record["over"] = _rival(span, kind)
    verb = _verb(span)
    record["predicate"] = (
        verb.lemma_.lower() if verb.pos_ == "VERB" and verb.lemma_.lower() not in _LIGHT else None
    )
    record["about"] = _about(ctx, clause, span, record)


def _subject_tokens(span: Span, kind: str) -> list[Token] | None:
    """The tokens of the shortest phrase saying what the number measures."""
    root = span.root
    doc = span.doc
    # `the Conservatives up two points`, `Labour down one`
    if kind == "change" and span.start >= 2 and doc[span.start - 1].lower_ in ("up", "down"):
        owner = doc[span.start - 2]
        if owner.pos_ in ("NOUN", "PROPN") or owner.ent_type_ in ENTITY_LABELS:
            return _noun_phrase(owner, span)
    # `700-mile round trip`, `ten new followers`, `an 18-point lead`
    head = root.head
    if _glued_unit(head) and head.head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head  # `a 412-vote majority`: what the votes measure
    if (
        root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod")
        and head.pos_ in ("NOUN", "PROPN")
        and head.i > root.i
        and head.lower_ not in ("cent", "percent", "%")
    ):
        return _noun_phrase(head, span)
    # `84% of local Labour parties`
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return list(objs[0].subtree)
    # `an audience of eighteen`
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        return _noun_phrase(root.head.head, span, prep=False)
    # climb to the verb that takes the number
    tok = root
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("ROOT", "conj", "relcl"):
            break
        if tok.head == tok:
            break
        tok = tok.head
    verb = tok
    if verb.pos_ not in ("VERB", "AUX"):
        return _noun_phrase(verb, span) if verb.pos_ in ("NOUN", "PROPN") else None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and root in subj.subtree:
        # `22 per cent say leadership skills ...`: the number is the subject
        # (to the end of the clause: the parse of what follows is often broken)
        rest: list[Token] = []
        for t in doc[verb.i : sentence(span).end]:
            if t.text in (".", ";", ":", "!", "?") or len(rest) >= 12:
                break
            rest.append(t)
        return rest or None
    if subj is not None and subj.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
        return _noun_phrase(verb.head, span)
    if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
        return _noun_phrase(subj, span)
    # `put the Conservatives ... on 44 per cent`, `employ up to 20,000 people`
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c not in span), None)
    if obj is not None and obj.i < span.start:
        return _noun_phrase(obj, span)
    return None


def _noun_phrase(noun: Token, exclude: Span, *, prep: bool = True) -> list[Token]:
    """A noun with its left modifiers and one `of`/`over`/`in` phrase on its right."""
    left = [t for t in noun.lefts]
    tokens = [t for t in noun.doc[noun.left_edge.i : noun.i + 1]] if left else [noun]
    right: list[Token] = []
    for child in noun.rights if prep else ():
        if child.dep_ == "prep" and child.lower_ in ("of", "over", "in", "for", "on", "to"):
            right = [t for t in child.subtree]
            break
    out = [t for t in [*tokens, *right] if t.i not in range(exclude.start, exclude.end)]
    return out[:14]


def _trim(ctx: Context, tokens: list[Token], record: dict[str, Any]) -> tuple[int, int]:
    """The characters of the subject tokens, without edge punctuation, determiners
    or the claim itself."""
    keep = [t for t in tokens if not (record["start"] <= t.idx < record["end"])]
    keep = [t for t in keep if not t.is_space]
    while keep and (keep[0].is_punct or keep[0].pos_ in ("DET", "ADP", "CCONJ", "NUM")
                    or keep[0].lower_ in ("only", "just") or _glued_unit(keep[0])):  # fmt: skip
        keep.pop(0)
    while keep and (keep[-1].is_punct or keep[-1].pos_ in ("ADP", "CCONJ", "DET")):
        keep.pop()
    if not keep:
        return 0, 0
    keep.sort(key=lambda t: t.i)
    # one contiguous run: stop at the first gap wider than the claim
    run = [keep[0]]
    for t in keep[1:]:
        if t.i - run[-1].i > 1 and not (
            record["start"] <= run[-1].idx + len(run[-1]) and t.idx <= record["end"] + 1
        ):
            gap = ctx.doc[run[-1].i + 1 : t.i]
            if any(not (record["start"] <= g.idx < record["end"]) for g in gap):
                break
        run.append(t)
    return int(run[0].idx), int(run[-1].idx + len(run[-1]))


def _glued_unit(tok: Token) -> bool:
    """The `mile` of `700-mile`: a word hyphenated to a number."""
    doc = tok.doc
    return (
        tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and not doc[tok.i - 1].whitespace_
        and (doc[tok.i - 2].like_num)
    )


def _clause(span: Span) -> list[Token]:
    """The clause holding the number: its verb's subtree without coordinated clauses."""
    tok = _verb(span)
    skip: set[int] = set()
    for child in tok.children:
        if child.dep_ in ("conj", "cc") and child.pos_ in ("VERB", "AUX", "CCONJ"):
            skip.update(t.i for t in child.subtree)
    sent = sentence(span)
    return [t for t in tok.subtree if t.i not in skip and sent.start <= t.i < sent.end]


def _entities(ctx: Context, clause: list[Token]) -> list[str]:
    """Names of the entities in the clause, including proper names spaCy missed
    (`Stoke-on-Trent Central`)."""
    if not clause:
        return []
    idx = {t.i for t in clause}
    names: list[str] = []
    for ent in ctx.ents:
        if ent.label_ in ENTITY_LABELS and ent.start in idx:
            names.append(_name(ent.text))
    for run in _proper_runs(clause):
        if all(ctx.ent_of.get(t.i) is None for t in run):
            names.append(_name(ctx.text[run[0].idx : run[-1].idx + len(run[-1])]))
    seen: list[str] = []
    for n in names:
        if n and n not in seen:
            seen.append(n)
    return seen


#: Dependents that are not what a figure is about: the clauses beside it, the
#: attribution (`according to police`) and asides.
_ASIDE_DEPS = frozenset({"advcl", "ccomp", "conj", "parataxis", "relcl", "acl", "cc"})
#: An identifier of a flight, a route or a vehicle (`MH17`, `QZ8501`, `Flight 8501`).
_CODE = re.compile(r"^(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z]{1,3}-?\d{1,5}[A-Z]?$")
_CODE_WORDS = frozenset("flight flights route bus train line vessel".split())
#: Other named things a figure can be about (`The Skerry Star`, a law, an event).
_NAMED = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
#: Verbs that say nothing of what is measured (`there were 40`, `police said 40`).
_LIGHT = frozenset("be have say tell report show put get give make include total number".split())
#: spaCy's labels as the types of `about`.
_TYPES = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "place",
          "LOC": "place", "FAC": "place"}  # fmt: skip


def _verb(span: Span) -> Token:
    """The verb whose clause holds the figure (the root of its phrase when none)."""
    verb = span.root
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    return verb


def _about(
    ctx: Context, clause: list[Token], span: Span, record: dict[str, Any]
) -> list[dict[str, str]]:
    """The names telling what the figure is about, typed: the entities of the
    clause's core (not the clauses beside it, nor who attributes it), the flight
    or route codes in it, the place and the rival. Two figures about different
    flights, seats or parties are told apart by these (docs/CLAIMS.md)."""
    skip: set[int] = set(range(span.start, span.end))
    path = {t.i for t in span.root.ancestors} | {span.root.i}
    for t in clause:  # asides anywhere but on the way from the figure to its verb
        if t.i not in path and (
            t.dep_ in _ASIDE_DEPS
            or (t.dep_ == "appos" and t.head.i in path)  # `14,208 votes, a majority of 412`
            or (t.dep_ == "prep" and t.lower_ == "according")
        ):
            skip.update(x.i for x in t.subtree)
    for q in ctx.quotes:  # who says a figure is not what it is about
        sp = q.get("speaker")
        inside = any(s <= record["start"] and record["end"] <= e for s, e in q.get("content") or ())
        if sp and inside:
            skip.update(t.i for t in clause if sp[0] <= t.idx < sp[1])
    core = [t for t in clause if t.i not in skip]
    idx = {t.i for t in core}
    out: list[dict[str, str]] = []

    def add(name: str, typ: str) -> None:
        name = _name(name)
        if name and all(a["name"] != name for a in out):
            out.append({"name": name, "type": typ})

    for t in core:
        prev = t.doc[t.i - 1] if t.i > 0 else None
        if _CODE.match(t.text) or (
            t.like_num and prev is not None and prev.lower_ in _CODE_WORDS
        ):
            add(t.text if not t.like_num or prev is None else f"{prev.text} {t.text}",
                "identifier")  # fmt: skip
    in_runs: set[int] = set()
    for run in _proper_runs(core):  # whole (`Holm Lady`), typed by an entity inside
        if any(_CODE.match(t.text) for t in run):
            continue
        labels = [ctx.ent_of[t.i].label_ for t in run if ctx.ent_of.get(t.i) is not None]
        if any(lb not in _TYPES and lb not in _NAMED for lb in labels):
            continue  # `Tuesday`, `March`: when, not what
        add(ctx.text[run[0].idx : run[-1].idx + len(run[-1])],
            next((_TYPES[lb] for lb in labels if lb in _TYPES), "name"))  # fmt: skip
        in_runs.update(t.i for t in run)
    for ent in ctx.ents:
        if ent.start in idx and ent.start not in in_runs and not _CODE.match(ent.text) and (
            ent.label_ in _TYPES or ent.label_ in _NAMED
        ):
            add(ent.text, _TYPES.get(ent.label_, "name"))
    if record.get("place"):
        add(record["place"], "place")
    if record.get("over"):
        add(record["over"], "rival")
    return out


def _name(text: str) -> str:
    text = text.strip()
    return text[4:] if text.lower().startswith("the ") else text


def _proper_runs(tokens: list[Token]) -> list[list[Token]]:
    """Runs of proper nouns, glued through hyphens (`Stoke-on-Trent`)."""
    runs: list[list[Token]] = []
    cur: list[Token] = []
    for t in sorted(tokens, key=lambda t: t.i):
        glued = bool(cur) and t.i == cur[-1].i + 1 and not cur[-1].whitespace_
        if (
            t.pos_ == "PROPN"
            or (glued and (t.text in "-–" or t.is_lower))
            or (cur and t.i == cur[-1].i + 1 and t.pos_ == "PROPN")
        ):
            if cur and t.i != cur[-1].i + 1:
                runs.append(cur)
                cur = []
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out = []
    for run in runs:
        while run and run[-1].pos_ != "PROPN":
            run.pop()
        if run and not (len(run) == 1 and run[0].i == sentence(run[0]).start):
            out.append(run)
    return out


def _place(ctx: Context, clause: list[Token], span: Span) -> str | None:
    """The place a figure is for: an `in X` phrase of the clause naming a place."""
    for t in clause:
        if t.dep_ == "prep" and t.lower_ == "in":
            for obj in t.children:
                if obj.dep_ != "pobj":
                    continue
                ent = ctx.ent_of.get(obj.i)
                if ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
                    return _name(ent.text)
                if obj.pos_ == "PROPN" and ent is None:
                    runs = _proper_runs(list(obj.subtree))
                    if runs:
                        run = runs[0]
                        return ctx.text[run[0].idx : run[-1].idx + len(run[-1])]
    return None


def _rival(span: Span, kind: str) -> str | None:
    """Who a lead or majority is over: `over the Tories`, `ahead of UKIP`."""
    if kind not in ("lead", "majority"):
        return None
    doc = span.doc
    sent = sentence(span)
    # `ahead of UKIP` after the number; `lead over Labour` / `majority over the Tories` before
    for t in doc[span.end : min(sent.end, span.end + 4)]:
        if t.lower_ in ("ahead", "behind"):
            for c in t.children:
                if c.lower_ == "of":
                    objs = [o for o in c.children if o.dep_ == "pobj"]
                    if objs:
                        return _name(doc[objs[0].left_edge.i : objs[0].i + 1].text)
    for t in reversed(list(doc[sent.start : span.start])):
        if t.lower_ in ("over", "against") and t.head.lower_ in (LEAD_WORDS | MAJORITY_WORDS):
            objs = [o for o in t.children if o.dep_ == "pobj"]
            if objs:
                return _name(doc[objs[0].left_edge.i : objs[0].i + 1].text)
    return None


def attribute(ctx: Context, claim: dict[str, Any]) -> None:
    """`speaker_name`/`speaker_type` from the innermost statement holding the
    claim, else the outlet; `date` from a date expression in its sentence."""
    best: dict[str, Any] | None = None
    best_len = 0
    for q in ctx.quotes:
        for s, e in q.get("content") or ():
            if s <= claim["start"] and claim["end"] <= e and (best is None or e - s < best_len):
                best, best_len = q, e - s
    if best is not None:
        claim["speaker_name"] = best.get("speaker_name")
        claim["speaker_type"] = best.get("speaker_type") or "unknown"
    else:
        claim["speaker_name"] = ctx.outlet
        claim["speaker_type"] = "outlet"
    claim["date"] = _date(ctx, claim)


def _date(ctx: Context, claim: dict[str, Any]) -> Any:
    if not ctx.dates:
        return None
    span = ctx.doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
    if span is None:
        return None
    s0, s1 = sentence(span).start_char, sentence(span).end_char
    found = [
        d for d in ctx.dates
        if s0 <= d.get("start", -1) < s1 and d.get("value") not in (None, "")
        and str(d.get("type") or "").upper() != "DURATION"
    ]  # fmt: skip
    if not found:
        return None
    mid = (claim["start"] + claim["end"]) / 2
    return min(found, key=lambda d: abs((d["start"] + d["end"]) / 2 - mid)).get("value")
