"""Score newsdesk's HTML main-text extraction against CleanPortalEval.

CleanPortalEval (Endrédy & Novák 2013) has news-portal pages (`input/*.html`)
and, for each, the text a person would keep (`GoldStandard/*.txt`, CleanEval
format: a `URL: ...` line, then `<h>`/`<p>`/`<l>` blocks; HTML entities escaped;
an empty gold text for a page with no article).

Each page is read with newsdesk's own HTML reader (`newsdesk.read.html.read_html`)
and the extracted text is compared with the gold text as bags of lower-cased
word tokens (`\\w+`): a token counts as found as many times as it occurs in both.
Precision, recall and F1 are given micro-averaged (token counts summed over the
corpus) and macro-averaged (mean of the per-page figures), overall and per
domain. Baselines on the same pages: trafilatura with its defaults (a bare
`trafilatura.extract`) and all visible text of the page (no boilerplate removal).

Per-page conventions: a page whose gold text is empty (no article) scores 1 on
precision, recall and F1 when nothing is extracted and 0 otherwise; a page with
gold text from which nothing was extracted scores 0. Micro figures need no
convention.

A second measure, `--kept`, scores the text newsdesk keeps after its cleaning
stages (spam, boilerplate, headline): `read_html`'s text minus the `removed`
spans, as `Article.kept_text` gives it.

`--ablation` scores newsdesk's extraction with one choice changed at a time (a
trafilatura option, a line filter of `newsdesk.read.html_filters`, or a drop
by the structure of trafilatura's XML), and bare trafilatura with one option
changed. `--compare old.json` sets each page's F1 against a saved `--json` run
and lists the pages that lost more than `--tolerance`.

Run from the repository root:

    .venv/bin/python eval/cleanportal.py                 # table; exit 1 if below the gate
    .venv/bin/python eval/cleanportal.py --json > a.json # machine-readable, per page
    .venv/bin/python eval/cleanportal.py --kept --compare a.json
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
# Score the newsdesk of this checkout, not whichever one the virtualenv installed.
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from eval.cleanportal_pages import (  # noqa: E402
    PAGE_TOLERANCE,
    PINNED_PAGES,
    compare,
    pages_json,
    render_compare,
)

DEFAULT_DATA = REPO.parent / "shared" / "eval" / "cleanportal"

#: The gate: newsdesk's micro token F1 may not fall below this (measured 0.977
#: with trafilatura 2.3.1; see docs/EVALUATION.md).
MIN_F1 = 0.972


NEWSDESK = "newsdesk"
KEPT = "newsdesk-kept"
TRAFILATURA = "trafilatura-defaults"
ALL_TEXT = "all-visible-text"
SYSTEMS = (NEWSDESK, TRAFILATURA, ALL_TEXT)

_TOKEN = re.compile(r"\w+")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_MARKER = re.compile(r"</?[phl]>", re.I)
_NUMBERED = re.compile(r"_\d+$")


# --- data -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    name: str  # file stem, e.g. "bbc.co.uk_news_01"
    html: Path
    gold: Path

    @property
    def domain(self) -> str:
        """The site: the file name up to its first underscore (`bbc.co.uk`)."""
        return self.name.split("_", 1)[0]


def load_pages(data: Path) -> list[Page]:
    """The corpus's pages, each input paired with its gold file, in name order."""
    inputs, golds = data / "input", data / "GoldStandard"
    if not inputs.is_dir() or not golds.is_dir():
        raise FileNotFoundError(
            f"{data} is not a CleanPortalEval directory (needs input/ and GoldStandard/)"
        )
    pages = [Page(h.stem, h, golds / f"{h.stem}.txt") for h in sorted(inputs.glob("*.html"))]
    missing = [p.gold.name for p in pages if not p.gold.is_file()]
    if missing:
        raise FileNotFoundError(f"{golds}: no gold text for {', '.join(missing)}")
    if not pages:
        raise FileNotFoundError(f"{inputs}: no *.html pages")
    return pages


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def gold_text(raw: str) -> str:
    """The kept text of a CleanEval gold file: no URL line, comments, block markers
    or HTML entities."""
    raw = _COMMENT.sub(" ", raw)
    lines = raw.splitlines()
    lines = [ln for ln in lines if not ln.lstrip().startswith("URL:")]
    return html.unescape(_MARKER.sub(" ", "\n".join(lines)))


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


