"""The `newsdesk` command: each subcommand parses options, calls one library
function and prints. Exit codes: 0 all went well, 1 some inputs failed (the
rest was processed), 2 the command could not run (bad options, bad store)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from . import __version__
from .article import Article
from .config import SETTINGS, Options
from .corpus import queries
from .corpus.update import update_corpus
from .errors import NewsdeskError
from .read import KNOWN_SUFFIXES
from .report import segments, speaker_label, write_report
from .runner import Problem, analyze, extract
from .store import Store

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2


def _setting_help(name: str) -> str:
    s = next(s for s in SETTINGS if s.name == name)
    return f"{s.help} (default: {s.default})"


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="+", metavar="PATH",
        help=f"files or directories (walked recursively); types: {' '.join(KNOWN_SUFFIXES)}",
    )
    p.add_argument("--max-bytes", type=int, default=None, help=_setting_help("max_bytes"))
    p.add_argument("--encoding", default=None, help=_setting_help("encoding"))
    p.add_argument("--workers", type=int, default=None, help=_setting_help("workers"))
    p.add_argument("--anchor-date", metavar="YYYY-MM-DD", type=_iso_date, default=None,
                   help=_setting_help("anchor_date"))


def _options(args: argparse.Namespace) -> Options:
    return Options().with_(
        max_bytes=args.max_bytes,
        encoding=args.encoding,
        workers=args.workers,
        batch_size=getattr(args, "batch_size", None),
        anchor_date=args.anchor_date,
    )


def _iso_date(value: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="Turn scraped news into a clean, searchable, attributed record.",
        epilog="Exit codes: 0 success, 1 some inputs failed (the rest was processed), "
        "2 the command could not run. Docs: README.md and docs/.",
    )
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "analyze", help="read, clean, flag and store articles; write a report",
        description="Read every article under PATH..., remove spam and boilerplate (as spans), "
        "flag bad pages, find who said what (quotes, reported speech, speakers) and the "
        "people and organisations named, store everything in an SQLite file and print a "
        "summary. Articles already in the store are skipped, so re-running resumes an "
        "interrupted run.",
    )
    _add_input_options(p)
    p.add_argument("--db", default="newsdesk.db", help="store file (default: newsdesk.db)")
    p.add_argument("--report", metavar="FILE", help="also write a self-contained HTML report")
    p.add_argument("--batch-size", type=int, default=None, help=_setting_help("batch_size"))
    p.add_argument("--quiet", action="store_true", help="no progress bar, no summary")

    p = sub.add_parser(
        "extract", help="print one JSON object per article (no store)",
        description="Run the pipeline and print each article as one JSON object per line on "
        "stdout (the v1 contract in docs/CONTRACT.md). Problems go to stderr.",
    )
    _add_input_options(p)
    p.add_argument(
        "--jsonl", action="store_true", help="JSON Lines output (the default and only format)"
    )

    p = sub.add_parser("search", help="full-text search of the store",
                       description="Search headlines and cleaned text (SQLite FTS5 syntax).")
    p.add_argument("query", help='words, "a phrase", OR, NOT, prefix*')
    p.add_argument("--db", default="newsdesk.db", help="store file (default: newsdesk.db)")
    p.add_argument("--limit", type=int, default=20, help="most results to show (default: 20)")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per result")

    p = sub.add_parser("show", help="show one stored article with what was removed and flagged")
    p.add_argument("id", help="article id (or a unique prefix of at least 4 characters)")
    p.add_argument("--db", default="newsdesk.db", help="store file (default: newsdesk.db)")
    p.add_argument("--jsonl", action="store_true", help="print the article as contract JSON")

    p = sub.add_parser(
        "stories", help="list the stories of the store (articles grouped by event)",
        description="List stories: articles about one event or development, grouped across "
        "outlets, with their storyline (stories linked over time). --jsonl prints one object "
        "per story with its articles and brief (docs/CONTRACT.md).",
    )
    p.add_argument("--db", default="newsdesk.db", help="store file (default: newsdesk.db)")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per story")
    p.add_argument("--limit", type=int, default=None, help="most stories to list")

    p = sub.add_parser(
        "story", help="show one story: its brief, who said what, numbers, timeline",
        description="Print a story's brief (each sentence with its source articles), who said "
        "what across outlets (possible misquotes marked), the numbers in play (where outlets "
        "differ, with the basis on which their figures were compared: kind, unit, subject "
        "and how the subject matched) and its timeline.",
    )
    p.add_argument("id", type=int, help="story id (from `newsdesk stories`)")
    p.add_argument("--db", default="newsdesk.db", help="store file (default: newsdesk.db)")
    p.add_argument("--jsonl", action="store_true", help="print the story as one JSON object")

    p = sub.add_parser(
        "people", help="list the people of the corpus, with aliases, roles and statements",
        description="One person per real person across articles and outlets: the names they "
        "go by, the roles stated with them, their articles and how many statements they made "
        "(copies counted once). Anonymous sources are never merged into people.",
    )
    p.add_argument("--db", default="newsdesk.db", help="store file (default: newsdesk.db)")
    p.add_argument("name", nargs="?", default=None,
                   help="show this person's statements across articles and outlets (a name "
                   "or alias, any case; without it, list everyone)")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per person")
    p.add_argument("--limit", type=int, default=None, help="most people to list")

    p = sub.add_parser("report", help="write the HTML report for a store")
    p.add_argument("--db", default="newsdesk.db", help="store file (default: newsdesk.db)")
    p.add_argument(
        "-o", "--output", default="report.html", help="report file (default: report.html)"
    )
    p.add_argument("--max-articles", type=int, default=500,
                   help="articles shown in full (default: 500)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        if args.command == "analyze":
            return _analyze(args, err)
        if args.command == "extract":
            return _extract(args, sys.stdout, err)
        if args.command == "search":
            return _search(args)
        if args.command == "show":
            return _show(args, err)
        if args.command == "report":
            return _report(args, err)
        if args.command == "stories":
            return _stories(args)
        if args.command == "story":
            return _story(args, err)
        if args.command == "people":
            return _person(args, err) if args.name else _people(args)
    except NewsdeskError as exc:
        err.print(f"[bold red]error:[/] {exc}", markup=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.print("interrupted: stored batches are kept; run the same command to resume")
        return 130
    return EXIT_ERROR


def _open_existing(db: str) -> Store:
    if db != ":memory:" and not Path(db).exists():
        raise NewsdeskError(f"no store at {db}: create one with `newsdesk analyze PATH --db {db}`")
    return Store(db)


def _print_problems(problems: Sequence[Problem], err: Console) -> None:
    if problems:
        err.print(f"[bold red]{len(problems)} input(s) failed:[/]")
        for p in problems:
            err.print(f"  {p}", markup=False)


def _analyze(args: argparse.Namespace, err: Console) -> int:
    options = _options(args)
    with Store(args.db) as store:
        show = not args.quiet and err.is_terminal
        with Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[failed]} failed"), TimeElapsedColumn(),
            console=err, disable=not show, transient=True,
        ) as bar:
            task = bar.add_task("analyzing", total=None, failed=0)
            linking = bar.add_task("linking stories", total=None, failed=0)
            summary = analyze(
                args.paths, store, options,
                progress=lambda done, failed: bar.update(task, completed=done, failed=failed),
                corpus_progress=lambda done, total: bar.update(
                    linking, completed=done, total=total),
            )
        stats = store.stats()
        if args.report:
            write_report(store, args.report)
    if not args.quiet:
        out = Console(highlight=False)
        out.print(
            f"{summary.added} article(s) added, {summary.skipped} already stored, "
            f"{summary.failed} failed; the store {args.db} holds {stats['articles']}."
        )
        corpus = summary.corpus
        out.print(
            f"  stories: {corpus.new_stories} new, {len(corpus.touched_stories)} updated; "
            f"near-duplicates found: {corpus.copies}"
        )
        for f in stats["flags"]:
            out.print(f"  flagged {f['name']}: {f['n']}")
        for r in stats["removed"]:
            out.print(f"  removed as {r['reason']}: {r['n']} span(s), {r['chars']} chars")
        if args.report:
            out.print(f"report: {args.report}")
    _print_problems(summary.problems, err)
    return EXIT_PARTIAL if summary.problems else EXIT_OK


def _extract(args: argparse.Namespace, out: TextIO, err: Console) -> int:
    problems: list[Problem] = []
    for item in extract(args.paths, _options(args)):
        if isinstance(item, Article):
            out.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
        else:
            problems.append(item)
            err.print(f"{item}", markup=False)
    out.flush()
    return EXIT_PARTIAL if problems else EXIT_OK


def _search(args: argparse.Namespace) -> int:
    with _open_existing(args.db) as store:
        hits = store.search(args.query, limit=args.limit)
    out = Console(highlight=False)
    for h in hits:
        if args.jsonl:
            print(json.dumps(h, ensure_ascii=False))
        else:
            out.print(f"{h['id']}  {h['published'] or '----------'}  {h['outlet'] or '-'}  "
                      f"{h['title'] or '(no headline)'}", markup=False)
            out.print(f"    {h['snippet']}", markup=False)
    if not args.jsonl:
        out.print(f"{len(hits)} result(s)", style="dim")
    return EXIT_OK


def _show(args: argparse.Namespace, err: Console) -> int:
    with _open_existing(args.db) as store:
        article = store.get(args.id)
    if article is None:
        err.print(f"no article with id {args.id!r} in {args.db}", markup=False)
        return EXIT_ERROR
    if args.jsonl:
        print(json.dumps(article.to_json(), ensure_ascii=False))
        return EXIT_OK
    out = Console(highlight=False)
    out.print(f"[bold]{article.title or '(no headline)'}[/]")
    out.print(f"{article.id} · {article.outlet or 'unknown outlet'} · "
              f"{article.published or 'no date'} · {article.source}", markup=False, style="dim")
    for f in article.flags:
        out.print(f"[red]flag {f.name} {f.score:.2f}[/]: ", end="")
        out.print(f.explanation, markup=False)
    out.print()
    out.print(highlighted(article))
    if article.quotes:
        out.print(f"\n[bold]{len(article.quotes)} statement(s)[/]")
        for q in article.quotes:
            said = " … ".join(article.text[s:e] for s, e in q["content"])
            role = q.get("speaker_role")
            same = role and role.lower().removeprefix("the ") in speaker_label(q).lower()
            who = speaker_label(q) + (f", {role}" if role and not same else "")
            out.print(f"[cyan]{who}[/]: ", end="")
            out.print(said if len(said) < 300 else said[:299] + "…", markup=False)
    return EXIT_OK


def highlighted(article: Article) -> Text:
    """The article text for a terminal: removed spans struck through with
    their reason, each statement's words highlighted and followed by its
    speaker (after the statement's last piece)."""
    last_piece = {id(q): max(e for _, e in q["content"]) for q in article.quotes}
    text = Text()
    pos = 0
    for seg in segments(article):
        pos += len(seg.text)
        if seg.removed is not None:
            text.append(f"[{seg.removed.reason}: ", style="bold red")
            text.append(seg.text, style="strike dim")
            text.append("]", style="bold red")
        elif seg.quote is not None:
            text.append(seg.text, style="yellow")
            if pos >= last_piece[id(seg.quote)]:
                text.append(f" [{speaker_label(seg.quote)}]", style="bold cyan")
        else:
            text.append(seg.text)
    return text


def _report(args: argparse.Namespace, err: Console) -> int:
    with _open_existing(args.db) as store:
        path = write_report(store, args.output, max_articles=args.max_articles)
    err.print(f"report: {path}", markup=False)
    return EXIT_OK


def _stories(args: argparse.Namespace) -> int:
    with _open_existing(args.db) as store:
        update_corpus(store)
        rows = queries.stories(store, limit=args.limit)
    out = Console(highlight=False)
    for st in rows:
        if args.jsonl:
            print(json.dumps(st, ensure_ascii=False))
            continue
        dates = f"{st['first_published'] or '?'}..{st['last_published'] or '?'}"
        out.print(
            f"{st['id']:>5}  line {st['storyline']:<4} {dates:<22} "
            f"{st['n_articles']:>3} art.  {', '.join(st['outlets'])[:30]:<30}  {st['title']}",
            markup=False,
        )
    if not args.jsonl:
        out.print(f"{len(rows)} story(ies)", style="dim")
    return EXIT_OK


def _story(args: argparse.Namespace, err: Console) -> int:
    with _open_existing(args.db) as store:
        update_corpus(store)
        st = queries.story(store, args.id)
    if st is None:
        err.print(f"no story {args.id} in {args.db}", markup=False)
        return EXIT_ERROR
    if args.jsonl:
        print(json.dumps(st, ensure_ascii=False))
        return EXIT_OK
    out = Console(highlight=False)
    out.print(Text(st["title"], style="bold"))
    out.print(f"story {st['id']} · storyline {st['storyline']} ({st['storyline_title']}) · "
              f"{st['n_articles']} article(s) · {', '.join(st['outlets']) or 'unknown outlets'}",
              markup=False, style="dim")
    out.print("\n[bold]Brief[/]")
    for s in st["brief"]:
        out.print(f"- {s['sentence']} ", markup=False, end="")
        out.print(f"[{', '.join(x[:8] for x in s['sources'])}]", markup=False, style="dim")
    if st["statements"]:
        out.print("\n[bold]Who said what[/]")
    for who in st["statements"]:
        out.print(Text(f"{who['speaker']} ({who['speaker_type']})", style="cyan"))
        for s in who["statements"]:
            srcs = ", ".join(sorted({x["outlet"] or x["article"][:8] for x in s["sources"]}))
            out.print(f"   {s['text'][:200]}  [{srcs}]", markup=False)
            if s["misquote"]:
                out.print(f"   possible misquote: {' '.join(s['misquote']['diff'])}",
                          markup=False, style="red")
    if st["numbers"]:
        out.print("\n[bold]Numbers in play[/]")
    for g in st["numbers"]:
        vals = "; ".join(c["text"] for c in g["claims"])
        mark = ""
        if g["differs"]:  # a brief stored before groups had a basis has none
            basis = (g.get("basis") or {}).get("summary")
            mark = f"  (sources differ; compared as {basis})" if basis else "  (sources differ)"
        out.print(f"   {g['kind']} {g['subject'] or ''}: {vals}{mark}", markup=False)
    if st["timeline"]:
        out.print("\n[bold]Timeline[/]")
    for t in st["timeline"]:
        out.print(f"   {t['date']}  {t['sentence'][:160]}", markup=False)
    return EXIT_OK


def _people(args: argparse.Namespace) -> int:
    with _open_existing(args.db) as store:
        update_corpus(store)
        rows = queries.people(store, limit=args.limit)
    out = Console(highlight=False)
    for p in rows:
        if args.jsonl:
            print(json.dumps(p, ensure_ascii=False))
            continue
        roles = "; ".join(r["role"] for r in p["roles"])
        out.print(f"{p['name']:<28} {p['statements']:>4} stmt  {p['n_articles']:>4} art.  "
                  f"{', '.join(p['aliases'][:4])}" + (f"  [{roles}]" if roles else ""),
                  markup=False)
    if not args.jsonl:
        out.print(f"{len(rows)} person(s)", style="dim")
    return EXIT_OK


def _person(args: argparse.Namespace, err: Console) -> int:
    """One person's page: names, roles, then every statement with its outlet and date."""
    wanted = " ".join(args.name.split()).casefold()
    with _open_existing(args.db) as store:
        update_corpus(store)
        found = [p for p in queries.people(store)
                 if wanted in {p["name"].casefold(), *(a.casefold() for a in p["aliases"])}]
        if not found:
            err.print(f"no person called {args.name!r} in {args.db} "
                      f"(`newsdesk people` lists them)", markup=False)
            return EXIT_ERROR
        statements = {p["id"]: queries.person_statements(store, p["id"]) for p in found}
    out = Console(highlight=False)
    for p in found:
        rows = statements[p["id"]]
        if args.jsonl:
            print(json.dumps({**p, "statement_rows": rows}, ensure_ascii=False))
            continue
        roles = "; ".join(r["role"] for r in p["roles"])
        out.print(f"{p['name']}", style="bold", markup=False)
        out.print(f"also: {', '.join(p['aliases']) or '-'}" + (f"  roles: {roles}" if roles else "")
                  + f"  · {p['n_articles']} article(s) · {', '.join(p['outlets']) or '-'}",
                  style="dim", markup=False)
        for r in rows:
            where = f"{r['published'] or 'no date'} · {r['outlet'] or 'unknown outlet'}"
            copy = " (copy)" if r["copy_of"] else ""
            said = " ".join(str(r["content"]).split())
            out.print(f"  {where}{copy} · {r['article_id'][:8]}: ", end="", style="cyan",
                      markup=False)
            out.print(said if len(said) < 300 else said[:299] + "…", markup=False)
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
