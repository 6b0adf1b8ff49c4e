"""Opinion polls as one record each: pollster, shares, changes, the lead.

A poll is written as shares next to the names of competitors (`the
Conservatives up two points on 44 per cent and Labour down one on 26 per cent`,
`Clinton 46 percent, Trump 44 percent`), near a word that says it is a poll
(`poll`, `survey`, a pollster's name). The lead and the pollster are often in
the sentence before (`a new poll showed the Tories had stretched their lead
over Labour to 18 points`), so a poll looks one sentence either side.

The shares become the poll's `value` and are not listed again as `percent`
claims; a change or lead stated with the poll stays its own claim *and* is
copied into the poll record (`changes`, `lead`).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from ..doc import sentence
from .context import Context

#: Pollsters named without a cue word (UK and US; a name next to `poll` is found anyway).
POLLSTERS = frozenset(
    "icm yougov ipsos mori comres survation opinium populus bmg gallup quinnipiac rasmussen "
    "marist monmouth pew emerson siena suffolk zogby harris ppp reuters/ipsos orc selzer "
    "morning consult".split()
)
_CUES = frozenset(
    "poll polls polling pollster pollsters survey surveys surveyed voters respondents "
    "favourability favorability".split()
)
_PARENS_CHANGE = re.compile(r"\s*\(\s*(?P<sign>[+\-−–])\s*(?P<num>\d+(?:\.\d+)?)\s*\)")
#: Parties and candidates; places are where a poll was taken, not who competes.
_COMPETITOR_LABELS = ("PERSON", "ORG", "NORP")
_NOT_COMPETITORS = frozenset({"DATE", "TIME", "CARDINAL", "GPE", "LOC", "PERCENT"})
_WRITTEN_SHARE = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bpct)$", re.IGNORECASE)


def find_polls(ctx: Context, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`claims` with each poll gathered into one `poll` record (its shares removed)."""
    doc = ctx.doc
    sents = list(doc.sents)
    by_sent: dict[int, list[dict[str, Any]]] = {}
    sent_index = {s.start: i for i, s in enumerate(sents)}
    for c in claims:
        tok = doc.char_span(c["start"], c["end"], alignment_mode="expand")
        if tok is not None:
            c["_sent"] = sent_index[sentence(tok).start]
            by_sent.setdefault(c["_sent"], []).append(c)
    drop: set[int] = set()
    polls: list[dict[str, Any]] = []
    for i, sent in enumerate(sents):
        shares = [c for c in by_sent.get(i, []) if _is_share(ctx, c)]
        if len(shares) < 2:
            continue
        window = [s for s in sents[max(0, i - 1) : i + 2]]
        if not any(_is_cue(t) for s in window for t in s) and not _lead_near(by_sent, i):
            continue
        named = _competitors(ctx, sent, shares)
        if len(named) < 2:
            continue
        record = _record(ctx, sents, i, named, by_sent)
        polls.append(record)
        drop.update(id(c) for _, c, _ in named)
    out = [c for c in claims if id(c) not in drop]
    out.extend(polls)
    for c in out:
        c.pop("_sent", None)
    out.sort(key=lambda c: (c["start"], c["end"]))
    return out


def _is_share(ctx: Context, claim: dict[str, Any]) -> bool:
    """A percentage written as one (`44 per cent`, `46%`), not an earlier level
    (`up from 37 percent`); `two-thirds` and `6 in 10` are breakdowns, not shares."""
    if claim["kind"] != "percent" or claim["unit"] != "%" or isinstance(claim["value"], list):
        return False
    if not _WRITTEN_SHARE.search(claim["text"]):
        return False
    return not re.search(r"\bfrom\s+$", ctx.text[max(0, claim["start"] - 8) : claim["start"]])


def _is_cue(t: Token) -> bool:
    w = t.lower_
    if (
        w in ("polls",)
        and t.i > 0
        and t.doc[t.i - 1].lower_ == "the"
        and t.i > 1
        and (t.doc[t.i - 2].lower_ in ("to", "at"))
    ):
        return False  # `take to the polls`: an election, not a poll
    return w in _CUES or w in POLLSTERS


