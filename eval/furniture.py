"""What cleaning removes from real pages: CleanPortalEval and the 132 web pages.

Every page is read as `newsdesk analyze` reads it (`newsdesk.read.read_file`)
and cleaned by the cleaning stages. Two figures:

- CleanPortalEval: token precision, recall and F1 (micro, as `eval/cleanportal.py`
  computes them) of the text as read and of the text kept after cleaning (the
  removed spans dropped; the headline stays, as the gold keeps it). Cleaning
  helps when it removes tokens the gold does not keep;
- both sets: how many lines each kind of removal took, and which ones
  (`--show`), to read them against the page.

    .venv/bin/python -m eval.furniture              # the figures
    .venv/bin/python -m eval.furniture --show web   # and every removed line of the web pages
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from eval.cleanportal import DEFAULT_DATA, Counts, gold_text, load_pages, tokens
from newsdesk.article import Article
from newsdesk.config import Options
from newsdesk.errors import InputError
from newsdesk.pipeline import CLEANING_STAGES, Pipeline
from newsdesk.read import read_file

ROOT = Path(__file__).resolve().parents[1]
WEB_PAGES = ROOT.parent / "shared" / "corpus" / "web-pages"
STAGES = [s for s in CLEANING_STAGES if s != "flags.stitched"]


def cleaned(paths: Sequence[Path]) -> Iterator[tuple[Path, Article]]:
    """Each page read and cleaned; pages with nothing to read are skipped."""
    pipeline = Pipeline(STAGES)
    for path in paths:
        for result in read_file(path, Options()):
            if not isinstance(result, InputError):
                yield path, pipeline(result)


def kept_text(article: Article) -> str:
    """The text without its removed spans."""
    parts, pos = [], 0
    for r in sorted(article.removed, key=lambda r: r.start):
        if r.start > pos:
            parts.append(article.text[pos : r.start])
        pos = max(pos, r.end)
    parts.append(article.text[pos:])
    return "\n".join(parts)


def removed_lines(article: Article) -> list[tuple[str, str, str]]:
    return [(r.reason, r.detail, article.text[r.start : r.end]) for r in article.removed]


def score_cleanportal(data: Path) -> tuple[Counts, Counts, list[tuple[str, str, str, str]]]:
    """Micro counts of the text as read and as kept, and the removed lines."""
    read, kept = Counts(), Counts()
    lines: list[tuple[str, str, str, str]] = []
    pages = {p.html: p for p in load_pages(data)}
    for path, article in cleaned(list(pages)):
        gold = tokens(gold_text(pages[path].gold.read_bytes().decode("utf-8", "replace")))
        for counts, text in ((read, article.text), (kept, kept_text(article))):
            got = tokens(text)
            counts.add(Counts(sum((gold & got).values()), sum(got.values()), sum(gold.values())))
        lines += [(path.stem, *row) for row in removed_lines(article)]
    return read, kept, lines


def web_removals(pages: Path) -> tuple[int, list[tuple[str, str, str, str]]]:
    paths = sorted(pages.glob("*.html"))
    lines: list[tuple[str, str, str, str]] = []
    for path, article in cleaned(paths):
        lines += [(path.stem, *row) for row in removed_lines(article)]
    return len(paths), lines


def _by_detail(lines: Sequence[tuple[str, str, str, str]]) -> str:
    counts = Counter(f"{reason}: {detail}" for _, reason, detail, _ in lines)
    return "\n".join(f"  {n:4d}  {what}" for what, n in counts.most_common())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cleanportal", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--web-pages", type=Path, default=WEB_PAGES)
    parser.add_argument("--show", choices=("web", "cleanportal"), help="list removed lines")
    args = parser.parse_args(argv)
    read, kept, cp_lines = score_cleanportal(args.cleanportal)
    print("CleanPortalEval micro   P      R      F1")
    for name, c in (("as read", read), ("kept", kept)):
        print(f"  {name:20} {c.precision:.4f} {c.recall:.4f} {c.f1:.4f}")
    print(f"  removed lines: {len(cp_lines)}\n{_by_detail(cp_lines)}")
    n, web_lines = web_removals(args.web_pages)
    print(f"web pages: {n}; removed lines: {len(web_lines)}\n{_by_detail(web_lines)}")
    shown = {"web": web_lines, "cleanportal": cp_lines}.get(args.show or "", [])
    for page, reason, _detail, line in shown:
        print(f"  {page[:38]:38} {reason:11} {line[:100]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
