"""Turn NewsQuotes working files (spans given as words) into the gold (offsets only).

An annotator reads a document's reference text (`text NAME`), writes one working
file per document outside the repository, checks it (`check FILE...`), and the
gold file is built from all of them (`build DIR`). A working file:

    {"doc": "web-pages/NAME.html",
     "people": ["Full Name", ...],
     "statements": [
       {"content": ["words of piece one", "words of piece two"], "occurrence": 2,
        "cue": "said", "speaker_mention": "he", "speaker_name": "Full Name",
        "speaker_type": "person", "direct": true, "continues": false}, ...]}

Each piece of `content` is found in the text (quote marks, apostrophes, dashes
and runs of white space match any of their forms); when the first piece occurs
more than once, `occurrence` (1-based) says which. A later piece is the first
occurrence after the piece before it. `cue` is the occurrence nearest to the
content, `speaker_mention` the occurrence nearest to the cue (or the content).
Only offsets, names and labels are written to the gold (see NEWSQUOTES_GUIDE.md).

    .venv/bin/python eval/newsquotes_annotate.py list
    .venv/bin/python eval/newsquotes_annotate.py text web-pages/abc13.com-Copperfield.html
    .venv/bin/python eval/newsquotes_annotate.py check /tmp/ann/*.json
    .venv/bin/python eval/newsquotes_annotate.py build /tmp/ann -o eval/newsquotes_gold.jsonl
    .venv/bin/python eval/newsquotes_annotate.py build /tmp/ann2 --merge   # add a batch
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.newsquotes_docs import REPO, Reference, names, reference, split_of

SPEAKER_TYPES = ("person", "organisation", "document", "anonymous", "unknown")
#: How far (characters) a cue may be from its content, and a mention from its cue.
NEAR = 600

#: A double quote mark in any of its forms, Penn Treebank's ``these'' included.
_DOUBLE = "(?:[\"“”„″]|''|``)"

_CLASSES = {
    "'": "['‘’‛′`]",
    "‘": "['‘’‛′`]",
    "’": "['‘’‛′`]",
    '"': _DOUBLE,
    "“": _DOUBLE,
    "”": _DOUBLE,
    "-": "[-‐‑–—―]",
    "–": "[-‐‑–—―]",
    "—": "[-‐‑–—―]",
    "…": r"(?:…|\.\.\.)",
}


def pattern(words: str) -> re.Pattern[str]:
    """A pattern finding `words` in the text whatever form its marks take."""
    words = words.strip()
    out: list[str] = []
    i = 0
    while i < len(words):
        ch = words[i]
        if ch.isspace():
            while i < len(words) and words[i].isspace():
                i += 1
            out.append(r"\s+")
            continue
        if words.startswith("``", i) or words.startswith("''", i):
            out.append(_DOUBLE)
            i += 2
            continue
        if words.startswith("...", i):
            out.append(_CLASSES["…"])
            i += 3
            continue
        out.append(_CLASSES.get(ch, re.escape(ch)))
        i += 1
    return re.compile("".join(out))


class AnnotationError(ValueError):
    pass


def _find_all(text: str, words: str) -> list[tuple[int, int]]:
    if not words or not words.strip():
        raise AnnotationError("an empty span")
    return [(m.start(), m.end()) for m in pattern(words).finditer(text)]


def _gap(a: tuple[int, int], spans: list[tuple[int, int]]) -> int:
    return min(max(0, s - a[1], a[0] - e) for s, e in spans)


def _whole_words(text: str, words: str) -> list[tuple[int, int]]:
    """Occurrences that do not start or end inside a word ("he" is not in "the")."""
    return [
        (s, e)
        for s, e in _find_all(text, words)
        if not (s > 0 and text[s - 1].isalnum() and text[s].isalnum())
        and not (e < len(text) and text[e].isalnum() and text[e - 1].isalnum())
    ]


def _nearest(text: str, words: str, to: list[tuple[int, int]], what: str) -> list[int]:
    found = _whole_words(text, words)
    outside = [f for f in found if not any(s <= f[0] < e for s, e in to)]
    found = outside or found  # a cue is not one of the content's own words
    if not found:
        raise AnnotationError(f"{what} {words!r} is not in the text")
    best = min(found, key=lambda span: (_gap(span, to), span[0]))
    if _gap(best, to) > NEAR:
        raise AnnotationError(f"{what} {words!r} is over {NEAR} characters from its content")
    return list(best)


def resolve_statement(text: str, st: dict[str, Any]) -> dict[str, Any]:
    pieces = st.get("content")
    if isinstance(pieces, str):
        pieces = [pieces]
    if not pieces:
        raise AnnotationError("no content")
    spans: list[tuple[int, int]] = []
    for k, words in enumerate(pieces):
        found = _find_all(text, words)
        if not found:
            raise AnnotationError(f"content piece {words[:60]!r} is not in the text")
        if k == 0:
            occurrence = st.get("occurrence")
            if occurrence is None and len(found) > 1:
                raise AnnotationError(
                    f"content piece {words[:60]!r} occurs {len(found)} times: "
                    "give 'occurrence' (1-based) or a longer piece"
                )
            index = (occurrence or 1) - 1
            if not 0 <= index < len(found):
                raise AnnotationError(f"occurrence {occurrence} of {len(found)}")
            spans.append(found[index])
        else:
            after = [f for f in found if f[0] >= spans[-1][1]]
            spans.append(after[0] if after else min(found, key=lambda f: _gap(f, spans)))
    kind = st.get("speaker_type")
    if kind not in SPEAKER_TYPES:
        raise AnnotationError(f"speaker_type {kind!r} is not one of {SPEAKER_TYPES}")
    name = st.get("speaker_name")
    if kind == "unknown" and name:
        raise AnnotationError("speaker_type unknown with a speaker_name")
    if kind != "unknown" and not name:
        raise AnnotationError(f"speaker_type {kind} needs a speaker_name")
    for key in ("direct", "continues"):
        if not isinstance(st.get(key, False), bool):
            raise AnnotationError(f"{key} must be true or false")
    cue = _nearest(text, st["cue"], spans, "cue") if st.get("cue") else None
    if cue is not None and any(s <= cue[0] < e for s, e in spans):
        raise AnnotationError(f"cue {st['cue']!r} falls inside the content: give more words")
    mention = None
    if st.get("speaker_mention"):
        mention = _nearest(
            text, st["speaker_mention"], [tuple(cue)] if cue else spans, "speaker_mention"
        )
    return {
        "content": [list(s) for s in sorted(spans)],
        "cue": cue,
        "speaker_mention": mention,
        "speaker_name": name or None,
        "speaker_type": kind,
        "direct": bool(st.get("direct", False)),
        "continues": bool(st.get("continues", False)),
    }


def resolve(work: dict[str, Any], ref: Reference) -> tuple[dict[str, Any], list[str]]:
    """The gold line for one working file, and its problems (none when clean)."""
    problems: list[str] = []
    statements = []
    for i, st in enumerate(work.get("statements", []), 1):
        try:
            statements.append(resolve_statement(ref.text, st))
        except (AnnotationError, KeyError, TypeError) as exc:
            problems.append(f"statement {i}: {exc}")
    people = work.get("people")
    if not isinstance(people, list) or not all(isinstance(p, str) and p for p in people):
        problems.append("people must be a list of names")
        people = []
    statements.sort(key=lambda s: (s["content"][0][0], s["content"][0][1]))
    line = {
        "doc": ref.name,
        "split": split_of(ref.name),
        "text_sha256": ref.sha256,
        "text_chars": len(ref.text),
        "people": people,
        "statements": statements,
    }
    return line, problems


def _load(path: Path) -> dict[str, Any]:
    work = json.loads(path.read_text(encoding="utf-8"))
    if work.get("doc") not in names():
        raise AnnotationError(f"{path}: doc {work.get('doc')!r} is not a NewsQuotes document")
    return dict(work)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_list = sub.add_parser("list", help="the documents and their split")
    p_list.add_argument("--split", choices=("dev", "test"))
    p_text = sub.add_parser("text", help="print a document's reference text")
    p_text.add_argument("doc")
    p_check = sub.add_parser("check", help="resolve working files and report problems")
    p_check.add_argument("files", nargs="+", type=Path)
    p_build = sub.add_parser("build", help="write the gold file from a folder of working files")
    p_build.add_argument("folder", type=Path)
    p_build.add_argument("-o", "--out", type=Path, default=REPO / "eval" / "newsquotes_gold.jsonl")
    p_build.add_argument("--merge", action="store_true",
                         help="keep the gold lines already in --out for documents that have "
                         "no working file in the folder (to add a batch)")
    args = parser.parse_args(argv)

    if args.command == "list":
        for name in names(args.split):
            print(f"{split_of(name)}\t{name}")
        return 0
    if args.command == "text":
        print(reference(args.doc).text)
        return 0
    files = sorted(args.folder.glob("*.json")) if args.command == "build" else args.files
    lines: dict[str, dict[str, Any]] = {}
    failed = False
    for path in files:
        try:
            work = _load(path)
        except (AnnotationError, json.JSONDecodeError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            failed = True
            continue
        line, problems = resolve(work, reference(work["doc"]))
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        failed |= bool(problems)
        lines[line["doc"]] = line
        if args.command == "check":
            print(f"{path}: {len(line['statements'])} statements, {len(line['people'])} people"
                  + (", OK" if not problems else f", {len(problems)} problems"))
    if args.command == "build":
        if args.merge and args.out.exists():
            for raw in args.out.read_text(encoding="utf-8").splitlines():
                if raw.strip():
                    kept = json.loads(raw)
                    lines.setdefault(kept["doc"], kept)
        missing = [n for n in names() if n not in lines]
        if missing:
            print(f"no working file for {len(missing)} documents: {missing}", file=sys.stderr)
            failed = True
        if failed:
            return 1
        with args.out.open("w", encoding="utf-8") as out:
            for name in names():
                out.write(json.dumps(lines[name], ensure_ascii=False) + "\n")
        print(f"wrote {args.out} ({len(lines)} documents)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
