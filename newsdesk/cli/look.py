"""`search` and `show`: finding articles in the store and reading one."""

from __future__ import annotations

from typing import Any

import click
from rich.console import Console
from rich.text import Text

from ..article import Article
from ..report import segments, speaker_label
from ..terminal import safe_text
from .app import cli
from .common import EXIT_ERROR, EXIT_OK, db_option, open_existing
from .output import console, emit, format_options, jsonl_line, line, styled

SEARCH_COLUMNS = ("id", "published", "outlet", "title", "snippet")


def _search_hit(out: Console, h: dict[str, Any]) -> None:
    out.print(line(f"{h['id']}  {h['published'] or '----------'}  {h['outlet'] or '-'}  "
                   f"{h['title'] or '(no headline)'}"))
    out.print(line(f"    {h['snippet']}"))


@cli.command("search")
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, metavar="N",
              help="Most results to show.")
@format_options(what="result")
def search_cmd(query: str, db: str, limit: int, fmt: str | None) -> int:
    """Full-text search of headlines and cleaned text.

    QUERY uses SQLite FTS5 syntax: words (all must occur), "a phrase", OR,
    NOT, prefix*. Results come best first, each with a snippet in which the
    matching words are in [brackets]. Removed spam and boilerplate are not
    searched.
    """
    with open_existing(db) as store:
        hits = store.search(query, limit=limit)
    emit(fmt, hits, SEARCH_COLUMNS, _search_hit, "result(s)")
    return EXIT_OK


@cli.command("show")
@click.argument("article_id", metavar="ID")
@db_option
@click.option("--jsonl", is_flag=True, help="Print the article as one contract JSON object.")
def show_cmd(article_id: str, db: str, jsonl: bool) -> int:
    """Show one stored article with what was removed and flagged.

    ID is an article id or a unique prefix of at least 4 characters. The text
    is printed with removed spans struck through with their reason, each
    flag explained, each statement highlighted and followed by its speaker,
    then the list of statements.
    """
    with open_existing(db) as store:
        article = store.get(article_id)
    if article is None:
        console(stderr=True).print(line(f"no article with id {article_id!r} in {db}"))
        return EXIT_ERROR
    if jsonl:
        click.echo(jsonl_line(article.to_json()))
        return EXIT_OK
    _print_article(console(), article)
    return EXIT_OK


def _print_article(out: Console, article: Article) -> None:
    out.print(styled(article.title or "(no headline)", "bold", one_line=True))
    out.print(line((f"{article.id} · {article.outlet or 'unknown outlet'} · "
                    f"{article.published or 'no date'} · {article.source}", "dim")))
    for f in article.flags:
        out.print(Text.assemble((f"flag {f.name} {f.score:.2f}", "red"), ": ",
                                styled(f.explanation)))
    out.print()
    out.print(highlighted(article))
    if article.quotes:
        out.print()
        out.print(f"{len(article.quotes)} statement(s)", style="bold")
        for q in article.quotes:
            said = " … ".join(article.text[s:e] for s, e in q["content"])
            role = q.get("speaker_role")
            same = role and role.lower().removeprefix("the ") in speaker_label(q).lower()
            who = speaker_label(q) + (f", {role}" if role and not same else "")
            said = said if len(said) < 300 else said[:299] + "…"
            out.print(Text.assemble(styled(who, "cyan", one_line=True), ": ", styled(said)))


def highlighted(article: Article) -> Text:
    """The article text for a terminal: removed spans struck through with
    their reason, each statement's words highlighted and followed by its
    speaker (after the statement's last piece). Text is never markup, and
    control characters are shown as escapes (newsdesk.terminal)."""
    last_piece = {id(q): max(e for _, e in q["content"]) for q in article.quotes}
    text = Text()
    pos = 0
    for seg in segments(article):
        pos += len(seg.text)
        if seg.removed is not None:
            text.append(f"[{seg.removed.reason}: ", style="bold red")
            text.append(safe_text(seg.text), style="strike dim")
            text.append("]", style="bold red")
        elif seg.quote is not None:
            text.append(safe_text(seg.text), style="yellow")
            if pos >= last_piece[id(seg.quote)]:
                text.append(f" [{safe_text(speaker_label(seg.quote))}]", style="bold cyan")
        else:
            text.append(safe_text(seg.text))
    return text