# --- scores ---------------------------------------------------------------------------


@dataclass
class Counts:
    """Token overlap counts: true positives, extracted, gold."""

    found: int = 0
    extracted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.found += other.found
        self.extracted += other.extracted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        if self.extracted:
            return self.found / self.extracted
        return 1.0 if not self.gold else 0.0

    @property
    def recall(self) -> float:
        if self.gold:
            return self.found / self.gold
        return 1.0 if not self.extracted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class PageScore:
    page: Page
    counts: Counts
    error: str | None = None  # why nothing was extracted, when the extractor said


@dataclass
class Summary:
    micro: Counts = field(default_factory=Counts)
    macro_p: float = 0.0
    macro_r: float = 0.0
    macro_f1: float = 0.0
    pages: int = 0

    @classmethod
    def of(cls, scores: Sequence[PageScore]) -> Summary:
        s = cls(pages=len(scores))
        for ps in scores:
            s.micro.add(ps.counts)
        if scores:
            s.macro_p = sum(ps.counts.precision for ps in scores) / len(scores)
            s.macro_r = sum(ps.counts.recall for ps in scores) / len(scores)
            s.macro_f1 = sum(ps.counts.f1 for ps in scores) / len(scores)
        return s

    def as_dict(self) -> dict[str, Any]:
        m = self.micro
        return {
            "pages": self.pages,
            "micro": {"precision": round(m.precision, 4), "recall": round(m.recall, 4),
                      "f1": round(m.f1, 4), "found_tokens": m.found,
                      "extracted_tokens": m.extracted, "gold_tokens": m.gold},
            "macro": {"precision": round(self.macro_p, 4), "recall": round(self.macro_r, 4),
                      "f1": round(self.macro_f1, 4)},
        }


@dataclass
class SystemResult:
    name: str
    scores: list[PageScore]
    seconds: float

    @property
    def overall(self) -> Summary:
        return Summary.of(self.scores)

    def by_domain(self) -> dict[str, Summary]:
        domains = sorted({ps.page.domain for ps in self.scores})
        return {d: Summary.of([ps for ps in self.scores if ps.page.domain == d]) for d in domains}

    @property
    def empty(self) -> list[PageScore]:
        """Pages from which nothing was extracted."""
        return [ps for ps in self.scores if ps.counts.extracted == 0]

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.overall.as_dict(),
            "seconds": round(self.seconds, 2),
            "domains": {d: s.as_dict() for d, s in self.by_domain().items()},
            "empty_extractions": [
                {"page": ps.page.name, "gold_tokens": ps.counts.gold, "error": ps.error}
                for ps in self.empty
            ],
            "per_page": [
                {"page": ps.page.name, "domain": ps.page.domain,
                 "precision": round(ps.counts.precision, 4),
                 "recall": round(ps.counts.recall, 4), "f1": round(ps.counts.f1, 4),
                 "extracted_tokens": ps.counts.extracted, "gold_tokens": ps.counts.gold}
                for ps in self.scores
            ],
        }


# --- extractors: page -> text ("" when nothing is extracted) -----------------------------

Extractor = Callable[[Page], str]


def extract_newsdesk(page: Page) -> str:
    from newsdesk.config import Options
    from newsdesk.read.html import read_html

    return read_html(page.html, Options()).text


def extract_kept(page: Page) -> str:
    """The text newsdesk keeps after its cleaning stages: `read_html`'s text
    without the spans cleaning removed (spam, boilerplate, captions...)."""
    from newsdesk.config import Options
    from newsdesk.pipeline import Pipeline
    from newsdesk.read.html import read_html

    article = Pipeline(["clean.spam", "clean.boilerplate", "clean.headline"])(
        read_html(page.html, Options()))
    return article.kept_text()


def extract_newsdesk_with(page: Page, **change: Any) -> str:
    """newsdesk's extraction with the `Extraction` fields in `change` changed."""
    from newsdesk.read.html import DEFAULT_EXTRACTION, read_page

    extraction = replace(DEFAULT_EXTRACTION, **change)
    return read_page(page.name, page.html.read_bytes(), extraction=extraction).text


