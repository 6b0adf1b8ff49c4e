"""Statements across outlets: the same quote carried by several articles is
one statement with several sources; when the wording of a direct quote
differs between them, it is flagged as a possible misquote with a word diff.

Speakers are matched across articles only where that is safe: named people
through the corpus person index, organisations by name. Anonymous and unknown
speakers are never merged across articles ("a Labour source" in two outlets
may be two people).
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from rapidfuzz import fuzz

from ..article import Article
from ..store import Store

#: Two statements of one speaker are the same when their words match this well.
SAME_STATEMENT_RATIO = 85.0
_WORD = re.compile(r"[\w'’]+")


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def word_diff(a: str, b: str) -> list[str]:
    """Word-level differences: `-word` only in `a`, `+word` only in `b`."""
    wa, wb = _words(a), _words(b)
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if op in ("replace", "delete"):
            out.extend("-" + w for w in wa[i1:i2])
        if op in ("replace", "insert"):
            out.extend("+" + w for w in wb[j1:j2])
    return out


def _speaker_key(store: Store, article: Article, q: dict[str, Any]) -> tuple[str, str]:
    kind = str(q.get("speaker_type") or "unknown")
    name = str(q.get("speaker_name") or "")
    if kind == "person" and name:
        row = store.conn.execute(
            "SELECT p.id, p.name FROM person_names pn JOIN persons p ON p.id = pn.person_id "
            "WHERE pn.article_id = ? AND pn.name = ?",
            (article.id, name),
        ).fetchone()
        if row is not None:
            return f"person:{row[0]}", str(row[1])
        return f"person:{name.casefold()}", name
    if kind == "organisation" and name:
        return f"organisation:{name.casefold()}", name
    return f"{kind}:{article.id}:{name.casefold()}", name or "unknown"


def statements_across(
    store: Store, articles: list[Article], copies: set[str]
) -> list[dict[str, Any]]:
    """Who said what in a set of articles, by speaker, most sourced first."""
    speakers: dict[str, dict[str, Any]] = {}
    for article in articles:
        for q in article.quotes:
            pieces = [article.text[s:e] for s, e in q.get("content") or []]
            text = " … ".join(" ".join(p.split()) for p in pieces if p.strip())
            if not text:
                continue
            key, name = _speaker_key(store, article, q)
            who = speakers.setdefault(
                key,
                {"speaker": name, "speaker_type": q.get("speaker_type") or "unknown",
                 "roles": [], "outlets": [], "statements": []},
            )
            role = q.get("speaker_role")
            if role and role not in who["roles"]:
                who["roles"].append(role)
            if article.outlet and article.outlet not in who["outlets"]:
                who["outlets"].append(article.outlet)
            source = {
                "article": article.id, "outlet": article.outlet,
                "span": q["content"][0][:1] + q["content"][-1][1:], "copy": article.id in copies,
            }
            norm = " ".join(_words(text))
            same = next(
                (s for s in who["statements"]
                 if fuzz.ratio(s["_norm"], norm) >= SAME_STATEMENT_RATIO
                 or (min(len(s["_norm"]), len(norm)) > 40
                     and fuzz.partial_ratio(s["_norm"], norm) >= 95)),
                None,
            )
            if same is None:
                who["statements"].append(
                    {"text": text, "direct": bool(q.get("direct")), "sources": [source],
                     "misquote": None, "_norm": norm}
                )
                continue
            same["sources"].append(source)
            if norm != same["_norm"] and same["direct"] and q.get("direct"):
                diff = word_diff(same["text"], text)
                if diff and source["article"] != same["sources"][0]["article"]:
                    same["misquote"] = {"variant": text, "article": article.id, "diff": diff}
    out = []
    for who in speakers.values():
        for s in who["statements"]:
            del s["_norm"]
        out.append(who)
    out.sort(key=lambda w: (-sum(len(s["sources"]) for s in w["statements"]), w["speaker"]))
    return out
