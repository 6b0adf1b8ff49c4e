"""`search` and `show`: finding articles in the store and reading one."""

from __future__ import annotations

from typing import Any

import click
from rich.console import Console
from rich.text import Text

from ..article import Article
from ..report import segments, speaker_label
from ..search import Hit, SearchError, search
from ..terminal import safe_text
from .app import cli
from .common import EXIT_ERROR, EXIT_OK, db_option, open_existing
from .output import console, emit, format_options, jsonl_line, line, styled

SEARCH_COLUMNS = ("id", "published", "outlet", "title", "snippet")
STATEMENT_COLUMNS = ("id", "published", "outlet", "speaker", "direct", "start", "end", "snippet")


def _row(hit: Hit) -> dict[str, Any]:
    """A hit as the listing prints it: the matches in [brackets] (the
    snippet is article text: brackets in it are printed as they are)."""
    return {
        "id": hit.article_id, "published": hit.published, "outlet": hit.outlet,
        "title": hit.title, "snippet": hit.marked("[", "]"), "kind": hit.kind,
        "speaker": hit.speaker_name, "speaker_type": hit.speaker_type,
        "person_id": hit.person_id, "direct": hit.direct, "start": hit.start, "end": hit.end,
        "highlights": [list(h) for h in hit.highlights], "score": hit.score,
    }


def _search_hit(out: Console, h: dict[str, Any]) -> None:
    who = f"  {h['speaker'] or 'unknown speaker'}:" if h["kind"] == "statement" else ""
    out.print(line(f"{h['id']}  {h['published'] or '----------'}  {h['outlet'] or '-'}  "
                   f"{h['title'] or '(no headline)'}"))
    out.print(line(f"   {who} {h['snippet']}"))


@cli.command("search")
@click.argument("query", default="")
@db_option
@click.option("--statements", "kind", flag_value="statements",
              help="Search statements (what was said) instead of whole articles.")
@click.option("--speaker", metavar="NAME", default=None,
              help="Statements by a speaker whose name holds NAME (any case), e.g. Corbyn.")
@click.option("--person", "person_id", type=int, metavar="ID", default=None,
              help="Statements by the person with this id (see `newsdesk people --jsonl`).")
@click.option("--outlet", metavar="NAME", default=None, help="Only this outlet.")
@click.option("--since", metavar="DATE", default=None,
              help="Published on or after DATE (2017, 2017-02 or 2017-02-21).")
@click.option("--until", metavar="DATE", default=None,
              help="Published on or before DATE (2017, 2017-02 or 2017-02-21).")
@click.option("--story", "story_id", type=int, metavar="ID", default=None,
              help="Only articles of this story.")
@click.option("--flag", metavar="NAME", default=None,
              help="Only articles carrying this flag (e.g. stitched).")
@click.option("--direct", "direct_only", is_flag=True, help="Direct quotes only.")
@click.option("--limit", type=click.IntRange(min=1, max=1000), default=20, show_default=True,
              metavar="N", help="Most results to show.")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              metavar="N", help="Results to skip (the next page).")
@format_options(what="result")
def search_cmd(
    query: str, db: str, kind: str | None, speaker: str | None, person_id: int | None,
    outlet: str | None, since: str | None, until: str | None, story_id: int | None,
    flag: str | None, direct_only: bool, limit: int, offset: int, fmt: str | None,
) -> int:
    """Search articles or statements, ranked, with snippets.

    QUERY is words (all must occur), "a phrase", OR, NOT, prefix* (SQLite FTS5
    syntax); an ordinary query with hyphens, apostrophes, dots or a stray
    quote mark (stop-and-frisk, O'Neill, U.S.) never fails: it is searched
    as quoted words instead. Matching words are in [brackets]. Removed spam
    and boilerplate are not searched. "What did Corbyn say about nuclear
    power": `newsdesk search "nuclear power" --statements --speaker Corbyn`.
    With filters and no QUERY, lists what the filters select, newest first.
    """
    statements = kind == "statements" or bool(speaker or person_id or direct_only)
    with open_existing(db) as store:
        try:
            result = search(
                store, query, kind="statements" if statements else "articles",
                speaker=speaker, person_id=person_id, outlet=outlet, since=since, until=until,
                story_id=story_id, flag=flag, direct_only=direct_only, limit=limit,
                offset=offset,
            )
        except SearchError as exc:
            raise click.BadParameter(str(exc)) from None
    rows = [_row(h) for h in result.hits]
    emit(fmt, rows, STATEMENT_COLUMNS if statements else SEARCH_COLUMNS, _search_hit,
         f"of {result.total} result(s)")
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
