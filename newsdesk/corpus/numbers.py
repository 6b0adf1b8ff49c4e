"""Numbers in play in a story: which claims of its articles measure the same
thing, and whether their sources differ (docs/STORIES.md, "Numbers in play").

Two claims are compared only when they are of one kind (a total, a share, a
margin, a change ... are never set against each other), in one unit, with the
same subject words and the same verb, and about one subject: the names each
claim is about (`about`: flights, seats, parties, pollsters, places) must not
tell them apart, nor their dates. Values differ only when they cannot both be
true: after the rounding their writing shows, the hedges (`around`, `more
than`) and the ranges they give. Every group says on what basis its claims
were put together (`basis`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..article import Article

#: What a claim of each kind measures, in words.
MEASURES = {
    "count": "total", "percent": "share", "majority": "margin", "lead": "lead",
    "change": "change", "money": "amount", "distance": "distance", "duration": "duration",
    "rank": "rank", "poll": "poll",
}  # fmt: skip
#: Kinds whose verb says what is measured (`40 people hurt` against `12 killed`);
#: a margin, a lead or a poll is told by its kind already.
_VERB_KINDS = frozenset({"count", "percent", "change", "money", "distance", "duration", "rank"})
#: Hedges that widen a figure by one more step of its rounding.
_APPROX = frozenset({"around", "about", "nearly"})
_AT_LEAST = frozenset({"more than", "over", "at least"})
_AT_MOST = frozenset({"less than", "up to"})
#: Rounding never hides more than this share of a figure (16,000 is no `20,000`).
MAX_ROUNDING = 0.05
_FILLER = frozenset(
    "the a an all some its their his her our your my this that these those of".split()
)
_TITLES = frozenset("mr mrs ms miss dr sir lord lady dame prof".split())
_WORD = re.compile(r"[\w]+(?:['’][\w]+)?")


@dataclass
class _Item:
    """One claim of one article, as the grouping sees it."""

    claim: dict[str, Any]
    entry: dict[str, Any]
    article: str
    copy: bool
    names: list[tuple[tuple[str, ...], str, str]]  # (tokens, type, as written)
    date: str | None
    value: Any
    qualifier: str | None


@dataclass
class _Cluster:
    items: list[_Item] = field(default_factory=list)
    shared: list[str] = field(default_factory=list)


def numbers(articles: list[Article], copies: set[str]) -> list[dict[str, Any]]:
    """Claims grouped by what they measure, each group with its `basis` and
    `differs` (sources give figures that cannot all be true)."""
    buckets: dict[tuple[str, ...], list[_Item]] = {}
    for article in articles:
        for c in article.claims:
            buckets.setdefault(_key(c), []).append(_item(article, c, article.id in copies))
    out: list[dict[str, Any]] = []
    for key, items in buckets.items():
        if key[2] == "":  # no subject: only the same figure is put together
            out.append(_group(items, _no_subject_basis(items[0].claim)))
            continue
        for cluster, how in _clusters(items):
            out.append(_group(cluster.items, _basis(cluster, how)))
    out.sort(key=lambda g: (-len({i["article"] for i in g["claims"]}), str(g["kind"])))
    return out


# -- keys and items ------------------------------------------------------------------


def words(text: str | None) -> tuple[str, ...]:
    """A subject or a unit as compared: lower case, no determiners, no plural `s`."""
    out = []
    for w in _WORD.findall((text or "").lower().replace("’", "'")):
        w = w.removesuffix("'s")
        if w in _FILLER:
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return tuple(out)


def _key(c: dict[str, Any]) -> tuple[str, ...]:
    kind = str(c.get("kind"))
    subject = " ".join(words(c.get("subject")))
    if not subject:  # nothing says what it measures: only an equal figure is the same
        return (kind, " ".join(words(c.get("unit"))), "", _value_key(c.get("value")))
    unit = " ".join(words(c.get("unit")))
    return (kind, unit, subject, _verb(c, kind, subject, unit))


def _verb(c: dict[str, Any], kind: str, subject: str, unit: str) -> str:
    """The verb, when it is what tells the subject: a bare noun (`40 people hurt`,
    `12 people killed`) and a share, whose subject is whom it is a share of
    (`52% of voters backed`, `40% opposed`); a longer phrase (`people on board`)
    is told by its words, whatever verb the outlet chose (`sank with`, `went
    down with`)."""
    if kind not in _VERB_KINDS or (
        kind != "percent" and set(subject.split()) - set(unit.split())
    ):
        return ""
    return str(c.get("predicate") or "")


def _value_key(value: Any) -> str:
    return repr(sorted(value.items()) if isinstance(value, dict) else value)


def _item(article: Article, c: dict[str, Any], copy: bool) -> _Item:
    names = _names(c)
    entry = {
        "value": c.get("value"),
        "qualifier": c.get("qualifier"),
        "text": article.text[int(c["start"]) : int(c["end"])],
        "article": article.id,
        "outlet": article.outlet,
        "copy": copy,
        "speaker_name": c.get("speaker_name"),
        "date": c.get("date"),
        "about": [written for _, _, written in names],
    }
    return _Item(c, entry, article.id, copy, names, c.get("date"), c.get("value"),
                 c.get("qualifier"))  # fmt: skip


def _names(c: dict[str, Any]) -> list[tuple[tuple[str, ...], str, str]]:
    """The names a claim is about, typed; from `about`, else (claims stored before
    `about` existed) its `entities`, `place` and `over`."""
    raw: list[tuple[str, str]] = []
    if isinstance(c.get("about"), list):
        raw = [(str(a.get("name") or ""), str(a.get("type") or "name")) for a in c["about"]]
    else:
        raw = [(str(e), "name") for e in c.get("entities") or []]
        raw += [(str(c[k]), t) for k, t in (("place", "place"), ("over", "rival")) if c.get(k)]
        if c.get("pollster"):
            raw.append((str(c["pollster"]), "pollster"))
    out = []
    for name, typ in raw:
        tokens = tuple(w for w in words(name) if w not in _TITLES)
        if tokens:
            out.append((tokens, typ, name))
    return out


# -- one subject -------------------------------------------------------------------


def _same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """`Dana Holt` = `Ms Holt` = `Holt`; `Norwind Air` = `Norwind`; `NW212` ≠ `NW88`."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    return any(long_[i : i + n] == short for i in range(len(long_) - n + 1)) and not any(
        any(ch.isdigit() for ch in w) for w in short
    )