def _lead_near(by_sent: dict[int, list[dict[str, Any]]], i: int) -> bool:
    return any(c["kind"] == "lead" for j in (i - 1, i, i + 1) for c in by_sent.get(j, []))


def _competitors(
    ctx: Context, sent: Span, shares: list[dict[str, Any]]
) -> list[tuple[str, dict[str, Any], tuple[int, int]]]:
    """Each share with the competitor it belongs to: the name just before it
    (`Clinton 46 percent`, `Trump won out with 22 percent`), else the name just
    after it (`50 percent chose Clinton`, `46 percent for Clinton`)."""
    out: list[tuple[str, dict[str, Any], tuple[int, int]]] = []
    seen: set[str] = set()
    prev_end = sent.start_char
    groups: set[int] = set()
    for c in shares:
        groups |= _group_of(ctx, c)
    for k, c in enumerate(shares):
        next_start = shares[k + 1]["start"] if k + 1 < len(shares) else sent.end_char
        before = _name_runs(ctx, prev_end, c["start"], groups)
        after = _name_runs(ctx, c["end"], next_start, groups)
        prev_end = c["end"]
        chosen = after[0] if after and _chooses(ctx, c["end"], after[0][1][0]) else None
        name = chosen or (before[-1] if before else None)
        if name is None or name[0] in seen:
            continue
        seen.add(name[0])
        out.append((name[0], c, name[1]))
    return out


_CHOOSE = frozenset(
    "choose chose chosen pick picked back backed backing support supported supporting favor "
    "favour favored favoured prefer preferred vote voted voting for select selected".split()
)


def _chooses(ctx: Context, start: int, end: int) -> bool:
    """`50 percent [of respondents chose] Clinton`: a verb of choosing between a
    share and the name after it, within a few words and no comma."""
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    if span is None or len(span) > 8 or any(t.text in ",;:" for t in span):
        return False
    return any(t.lemma_.lower() in _CHOOSE or t.lower_ in _CHOOSE for t in span)