def extract_newsdesk_xml(page: Page, *, drop: str) -> str:
    """newsdesk's extraction without its line filters, then the elements the
    XPath `drop` selects in trafilatura's XML removed before the text is made."""
    from copy import deepcopy

    from trafilatura.xml import xmltotxt

    from newsdesk.read.html import DEFAULT_EXTRACTION, read_page, with_headline

    page_ = read_page(page.name, page.html.read_bytes(),
                      extraction=replace(DEFAULT_EXTRACTION, filters=()))
    body = deepcopy(page_.doc.body)
    for el in body.xpath(drop):
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    return with_headline(xmltotxt(body, False).strip("\n"), page_.headline)


def extract_trafilatura_defaults(
    page: Page,
    *,
    include_comments: bool = True,
    include_tables: bool = True,
    favor_precision: bool = False,
    favor_recall: bool = False,
) -> str:
    """A bare `trafilatura.extract` (its defaults unless an option is given)."""
    import trafilatura

    text = trafilatura.extract(
        page.html.read_bytes(),
        include_comments=include_comments,
        include_tables=include_tables,
        favor_precision=favor_precision,
        favor_recall=favor_recall,
    )
    return text or ""


def extract_all_text(page: Page) -> str:
    """Every text node of <body> a browser would show: no boilerplate removal."""
    import lxml.html  # type: ignore[import-untyped]
    from lxml import etree

    text = _decode(page.html.read_bytes())
    parser = lxml.html.HTMLParser(encoding="utf-8")
    root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    etree.strip_elements(root, "script", "style", "noscript", "template", with_tail=False)
    body = root.find("body")
    return str((body if body is not None else root).text_content())


EXTRACTORS: dict[str, Extractor] = {
    NEWSDESK: extract_newsdesk,
    KEPT: extract_kept,
    TRAFILATURA: extract_trafilatura_defaults,
    ALL_TEXT: extract_all_text,
}

#: Page parts a `prune_xpath` row removes before extraction: figures and their
#: captions, asides, navigation, and share / social / related widgets by class.
PRUNE_FURNITURE = (
    "//figure", "//figcaption", "//aside", "//nav",
    "//*[contains(@class, 'share') or contains(@class, 'social') or contains(@class, 'related')]",
)

#: newsdesk's extraction with one choice changed at a time (a trafilatura option,
#: a line filter, a structural drop), then bare trafilatura with one option
#: changed, to show what each of newsdesk's choices buys.
ABLATION: dict[str, Extractor] = {
    "nd: no line filters": partial(extract_newsdesk_with, filters=()),
    "nd: without link_text filter": partial(
        extract_newsdesk_with, filters=("teaser", "timestamp", "markup")),
    "nd: without teaser filter": partial(
        extract_newsdesk_with, filters=("link_text", "timestamp", "markup")),
    "nd: without timestamp filter": partial(
        extract_newsdesk_with, filters=("link_text", "teaser", "markup")),
    "nd: without markup filter": partial(
        extract_newsdesk_with, filters=("link_text", "teaser", "timestamp")),
    "nd: link_text at share 0.5": partial(extract_newsdesk_with, link_threshold=0.5),
    "nd: link_text at share 1.0": partial(extract_newsdesk_with, link_threshold=1.0),
    "nd: favor_precision": partial(extract_newsdesk_with, favor_precision=True),
    "nd: favor_recall": partial(extract_newsdesk_with, favor_recall=True),
    "nd: fast (no fallbacks)": partial(extract_newsdesk_with, fast=True),
    "nd: include_formatting": partial(extract_newsdesk_with, include_formatting=True),
    "nd: include_images": partial(extract_newsdesk_with, include_images=True),
    "nd: include_tables": partial(extract_newsdesk_with, include_tables=True),
    "nd: deduplicate": partial(extract_newsdesk_with, deduplicate=True),
    "nd: without metadata": partial(extract_newsdesk_with, with_metadata=False),
    "nd: prune_xpath furniture": partial(extract_newsdesk_with, prune_xpath=PRUNE_FURNITURE),
    "nd-xml, no filters: drop <item>//<head>": partial(extract_newsdesk_xml, drop="//item//head"),
    "nd-xml, no filters: drop short <list>": partial(
        extract_newsdesk_xml,
        drop="//list[not(item[string-length(normalize-space(.)) > 80])]"),
    "nd-xml, no filters: drop <quote>": partial(extract_newsdesk_xml, drop="//quote"),
    "trafilatura-no-comments": partial(extract_trafilatura_defaults, include_comments=False),
    "trafilatura-no-comments-no-tables": partial(
        extract_trafilatura_defaults, include_comments=False, include_tables=False),
    "trafilatura-no-comments-precision": partial(
        extract_trafilatura_defaults, include_comments=False, favor_precision=True),
    "trafilatura-no-comments-recall": partial(
        extract_trafilatura_defaults, include_comments=False, favor_recall=True),
}
EXTRACTORS.update(ABLATION)