def _shared(a: _Item, b: _Item) -> list[str]:
    return [w for ta, _, w in a.names if any(_same_name(ta, tb) for tb, _, _ in b.names)]


def _conflict(a: _Item, b: _Item) -> str | None:
    """Why two claims are about different subjects, or None: dates that differ,
    or names of one type on both sides that do not match each other
    (two flights, two seats, two pollsters)."""
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return "dates"
    all_a = [n for n, _, _ in a.names]
    all_b = [n for n, _, _ in b.names]
    for typ in {t for _, t, _ in a.names} & {t for _, t, _ in b.names}:
        # a name matched on the other side under another type is no evidence:
        # the tagger types one name differently in two articles
        lone_a = any(not any(_same_name(x, y) for y in all_b) for x, t, _ in a.names if t == typ)
        lone_b = any(not any(_same_name(y, x) for x in all_a) for y, t, _ in b.names if t == typ)
        if lone_a and lone_b:
            return typ
    return None


def _clusters(items: list[_Item]) -> Iterable[tuple[_Cluster, str]]:
    """Claims of one bucket split by subject, each cluster with how it was made:
    `names` (they share a name and no name or date tells them apart), `apart`
    (claims whose names match no other's), `only` (claims naming nothing, joined
    to the bucket's only named subject), `words` (nobody names anything),
    `several` (claims naming nothing in a bucket where names tell several
    subjects apart: listed, not compared). Dates split every kind."""
    named: list[_Cluster] = []
    bare: list[_Cluster] = []
    for item in items:
        home = None
        for cl in named if item.names else bare:
            if any(_conflict(item, m) for m in cl.items):
                continue
            shared = [w for m in cl.items for w in _shared(item, m)]
            if shared or not item.names:
                home = cl
                cl.shared.extend(w for w in shared if w not in cl.shared)
                break
        if home is None:
            home = _Cluster()
            (named if item.names else bare).append(home)
        home.items.append(item)
    out = [(cl, _how(cl)) for cl in named]
    for cl in bare:
        if len(named) > 1:
            out.append((cl, "several"))
        elif named and not any(_conflict(b, m) for b in cl.items for m in named[0].items):
            named[0].items.extend(cl.items)
            out[0] = (named[0], "only")
        else:
            out.append((cl, "words"))
    return out


def _how(cluster: _Cluster) -> str:
    return "names" if cluster.shared else "apart"


# -- values ------------------------------------------------------------------------


def _half_unit(v: float) -> float:
    """Half the rounding step a figure is written to, at most MAX_ROUNDING of it:
    `2,500` → 50, `298` → 0.5, `44.6` → 0.05, `20,000` → 1,000."""
    if v == 0 or not math.isfinite(v):
        return 0.0
    a = abs(v)
    if a == int(a):
        n, step = int(a), 1
        while n % 10 == 0:
            n //= 10
            step *= 10
        half = step / 2
    else:
        decimals = len(f"{a:.6f}".rstrip("0").split(".")[1])
        half = 0.5 * 10.0**-decimals
    return min(half, MAX_ROUNDING * a) if half > 0.5 else half


