"""`stories`, `story` and `people`: the corpus as stories and people."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.text import Text

from ..corpus import queries
from ..corpus.update import update_corpus
from ..store import Store
from .app import cli
from .common import EXIT_ERROR, EXIT_OK, db_option, open_existing
from .output import console, emit, format_options, line, styled, write_csv, write_jsonl

STORY_COLUMNS = ("id", "title", "storyline", "storyline_title", "first_published",
                 "last_published", "n_articles", "outlets", "articles")
PEOPLE_COLUMNS = ("id", "name", "statements", "n_articles", "aliases", "roles", "outlets",
                  "articles")
PERSON_COLUMNS = ("person", "published", "outlet", "article_id", "title", "speaker_name",
                  "speaker_role", "direct", "copy_of", "content")
STORY_STATEMENT_COLUMNS = ("story", "speaker", "speaker_type", "direct", "text", "outlets",
                           "articles", "misquote")


def _story_line(out: Console, st: dict[str, Any]) -> None:
    dates = f"{st['first_published'] or '?'}..{st['last_published'] or '?'}"
    outlets = ", ".join(st["outlets"])[:30]
    out.print(line(f"{st['id']:>5}  line {st['storyline']:<4} {dates:<22} "
                   f"{st['n_articles']:>3} art.  {outlets:<30}  {st['title']}"))


@contextmanager
def open_current(db: str) -> Iterator[Store]:
    """The store with its corpus stages up to date (a read-only one as it is)."""
    with open_existing(db) as store:
        update_corpus(store)
        yield store


@cli.command("stories")
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="Most stories to list.")
@format_options(what="story")
def stories_cmd(db: str, limit: int | None, fmt: str | None) -> int:
    """List the stories of the store (articles grouped by event).

    A story is the articles about one event or development, grouped across
    outlets; its storyline links stories over time. --jsonl prints each story
    with its articles and brief (docs/CONTRACT.md); --csv one row per story.
    """
    with open_current(db) as store:
        rows = queries.stories(store, limit=limit)
    emit(fmt, rows, STORY_COLUMNS, _story_line, "story(ies)")
    return EXIT_OK


@cli.command("story")
@click.argument("story_id", metavar="ID", type=int)
@db_option
@format_options(what="statement (who said what)", jsonl_what="story, with everything in it")
def story_cmd(story_id: int, db: str, fmt: str | None) -> int:
    """Show one story: its brief, who said what, numbers, timeline.

    ID comes from `newsdesk stories`. Prints the brief (each sentence with
    its source articles), who said what across outlets (possible misquotes
    marked), the numbers in play (where outlets differ, with the basis on
    which their figures were compared: kind, unit, subject and how the
    subject matched) and the timeline. --jsonl prints the whole story as one
    object; --csv its statements, one row each.
    """
    with open_current(db) as store:
        st = queries.story(store, story_id)
    if st is None:
        console(stderr=True).print(line(f"no story {story_id} in {db}"))
        return EXIT_ERROR
    if fmt == "jsonl":
        write_jsonl([st])
    elif fmt == "csv":
        write_csv(_story_statements(st), STORY_STATEMENT_COLUMNS)
    else:
        _print_story(console(), st)
    return EXIT_OK


def _story_statements(st: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"story": st["id"], "speaker": who["speaker"], "speaker_type": who["speaker_type"],
         "direct": s["direct"], "text": s["text"],
         "outlets": sorted({x["outlet"] for x in s["sources"] if x["outlet"]}),
         "articles": [x["article"] for x in s["sources"]],
         "misquote": " ".join(s["misquote"]["diff"]) if s["misquote"] else None}
        for who in st["statements"] for s in who["statements"]
    ]


def _heading(out: Console, title: str) -> None:
    out.print()
    out.print(title, style="bold")


def _print_story(out: Console, st: dict[str, Any]) -> None:
    out.print(styled(st["title"], "bold", one_line=True))
    out.print(line((f"story {st['id']} · storyline {st['storyline']} "
                    f"({st['storyline_title']}) · {st['n_articles']} article(s) · "
                    f"{', '.join(st['outlets']) or 'unknown outlets'}", "dim")))
    _heading(out, "Brief")
    for s in st["brief"]:
        out.print(line(f"- {s['sentence']} ",
                       (f"[{', '.join(x[:8] for x in s['sources'])}]", "dim")))
    if st["statements"]:
        _heading(out, "Who said what")
    for who in st["statements"]:
        out.print(line((f"{who['speaker']} ({who['speaker_type']})", "cyan")))
        for s in who["statements"]:
            srcs = ", ".join(sorted({x["outlet"] or x["article"][:8] for x in s["sources"]}))
            out.print(line(f"   {s['text'][:200]}  [{srcs}]"))
            if s["misquote"]:
                out.print(line((f"   possible misquote: {' '.join(s['misquote']['diff'])}",
                                "red")))
    if st["numbers"]:
        _heading(out, "Numbers in play")
    for g in st["numbers"]:
        vals = "; ".join(c["text"] for c in g["claims"])
        mark = ""
        if g["differs"]:  # a brief stored before groups had a basis has none
            basis = (g.get("basis") or {}).get("summary")
            mark = f"  (sources differ; compared as {basis})" if basis else "  (sources differ)"
        out.print(line(f"   {g['kind']} {g['subject'] or ''}: {vals}{mark}"))
    if st["timeline"]:
        _heading(out, "Timeline")
    for t in st["timeline"]:
        out.print(line(f"   {t['date']}  {t['sentence'][:160]}"))


def _person_line(out: Console, p: dict[str, Any]) -> None:
    roles = "; ".join(r["role"] for r in p["roles"])
    out.print(line(f"{p['name']:<28} {p['statements']:>4} stmt  {p['n_articles']:>4} art.  "
                   f"{', '.join(p['aliases'][:4])}" + (f"  [{roles}]" if roles else "")))


@cli.command("people")
@click.argument("name", required=False, default=None)
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="Most people to list.")
@format_options(what="person (with NAME: one statement)")
def people_cmd(name: str | None, db: str, limit: int | None, fmt: str | None) -> int:
    """List the people of the corpus, or one person's statements.

    One person per real person across articles and outlets: the names they go
    by, the roles stated with them, their articles and how many statements
    they made (copies counted once). Anonymous sources are never merged into
    people. With NAME (a name or alias, any case), that person's statements
    across articles and outlets, with date and outlet.
    """
    if name:
        return _person(name, db, fmt)
    with open_current(db) as store:
        rows = queries.people(store, limit=limit)
    emit(fmt, rows, PEOPLE_COLUMNS, _person_line, "person(s)")
    return EXIT_OK


def _person(name: str, db: str, fmt: str | None) -> int:
    """One person's page: names, roles, then every statement with its outlet and date."""
    wanted = " ".join(name.split()).casefold()
    with open_current(db) as store:
        found = [p for p in queries.people(store)
                 if wanted in {p["name"].casefold(), *(a.casefold() for a in p["aliases"])}]
        statements = {p["id"]: queries.person_statements(store, p["id"]) for p in found}
    if not found:
        console(stderr=True).print(
            line(f"no person called {name!r} in {db} (`newsdesk people` lists them)"))
        return EXIT_ERROR
    if fmt == "jsonl":
        write_jsonl([{**p, "statement_rows": statements[p["id"]]} for p in found])
    elif fmt == "csv":
        write_csv([{**r, "person": p["name"]} for p in found for r in statements[p["id"]]],
                  PERSON_COLUMNS)
    else:
        out = console()
        for p in found:
            _print_person(out, p, statements[p["id"]])
    return EXIT_OK


def _print_person(out: Console, p: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    roles = "; ".join(r["role"] for r in p["roles"])
    out.print(styled(p["name"], "bold", one_line=True))
    out.print(line((f"also: {', '.join(p['aliases']) or '-'}"
                    + (f"  roles: {roles}" if roles else "")
                    + f"  · {p['n_articles']} article(s) · {', '.join(p['outlets']) or '-'}",
                    "dim")))
    for r in rows:
        where = f"{r['published'] or 'no date'} · {r['outlet'] or 'unknown outlet'}"
        copy = " (copy)" if r["copy_of"] else ""
        said = " ".join(str(r["content"]).split())
        said = said if len(said) < 300 else said[:299] + "…"
        out.print(Text.assemble(
            line((f"  {where}{copy} · {r['article_id'][:8]}: ", "cyan")), styled(said)))