def score_system(name: str, pages: Iterable[Page], extract: Extractor) -> SystemResult:
    from newsdesk.errors import InputError

    scores: list[PageScore] = []
    start = time.perf_counter()
    for page in pages:
        gold = tokens(gold_text(_decode(page.gold.read_bytes())))
        error = None
        try:
            text = extract(page)
        except InputError as exc:  # newsdesk's "nothing here", with its reason
            text, error = "", exc.reason
        got = tokens(text)
        found = sum((gold & got).values())
        counts = Counts(found, sum(got.values()), sum(gold.values()))
        scores.append(PageScore(page, counts, error))
    return SystemResult(name, scores, time.perf_counter() - start)


def evaluate(data: Path, systems: Sequence[str] = SYSTEMS) -> list[SystemResult]:
    """Score each named system on every page of the corpus at `data`."""
    pages = load_pages(data)
    return [score_system(name, pages, EXTRACTORS[name]) for name in systems]


# --- output ---------------------------------------------------------------------------


_W = 41  # label column


def _row(label: str, s: Summary, seconds: float | None = None) -> str:
    m = s.micro
    took = f"  {seconds:6.1f}" if seconds is not None else ""
    return (f"{label:<{_W}} {s.pages:>5}  {m.precision:6.3f} {m.recall:6.3f} {m.f1:6.3f}"
            f"   {s.macro_p:6.3f} {s.macro_r:6.3f} {s.macro_f1:6.3f}{took}")