def _modifies_person(ctx: Context, tok: Token) -> bool:
    """`Senator`, `Texas`, `Secretary of State` in front of a person's name."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("compound", "amod", "nmod", "pobj", "prep", "poss", "appos"):
            return False
        cur = cur.head
        ent = ctx.ent_of.get(cur.i)
        if ent is not None and ent.label_ == "PERSON" and not ent.start <= tok.i < ent.end:
            return True
    return False


def _name_runs(
    ctx: Context, start: int, end: int, group: set[int]
) -> list[tuple[str, tuple[int, int]]]:
    """Names of competitors between two offsets, shortest form (`Clinton`, `Labour`);
    not the group a share is of (`74 percent of Democratic voters`), not dates."""
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return []
    out: list[tuple[str, tuple[int, int]]] = []
    seen: set[int] = set()
    for t in span:
        if t.i in seen or t.i in group or t.ent_type_ in _NOT_COMPETITORS:
            continue
        ent = ctx.ent_of.get(t.i)
        if ent is not None and ent.label_ in _COMPETITOR_LABELS and ent.start >= span.start:
            seen.update(range(ent.start, ent.end))
            if ent.text.lower() in POLLSTERS or any(_is_cue(x) for x in ent):
                continue
            if ent.label_ == "NORP" and ent.root.dep_ == "amod":
                continue  # `Democratic voters`: a group, not a competitor
            if _is_cue(ent.root.head) or _modifies_person(ctx, ent.root):
                continue  # the pollster (`an NBC News poll`), a title (`Texas Senator`)
            last = ent[-1] if ent.label_ == "PERSON" else None
            name = last.text if last is not None else re.sub(r"^the\s+", "", ent.text, flags=re.I)
            out.append((_plain(name), (ent.start_char, ent.end_char)))
        elif (
            t.pos_ == "PROPN"
            and t.is_title
            and t.lower_ not in POLLSTERS
            and ent is None
            and not _modifies_person(ctx, t)
            and not _is_cue(t.head)
        ):
            out.append((_plain(t.text), (t.idx, t.idx + len(t))))
    return out


def _plain(name: str) -> str:
    """`Trump’s` → `Trump`."""
    return re.sub(r"['’]s?$", "", name)


def _group_of(ctx: Context, share: dict[str, Any]) -> set[int]:
    """Tokens of the `of` phrase after a share: who was asked, not who is chosen."""
    span = ctx.doc.char_span(share["start"], share["end"], alignment_mode="expand")
    if span is None:
        return set()
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "among"):
            return {t.i for t in child.subtree}
    return set()


def _record(
    ctx: Context,
    sents: list[Span],
    i: int,
    named: list[tuple[str, dict[str, Any], tuple[int, int]]],
    by_sent: dict[int, list[dict[str, Any]]],
) -> dict[str, Any]:
    """One poll record from its shares and what surrounds them."""
    text = ctx.text
    value = {name: c["value"] for name, c, _ in named}
    changes: dict[str, float] = {}
    for k, (name, share, where) in enumerate(named):
        lo = min(where[0], share["start"])
        hi = named[k + 1][2][0] if k + 1 < len(named) else sents[i].end_char
        for c in by_sent.get(i, []):
            if c["kind"] == "change" and lo <= c["start"] < max(share["start"], lo + 1):
                changes[name] = c["value"]
                c["poll_party"] = name
        m = _PARENS_CHANGE.match(text, share["end"], hi)
        if m and name not in changes:
            sign = 1 if m.group("sign") == "+" else -1
            changes[name] = sign * float(m.group("num"))
    start = min(c["start"] for _, c, _ in named)
    end = max(c["end"] for _, c, _ in named)
    record: dict[str, Any] = {
        "start": start,
        "end": end,
        "text": text[start:end],
        "kind": "poll",
        "value": value,
        "unit": "%",
        "qualifier": None,
        "changes": changes,
        "lead": None,
        "pollster": None,
        "fieldwork": None,
    }
    for j in (i, i - 1, i + 1):
        leads = [c for c in by_sent.get(j, []) if c["kind"] == "lead"]
        if leads and record["lead"] is None:
            record["lead"] = leads[0]["value"]
    subject, pollster = _poll_phrase(ctx, sents, i)
    record["pollster"] = pollster
    if subject is not None:
        record["subject"] = text[subject[0] : subject[1]]
        record["subject_span"] = list(subject)
    else:
        record["subject"] = record["subject_span"] = None
    record["entities"] = list(value)
    record["place"] = None
    record["over"] = None
    record["about"] = [{"name": pollster, "type": "pollster"}] if pollster else []
    record["predicate"] = None
    fieldwork = re.search(
        r"\b(?:conducted|carried out|fieldwork|taken|surveyed)\b[^.]{0,20}?\b(?:on|between|from)"
        r"\s+([^.,;]{3,40})",
        sents[i].text,
    )
    if fieldwork:
        record["fieldwork"] = fieldwork.group(1).strip()
    return record


def _poll_phrase(
    ctx: Context, sents: list[Span], i: int
) -> tuple[tuple[int, int] | None, str | None]:
    """The phrase naming the poll (`The ICM survey`) and its pollster (`ICM`)."""
    for j in (i, i - 1, i + 1):
        if not 0 <= j < len(sents):
            continue
        for t in sents[j]:
            if t.lower_ not in ("poll", "survey", "polling") and t.lower_ not in POLLSTERS:
                continue
            noun = t if t.lower_ in ("poll", "survey", "polling") else t.head
            left = noun.left_edge.i
            phrase = (ctx.doc[left].idx, noun.idx + len(noun))
            pollster = _pollster(ctx, list(ctx.doc[left : noun.i]))
            if pollster is None:
                for x in noun.rights:
                    if x.lower_ in ("by", "from") or x.dep_ == "agent":
                        objs = [o for o in x.children if o.dep_ == "pobj"]
                        if objs:
                            pollster = ctx.doc[objs[0].left_edge.i : objs[0].i + 1].text
            return phrase, pollster
    return None, None


def _pollster(ctx: Context, modifiers: list[Token]) -> str | None:
    """`A Wall Street Journal/NBC News poll` → `Wall Street Journal/NBC News`: the
    modifiers of the poll noun from the first proper name on (not a date)."""
    names = [t for t in modifiers if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")]
    names += [t for t in modifiers if t.lower_ in POLLSTERS]
    if not names:
        return None
    first = min(names, key=lambda t: t.i)
    last = modifiers[-1]
    return ctx.text[first.idx : last.idx + len(last)] or None
