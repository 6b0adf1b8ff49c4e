"""`newsdesk show`: the article text with removed spans marked and every
statement's words highlighted, followed by who said them."""

from __future__ import annotations

from rich.console import Console

from newsdesk.article import Article, Removed
from newsdesk.cli import highlighted


def _article() -> Article:
    text = 'Spam line\nMr Lee said: "We will reopen the bridge," and "soon". Done [x].'
    first = (text.index('"We'), text.index('," and') + 2)
    second = (text.index('"soon"'), text.index('"soon"') + 6)
    quote = {"content": [list(first), list(second)], "cue": None, "speaker": None,
             "speaker_name": "Ann Lee", "speaker_type": "person", "speaker_role": None,
             "direct": True}
    return Article(text=text, source="a.txt", quotes=[quote],
                   removed=[Removed(0, 9, "spam", "test")])


def _render(article: Article) -> str:
    console = Console(width=200, record=True, color_system=None)
    console.print(highlighted(article))
    return console.export_text()


def test_the_speaker_follows_the_last_piece_of_a_statement() -> None:
    out = _render(_article())
    assert out.count("[Ann Lee]") == 1
    assert '"soon" [Ann Lee]' in out
    assert "[spam: Spam line]" in out


def test_statement_words_are_styled_and_markup_in_the_text_is_literal() -> None:
    article = _article()
    text = highlighted(article)
    styled = [article.text[s:e] for s, e in article.quotes[0]["content"]]
    spans = [text.plain[sp.start:sp.end] for sp in text.spans if sp.style == "yellow"]
    assert spans == styled
    assert "Done [x]." in _render(article)  # rich markup in article text is not interpreted
