"""Line filters on the main text trafilatura extracts from an HTML page.

trafilatura judges blocks of the page; some furniture still comes through as
whole lines of its text. Each filter here judges one extracted line and says
whether it is not article text (the line is then left out of
`Article.text`, as trafilatura leaves out what it judges boilerplate):

- **link text**: a line whose words are (almost) all inside `<a>` elements of
  the page — "Read more", related-story headlines, "Continue reading the main
  story", contact links. The share of a block's text inside links is the
  classic boilerplate signal (Kohlschütter et al. 2010, *Boilerplate
  Detection using Shallow Text Features*); the words of a line are looked up
  in the page's own elements, so the share is the one the page gives.
- **teaser**: a line that is a teaser card of another story — a heading
  link with its summary, or the summary beside such a link — unless the link
  is the page's own headline.
- **timestamp**: a line that is only a date or time with a label ("5 April
  2013 Last updated at 10:08 GMT", "Posted on March 3, 2021") above or below
  the body, which reads as no sentence and puts a time before the headline.
- **markup**: a line that is HTML source shown as text (an embed code such
  as `<iframe src=...></iframe>` in a "share this video" box).

Each filter was measured on CleanPortalEval and read on the 132 real pages of
`../shared/corpus/web-pages/` (docs/EVALUATION.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..stamps import is_timestamp

if TYPE_CHECKING:
    from lxml.html import HtmlElement  # type: ignore[import-untyped]

_WORD = re.compile(r"\w+")

#: Elements whose text a browser does not show.
_HIDDEN = frozenset({"script", "style", "template", "textarea", "head", "title"})
#: Elements that start a line of their own when a browser shows them.
_BLOCKS = frozenset(
    "p div li dd dt td th h1 h2 h3 h4 h5 h6 blockquote figcaption caption section article "
    "header footer aside nav figure address center ul ol dl table tr main body pre".split()
)
_APART = _BLOCKS | {"br", "hr", "img"}
#: Texts longer than this (characters) are no single line of main text: they
#: are not indexed, which keeps the index linear in the page's size.
_MAX_BLOCK_CHARS = 4000
#: A teaser card (headline link and summary) has at most this many words...
_TEASER_MAX_WORDS = 100
#: ...at least this many of them beside the summary...
_TEASER_MIN_LINK_WORDS = 2
#: ...and this share of those in links.
_TEASER_LINK_SHARE = 0.9


def key(text: str) -> str:
    """A line's words, lower-cased and space-joined: what the page and the
    extracted text agree on whatever their spacing and punctuation."""
    return " ".join(_WORD.findall(text.casefold()))


# --- link text and teasers ----------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    """What an element shows: its text (None when longer than a line can be)
    and the words of it inside links."""

    text: str | None
    linked: str


@dataclass(frozen=True)
class _Block:
    """One block of the page as a line would show it."""

    #: Share of its words inside links.
    share: float
    #: When it is (or is the summary in) a teaser card: the words of the card's
    #: link, else None.
    card_link: str | None


#: The page's text nodes outside links (as `_is_link` has them) and hidden elements.
_UNLINKED_TEXT = (
    "//body//text()[not(ancestor::a[@href and not(starts-with(normalize-space(@href), '#'))"
    " and not(starts-with(normalize-space(@href), 'javascript:'))])"
    " and not(ancestor::script) and not(ancestor::style) and not(ancestor::template)"
    " and not(ancestor::textarea)]"
)


def _is_link(el: HtmlElement) -> bool:
    """An `<a>` that leads elsewhere: not an anchor, an in-page jump (a table
    of contents, an accordion's toggle) or a script."""
    href = (el.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:"))


class PageLinks:
    """The page's blocks by their words (`key`): how much of each is link text,
    and whether it is a teaser — the summary beside a link to another page
    (a related story's headline) and nothing else.

    Inline elements count within their block, never alone: a link inside a
    sentence is no line of its own, even where the extracted text breaks the
    sentence around it. When several blocks show the same words, a line is link
    text (or a teaser) only if every block it could come from is.
    """

    def __init__(self, root: HtmlElement, lines: Iterable[str] | None = None) -> None:
        """`lines`: the only lines that will be asked about (when given, blocks
        that cannot show one are not indexed, which saves most of the work)."""
        # Every word the page shows outside links, in order: a line found here
        # may be a piece of a sentence that merely holds a link.
        self._unlinked = f" {key(' '.join(root.xpath(_UNLINKED_TEXT)))} "
        self._shown: dict[object, _Text] = {}
        # Children before parents (reversed document order), without recursion:
        # real pages nest deeper than Python's recursion limit.
        elements = list(root.iter())
        for el in reversed(elements):
            self._shown[el] = self._text_of(el, self._shown)
        # A block can show a line only if it starts with the line's first word.
        firsts = None
        if lines is not None:
            firsts = {m.group().casefold() for ln in lines if (m := _WORD.search(ln))}
        self._elements: dict[str, list[HtmlElement]] = {}
        for el in elements:
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            text = self._shown[el].text
            if tag not in _BLOCKS or not text:
                continue
            if firsts is not None:
                first = _WORD.search(text)
                if first is None or first.group().casefold() not in firsts:
                    continue
            if words := key(text):
                self._elements.setdefault(words, []).append(el)
        self._blocks: dict[str, list[_Block]] = {}

    def _blocks_of(self, line: str) -> list[_Block]:
        """The blocks that show exactly the words of `line` (judged when a line
        asks: most blocks of a page are never a line of its main text)."""
        words = key(line)
        if words not in self._blocks:
            self._blocks[words] = [
                self._block(el, words, self._shown) for el in self._elements.get(words, [])
            ]
        return self._blocks[words]

    @staticmethod
    def _text_of(el: HtmlElement, shown: dict[object, _Text]) -> _Text:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _HIDDEN:
            return _Text("", "")  # comments and hidden elements show nothing
        parts: list[str] = [el.text or ""]
        linked: list[str] = []
        for child in el:
            sub = shown[child]
            if sub.text is None:
                return _Text(None, "")  # longer than any line: neither text nor links kept
            # A block (or a line break) starts a line of its own: words either side stay apart.
            if isinstance(child.tag, str) and child.tag.lower() in _APART:
                parts += [" ", sub.text, " ", child.tail or ""]
            else:
                parts += [sub.text, child.tail or ""]
            if sub.linked:
                linked.append(sub.linked)
        text = "".join(parts)
        if len(text) > _MAX_BLOCK_CHARS:
            return _Text(None, "")
        if tag == "a" and _is_link(el):
            return _Text(text, text)
        return _Text(text, " ".join(linked))

    @staticmethod
    def _block(el: HtmlElement, words: str, shown: dict[object, _Text]) -> _Block:
        n = len(words.split())
        linked = key(shown[el].linked)
        return _Block(len(linked.split()) / n, PageLinks._card_link(el, n, shown))

    @staticmethod
    def _card_link(el: HtmlElement, n: int, shown: dict[object, _Text]) -> str | None:
        """The words of the link that makes `el` (of `n` words) a teaser card,
        or the summary in one: a small element whose other words are a link
        (a list item of a heading link and a summary; a summary beside a
        heading link). None when it is no such thing."""
        if n <= _TEASER_MAX_WORDS:
            # The block holds a block that is all link, and a summary that is not.
            for sub in el.iterdescendants():
                tag = sub.tag.lower() if isinstance(sub.tag, str) else ""
                text = key(shown[sub].text or "") if tag in _BLOCKS else ""
                if len(text.split()) >= _TEASER_MIN_LINK_WORDS and key(shown[sub].linked) == text:
                    rest = n - len(text.split())
                    rest_linked = len(key(shown[el].linked).split()) - len(text.split())
                    if rest > 0 and rest_linked < 0.5 * rest:
                        return text
                    break
        # The block sits in a small element whose other words are (almost) all link.
        own_linked = len(key(shown[el].linked).split())
        parent = el.getparent()
        while parent is not None:
            shown_text = shown[parent].text
            if shown_text is None:
                return None
            around = len(key(shown_text).split())
            if around > n:
                if around > _TEASER_MAX_WORDS:
                    return None
                rest = around - n
                parent_linked = key(shown[parent].linked)
                rest_linked = len(parent_linked.split()) - own_linked
                if rest >= _TEASER_MIN_LINK_WORDS and rest_linked >= _TEASER_LINK_SHARE * rest:
                    return parent_linked
                return None
            parent = parent.getparent()
        return None

    def link_share(self, line: str) -> float | None:
        """The lowest share of link words among the blocks that show `line`;
        None when no block shows exactly its words, and 0 when the page also
        shows them outside links (then the line may be a piece of a longer
        sentence, or a repeat that is no link)."""
        words = key(line)
        blocks = self._blocks_of(line)
        if not blocks:
            return None
        if f" {words} " in self._unlinked:
            return 0.0
        return min(b.share for b in blocks)

    def is_teaser(self, line: str, *, headline: str | None = None) -> bool:
        """True when every block that shows `line` is a teaser card or the
        summary in one — beside a link to another page's headline — unless that
        link is the page's own headline (a short post under its title)."""
        blocks = self._blocks_of(line)
        if not blocks:
            return False
        own = f" {key(headline)} " if headline else None
        return all(
            b.card_link is not None
            and b.share < _TEASER_LINK_SHARE  # a summary, not a link itself (that is link text)
            and not (own and own in f" {b.card_link} ")
            for b in blocks
        )


# --- timestamps: newsdesk.stamps.is_timestamp, kept here as a filter ----------------------

#: A line of prose: the body starts at the first and ends at the last.
_PROSE_WORDS = 10


# --- markup shown as text ------------------------------------------------------------------

#: An HTML tag as page source shows it: a known element name, then attributes
#: or the end of the tag. `<year>` or `<stdin>` in a code example is not one.
_TAG = re.compile(
    r"</?(?:iframe|script|embed|object|param|video|audio|source|img|div|span|p|a|br|hr|"
    r"blockquote|figure|figcaption|ins|noscript|style|link|meta|table|tr|td|ul|li|h[1-6])"
    r"(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*\s*/?>",
    re.I,
)


def is_markup(line: str) -> bool:
    """True when `line` holds HTML tags and no words outside them."""
    if not _TAG.search(line):
        return False
    return not _WORD.search(_TAG.sub(" ", line))


# --- all together --------------------------------------------------------------------------

#: The filters by name.
FILTERS = ("link_text", "teaser", "timestamp", "markup")


def drop_lines(
    text: str,
    root: HtmlElement | None,
    *,
    filters: Iterable[str] = FILTERS,
    headline: str | None = None,
    link_threshold: float = 0.8,
) -> str:
    """`text` (trafilatura's main text of the page `root`) without the lines
    the named filters reject. The headline's line is always kept. Timestamps
    and teaser cards are dropped only around the body (before its first line
    of prose or after its last), where a page puts its date and its links to
    other stories: inside the body a date line heads a live blog's entry, and
    a card is the article's own list."""
    names = set(filters)
    unknown = names - set(FILTERS)
    if unknown:
        known = ", ".join(FILTERS)
        raise ValueError(f"no line filter called {sorted(unknown)[0]!r}; known: {known}")
    if not names:
        return text
    lines = text.split("\n")
    wanted = names & {"link_text", "teaser"} and root is not None
    links = PageLinks(root, lines) if wanted else None
    keep_key = key(headline) if headline else None
    teasers = (
        {i for i, ln in enumerate(lines) if links.is_teaser(ln, headline=headline)}
        if links is not None and "teaser" in names
        else set()
    )
    # The body runs from its first line of prose to its last, teaser cards
    # aside. Cards inside it are the article's own (a list of candidates, each
    # a linked name and a line about them); a page's teasers sit around it.
    prose = [
        i
        for i, ln in enumerate(lines)
        if len(_WORD.findall(ln)) >= _PROSE_WORDS and i not in teasers
    ]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)

    def dropped(i: int, line: str) -> bool:
        if keep_key and key(line) == keep_key:
            return False
        around = not first <= i <= last
        if links is not None:
            if "link_text" in names and (links.link_share(line) or 0.0) >= link_threshold:
                return True
            if i in teasers and around:
                return True
        return ("markup" in names and is_markup(line)) or (
            "timestamp" in names and around and is_timestamp(line)
        )

    return "\n".join(ln for i, ln in enumerate(lines) if not dropped(i, ln))