def _band(value: Any, qualifier: str | None) -> tuple[float, float] | None:
    """The values a figure allows: its rounding, its hedge, its range."""
    if isinstance(value, (int, float)):
        lo = hi = float(value)
    elif isinstance(value, list) and len(value) == 2 and value[0] <= value[1]:
        lo, hi = float(value[0]), float(value[1])
    else:
        return None
    half_lo, half_hi = _half_unit(lo), _half_unit(hi)
    lo, hi = lo - half_lo, hi + half_hi
    if qualifier in _APPROX:  # one more rounding step: `around 2,500` is 2,350-2,650
        lo, hi = lo - 2 * half_lo, (hi if qualifier == "nearly" else hi + 2 * half_hi)
    elif qualifier in _AT_LEAST:
        hi = math.inf
    elif qualifier in _AT_MOST:
        lo = -math.inf
    return lo, hi


def agree(a: Any, qa: str | None, b: Any, qb: str | None) -> bool:
    """True when two figures can both be true (docs/STORIES.md): equal after
    rounding, one within the other's range or hedge, overlapping ranges; polls
    agree on every competitor both give; tallies (`19-15`) must be equal."""
    if isinstance(a, dict) and isinstance(b, dict):
        return all(agree(a[k], None, b[k], None) for k in a.keys() & b.keys())
    ba, bb = _band(a, qa), _band(b, qb)
    if ba is None or bb is None:
        return bool(a == b)
    # rounding bands are half-open: bands that only touch do not overlap
    return a == b or (ba[0] < bb[1] and bb[0] < ba[1])


def _differs(items: list[_Item]) -> bool:
    originals = [i for i in items if not i.copy]
    return any(
        x.article != y.article and not agree(x.value, x.qualifier, y.value, y.qualifier)
        for n, x in enumerate(originals)
        for y in originals[n + 1 :]
    )


def _self_contradicting(items: list[_Item]) -> bool:
    """One article gives figures that cannot both be true: its words name more
    than one thing (two crashes' `people on board`)."""
    return any(
        x.article == y.article and not agree(x.value, x.qualifier, y.value, y.qualifier)
        for n, x in enumerate(items)
        for y in items[n + 1 :]
    )


# -- groups and their basis ---------------------------------------------------------


_HOW = {
    "names": "same words, a shared name and nothing telling them apart",
    "apart": "same words; its names set it apart from the story's other claims of these words",
    "only": "same words; the story has one subject of these words",
    "words": "same words; no name tells subjects apart",
    "several": "same words, but names tell several subjects of these words apart "
    "and these claims name none",
    "none": "no subject: the same figure",
}


def _basis(cluster: _Cluster, how: str) -> dict[str, Any]:
    first = cluster.items[0].claim
    compared = how != "several"
    note = None
    if how == "several":
        note = "which subject each claim is about is unknown"
    elif how != "names" and _self_contradicting(cluster.items):
        compared, note = False, "one article gives figures for these words that disagree"
    elif how != "names" and _vague(first):
        compared, note = False, "only the counted noun says what is counted"
    return _basis_dict(first, how, cluster.shared if how in ("names", "only") else [], compared,
                       note)  # fmt: skip


def _vague(c: dict[str, Any]) -> bool:
    """A figure whose subject is its counted noun alone, with no verb and no name
    (`five things`, `a crowd of about 230 people`): it says too little to be set
    against another outlet's."""
    key = _key(c)
    return c.get("kind") == "count" and not key[3] and not (
        set(key[2].split()) - set(key[1].split())
    )


def _no_subject_basis(first: dict[str, Any]) -> dict[str, Any]:
    return _basis_dict(first, "none", [], False, "nothing says what the figure measures")


def _basis_dict(
    first: dict[str, Any], how: str, names: list[str], compared: bool, note: str | None
) -> dict[str, Any]:
    kind = str(first.get("kind"))
    key = _key(first)
    verb = key[3] or None if key[2] else None
    subject = " ".join(words(first.get("subject"))) or None
    parts = [MEASURES.get(kind, kind)]
    if first.get("unit"):
        parts.append(f"in {first['unit']}")
    if subject:
        parts.append(f"of '{subject}'")
    if verb:
        parts.append(f"({verb})")
    summary = " ".join(parts) + "; " + _HOW[how]
    if names:
        summary += f" ({', '.join(names)})"
    if note:
        summary += f"; not compared: {note}" if not compared else f"; {note}"
    return {
        "kind": kind,
        "measure": MEASURES.get(kind, kind),
        "unit": first.get("unit"),
        "subject": subject,
        "predicate": verb,
        "subject_match": how,
        "names": names,
        "compared": compared,
        "note": note,
        "summary": summary,
    }


def _group(items: list[_Item], basis: dict[str, Any]) -> dict[str, Any]:
    first = items[0].claim
    return {
        "kind": first.get("kind"),
        "unit": first.get("unit") or None,
        "subject": first.get("subject") or None,
        "claims": [i.entry for i in items],
        "differs": bool(basis["compared"]) and _differs(items),
        "basis": basis,
    }