def render(results: Sequence[SystemResult], data: Path, *, pages: int) -> str:
    header = (f"{'':<{_W}} {'pages':>5}  {'micro':^20}   {'macro (page mean)':^20}\n"
              f"{'':<{_W}} {'':>5}  {'P':>6} {'R':>6} {'F1':>6}   {'P':>6} {'R':>6} {'F1':>6}")
    n_pages = results[0].overall.pages if results else 0
    domains = sorted({ps.page.domain for ps in results[0].scores}) if results else []
    out = [f"CleanPortalEval: {data}", f"{n_pages} pages, {len(domains)} domains; "
           "bag-of-tokens overlap with the gold text (lower-cased \\w+ tokens)", "",
           header + "  seconds"]
    for r in results:
        out.append(_row(r.name, r.overall, r.seconds))
    main = [r for r in results if r.name in (*SYSTEMS, KEPT)]
    for r in main:
        out += ["", f"{r.name} by domain", header]
        out += [_row(d, s) for d, s in r.by_domain().items()]
    for r in main:
        gold_empty = [ps for ps in r.scores if ps.counts.gold == 0]
        out += ["", f"{r.name}: nothing extracted from {len(r.empty)} page(s)"]
        for ps in r.empty:
            why = f" ({ps.error})" if ps.error else ""
            kind = "no article in the gold text" if ps.counts.gold == 0 else (
                f"missed {ps.counts.gold} gold tokens")
            out.append(f"  {ps.page.name}: {kind}{why}")
        for ps in gold_empty:
            if ps.counts.extracted:
                out.append(f"  (gold has no article, but {ps.counts.extracted} tokens were "
                           f"extracted from {ps.page.name})")
    if pages and results:
        r = results[0]
        out += ["", f"{r.name}: the {pages} lowest-F1 pages", f"{'page':<32} "
                f"{'P':>6} {'R':>6} {'F1':>6} {'extracted':>9} {'gold':>6}"]
        for ps in sorted(r.scores, key=lambda ps: (ps.counts.f1, ps.page.name))[:pages]:
            c = ps.counts
            out.append(f"{ps.page.name:<32} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} "
                       f"{c.extracted:>9} {c.gold:>6}")
    return "\n".join(out)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eval/cleanportal.py",
        description=(
            "Score newsdesk's HTML main-text extraction on CleanPortalEval: token-level "
            "precision, recall and F1 (bag-of-tokens overlap of lower-cased word tokens "
            "with the gold text), micro- and macro-averaged, overall and per domain, "
            "with baselines (trafilatura defaults; all visible text)."
        ),
        epilog=(
            "Exit status: 0 when newsdesk's micro F1 is at least --min-f1, 1 when it is "
            "below, 2 on a usage or data error. Results are written up in "
            "docs/EVALUATION.md."
        ),
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA,
        help="CleanPortalEval directory holding input/ and GoldStandard/ "
             "(default: ../shared/eval/cleanportal beside the repository: %(default)s)",
    )
    parser.add_argument("--json", action="store_true",
                        help="print the results as JSON (with per-page figures) instead of tables")
    parser.add_argument(
        "--min-f1", type=float, default=MIN_F1, metavar="F1",
        help="fail (exit 1) when newsdesk's micro F1 is below this (default: %(default)s)",
    )
    parser.add_argument("--no-baselines", action="store_true",
                        help="score newsdesk only (faster: skip trafilatura-defaults and "
                             "all-visible-text)")
    parser.add_argument("--ablation", action="store_true",
                        help="also score newsdesk's extraction with one choice changed at a "
                             "time (each line filter, trafilatura's options and fallbacks, "
                             "prune_xpath, drops by XML structure) and bare trafilatura with "
                             "one option changed")
    parser.add_argument("--kept", action="store_true",
                        help="also score the text newsdesk keeps after its cleaning stages "
                             "(read_html's text minus the removed spans)")
    parser.add_argument("--compare", type=Path, metavar="JSON",
                        help="set each page's F1 against a saved --json run (per system in "
                             "both) and list the pages that changed by more than --tolerance; "
                             "exit 1 when one got worse")
    parser.add_argument("--save-pages", type=Path, metavar="JSON",
                        help="write each page's F1 per system (the form --compare reads) to "
                             f"this file; {PINNED_PAGES.relative_to(REPO)} is the pinned one")
    parser.add_argument("--tolerance", type=float, default=PAGE_TOLERANCE, metavar="F1",
                        help="per-page F1 a page may lose in --compare (default: %(default)s)")
    parser.add_argument("--pages", type=int, default=10, metavar="N",
                        help="list newsdesk's N lowest-F1 pages (default: %(default)s; 0: none)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    systems = [NEWSDESK] if args.no_baselines else list(SYSTEMS)
    if args.kept:
        systems.insert(1, KEPT)
    if args.ablation:
        systems += ABLATION
    try:
        saved = json.loads(args.compare.read_text(encoding="utf-8")) if args.compare else None
        results = evaluate(args.data, systems)
    except (FileNotFoundError, json.JSONDecodeError) as exc:
        print(f"eval/cleanportal.py: {exc}", file=sys.stderr)
        return 2
    newsdesk = results[0].overall.micro.f1
    passed = newsdesk >= args.min_f1
    changes = compare(results, saved) if saved is not None else []
    if args.save_pages:
        args.save_pages.write_text(pages_json(results), encoding="utf-8")
    worse = [c for c in changes if c.delta < -args.tolerance]
    if args.json:
        print(json.dumps({
            "corpus": "CleanPortalEval",
            "data": str(args.data),
            "metric": "bag-of-tokens overlap, lower-cased \\w+ tokens",
            "gate": {"system": NEWSDESK, "micro_f1": round(newsdesk, 4),
                     "min_f1": args.min_f1, "passed": passed},
            "systems": {r.name: r.as_dict() for r in results},
            **({"compare": {
                "against": str(args.compare), "tolerance": args.tolerance,
                "worse": [vars(c) for c in worse],
                "better": [vars(c) for c in changes if c.delta > args.tolerance],
            }} if saved is not None else {}),
        }, indent=2))
    else:
        print(render(results, args.data, pages=args.pages))
        if saved is not None:
            print("\n" + render_compare(changes, args.compare, args.tolerance))
        verdict = "passes" if passed else "FAILS"
        print(f"\ngate: newsdesk micro F1 {newsdesk:.3f} {verdict} the minimum {args.min_f1}")
    return 0 if passed and not worse else 1


if __name__ == "__main__":
    sys.exit(main())
