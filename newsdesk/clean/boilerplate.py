"""Site boilerplate, captions and video titles, found from line features.

Three kinds of evidence, from strongest to weakest:
1. the line is page furniture by its wording and shape (the wording of each
   kind is in `furniture.py`). Each pattern is anchored on the whole line or
   must address the reader, so a sentence that merely mentions Twitter, an
   app or a video is not furniture:
   - a caption or credit: "Image: ...", "Photo: Reuters", "... via Getty
     Images", "(Getty Images)", "Picture by ...", "Courtesy of ..."; a video
     link: "Watch: ...", "Video: ...";
   - a widget or call to action: "RELATED STORIES", "More on Conservatives",
     "Why you can trust ...", "Share this article", "Follow us on Twitter",
     share buttons, "Back to top", "Print", "Comments (3)";
   - an advertising marker: "Advertisement", "Sponsored", "Story continues
     below advertisement";
   - a teaser: "Read more: <headline>", "Trending on <site>", "Full coverage";
   - the site talking to its reader about itself: cookies, newsletters,
     alerts, apps (when the line shares little with the article's topic);
   - a contact line ("Twitter: @name", "To reach the reporter, email ...");
   - a player notice or an embed pointer: "Please enable JavaScript to
     watch this video", "Watch the video above.";
   - stylesheet code or HTML markup that leaked into the text;
2. a short line that is not a sentence and repeats inside the article
   (players and widgets recur; prose, code, list items and an embedded post's
   signature do not count);
3. position: the short title line right after a player notice is the video's
   title; the title lines right after a teaser marker are teaser headlines; a
   bare name line right before a caption is the caption's name; a caption's
   continuation (a line in lower case, or ending on a credit) is caption.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ..article import Removed
from . import furniture
from .furniture import SOCIAL
from .lines import Line, topic_overlaps

# "Twitter: @Milbank" under a column is a contact line; a bare "@handle" line
# is not: it signs a reader's quoted post, and so names a speaker.
_HANDLE = re.compile(r"^" + SOCIAL + r"\s*:\s*@\w{2,}$", re.IGNORECASE)
#: Topic overlap above which a line that speaks to the reader, or gives an
#: address to write to, is the article's own (a story about an app, a page of
#: contact details).
MAX_INTERFACE_OVERLAP = 0.25
_CAPTION_LEAD = re.compile(
    r"^(?:(?:header|featured|top|lead|main|cover|hero) (?:image|photo|picture)\s*|image|images|"
    r"photo|photos|photograph|photographs|picture|pictures|pic|graphic|illustration|caption|"
    r"gallery|image caption|image copyright|image source|photo source|photo credit|credits?|"
    r"file photo)\s*(?:\d+\s*(?:of\s*\d+)?)?\s*[:|–—-]\s",
    re.IGNORECASE,
)
# "Picture by Karl Fenn", "(Photo courtesy of the family)", "Courtesy of NASA":
# a short line naming who made or gave the picture.
_CREDIT_BY = re.compile(
    r"^[(\[]?(?:(?:file )?(?:photo|photograph|picture|image|pic|illustration|video|graphic)s?"
    r"\s+(?:by|courtesy(?: of)?|from)|courtesy(?: of)?)\s+\S.{0,60}$",
    re.IGNORECASE,
)
# "Marta Lindqvist/Northlight Agency": a name, a slash, an organisation.
_NAME_SLASH_ORG = re.compile(
    r"^(?-i:[A-Z][\w'’.-]+)(?: (?-i:[A-Z][\w'’.-]+)){1,3}/"
    r"(?-i:[A-Z][\w'’.&-]*)(?: (?-i:[A-Z][\w'’.&-]*|for|of|the)){0,4}\.?$"
)
_SLASH_JOB = re.compile(r"/.*\b(?:Reporter|Correspondent|Writer|Editor|Columnist)\.?$")
_VIDEO_LEAD = re.compile(r"^(?:video|watch|media caption|listen)\s*[:|–—-]\s", re.IGNORECASE)
# Picture agencies; social networks credit a picture only after "via" or "/"
# ("via Instagram"), since "Twitter." alone is a heading, not a credit.
_AGENCY = (
    r"(?:getty(?: images)?|reuters|afp|ap(?: photo)?|associated press|pa(?: wire| media)?|"
    r"epa|shutterstock|alamy|rex(?: features)?|bloomberg|unsplash|pexels|pixabay|flickr|"
    r"wikimedia(?: commons)?|istock(?:photo)?)\b"
)
_CREDIT = re.compile(
    r"(?:\b(?:via|/)\s*(?:" + _AGENCY + r"|instagram|twitter|facebook)"
    r"|^" + _AGENCY + r"(?:\s*/\s*\w+)*"
    r"|[(\[](?:(?:photo|picture|image|credit|pic)s?\s*:?[^)\]]{2,40}|" + _AGENCY + r"[^)\]]*)"
    r"[)\]])\W*$",
    re.IGNORECASE,
)
# Someone's reported words are article, never furniture: "Sign up today," the
# campaign urged.
_REPORTED = re.compile(
    r"[\"“”]|\b(?:said|says|told|tells|added|urged|asked|wrote|writes|according to)\b",
    re.IGNORECASE,
)
# A player notice names a player and what the reader should do about it.
_MEDIA = re.compile(r"\b(?:video|player|audio|podcast|media|clip)\b", re.IGNORECASE)
_INTERFACE = re.compile(
    r"\b(?:browser|javascript|enable[ds]?|supported|playback|accessible|loading|device|"
    r"app|unavailable|click|tap|above|below|embedded)\b",
    re.IGNORECASE,
)
# "video app", "podcast app": a kind of app a story is about, not the player's interface.
_MEDIA_APP = re.compile(r"\b(?:video|audio|podcast|media)[- ]apps?\b", re.IGNORECASE)
_YOUR = re.compile(r"\b(?:your|you|please)\b", re.IGNORECASE)
# What a sentence-long player notice says: the video will not play here.
_CANNOT_PLAY = re.compile(
    r"\b(?:video|player)\b.*\b(?:unavailable|browser|javascript|device|not supported)\b"
    r"|\b(?:unavailable|browser|javascript|device|not supported)\b.*\b(?:video|player)\b",
    re.IGNORECASE,
)
# A pointer to an embed the text no longer holds: "Watch the ad below:".
_EMBED_POINTER = re.compile(
    r"^(?:watch|listen to|see|view|check out|play)\b.{0,100}\b(?:above|below)\s*[:.]?$",
    re.IGNORECASE,
)
# Stylesheet rules: a selector opening a block, a closing brace, or a
# declaration whose property is hyphenated or a common CSS property.
_CSS = re.compile(
    r"^(?:[.#@]?[\w-]+(?:[ ,>:.#][\w-]+)*\s*\{|\}"
    r"|(?:[a-z]+(?:-[a-z]+)+|color|margin|padding|width|height|display|float|border|"
    r"background|font|position|opacity)\s*:\s*[^;{}]{1,60};)$"
)

# Details that the position rules key on.
_PLAYER_NOTICE = "media player notice"
_CAPTION_LEAD_DETAIL = "starts like a picture caption"
_TEASER_MARKER = "teaser marker"
#: The last lines of a page, where a contact line is furniture whatever its words.
TAIL = 3
#: Teaser headlines a marker may head ("Related" and the links under it).
MAX_TEASERS = 6


def boilerplate_lines(lines: list[Line], *, skip: set[int] | None = None) -> list[Removed]:
    """Removed spans for boilerplate, captions and video titles.

    `skip` holds indexes of lines already removed (spam) or kept on purpose
    (the headline); they are neither removed again nor used as neighbours.
    """
    skip = skip or set()
    found: dict[int, Removed] = {}
    repeats = Counter(line.text.casefold() for line in lines if not line.sentence_like)
    overlaps = topic_overlaps(lines)
    content = _shown_twice(lines)
    for line in lines:
        if line.index in skip:
            continue
        # A page's last lines are where sites put their addresses and notices.
        tail = line.index >= len(lines) - TAIL
        kind = _furniture(line, overlaps[line.index], tail)
        if kind is None and line.index not in content:
            kind = _repeated(line, repeats)
        if kind:
            found[line.index] = Removed(line.start, line.end, *kind)
    # The first line left is the headline's place: position alone never removes it.
    headline = next((ln.index for ln in lines if ln.index not in skip), None)
    for idx, rem in list(found.items()):
        for tied, removal in _neighbours(lines, idx, rem):
            if tied.index in {*found, *skip, headline}:
                break
            found[tied.index] = removal
    return [found[i] for i in sorted(found)]


def _furniture(line: Line, overlap: float, tail: bool = False) -> tuple[str, str] | None:
    """What kind of furniture the line is by its own wording, if any."""
    text = line.text.rstrip(" .")
    words = len(line.words)
    if _CAPTION_LEAD.match(line.text):
        return "caption", _CAPTION_LEAD_DETAIL
    if _VIDEO_LEAD.match(line.text):
        return "video_title", "starts like a video link"
    if words <= 30 and _credit(line, text):
        return "caption", "a picture credit"
    if _CSS.match(line.text):
        return "boilerplate", "stylesheet code"
    if furniture.markup(line.text):
        return "boilerplate", "HTML markup"
    if furniture.pull_quote_opening(line.text):
        return "boilerplate", "site widget wording"
    if line.quoted or _REPORTED.search(line.text):
        return None
    if words <= 25 and furniture.teaser_with_headline(line.text):
        return "boilerplate", "a teaser: a marker and a headline"
    if words <= 16 and _player_notice(line, text):
        return "boilerplate", _PLAYER_NOTICE
    if words <= 40 and _speaks_to_the_reader(line, overlap):
        return "boilerplate", "the site speaking to its reader (notices, alerts, apps)"
    if (tail or overlap <= MAX_INTERFACE_OVERLAP) and furniture.contact(line):
        return "boilerplate", "a contact line"
    if words > 16:
        return None
    if furniture.teaser_marker(line.text):
        return "boilerplate", _TEASER_MARKER
    if furniture.advert(line.text):
        return "boilerplate", "advertising marker"
    if furniture.widget(text) or _HANDLE.match(text) or furniture.share_buttons(line):
        return "boilerplate", "site widget wording"
    if _EMBED_POINTER.match(line.text):
        return "boilerplate", "pointer to an embedded player"
    return None


def _credit(line: Line, text: str) -> bool:
    if _CREDIT.search(text):
        return not line.sentence_like or _is_label(line)
    if line.ends_sentence and len(line.words) > 8:
        return False
    # (`Tameka Gordon/Senior Staff Reporter`: a byline, the writer's job after the slash)
    return _CREDIT_BY.match(line.text) is not None or (
        _NAME_SLASH_ORG.match(line.text) is not None and _SLASH_JOB.search(line.text) is None)


def _player_notice(line: Line, text: str) -> bool:
    """A media word and an interface word, in a label, or in a sentence that
    tells the reader a video will not play ("This video is unavailable on your
    device."), not one about a setting ("Enable audio updates if you like.")."""
    # ("Korean video app Clipzy sued over ads": a kind of app, the story's subject)
    if not (_MEDIA.search(text) and _INTERFACE.search(_MEDIA_APP.sub("", text))):
        return False
    return not line.sentence_like or (
        _YOUR.search(text) is not None and _CANNOT_PLAY.search(text) is not None
    )


def _speaks_to_the_reader(line: Line, overlap: float) -> bool:
    # A story about an app or a newsletter shares its words with the rest of
    # the article; the site's notice shares next to nothing.
    return overlap <= MAX_INTERFACE_OVERLAP and furniture.speaks_to_the_reader(line)


def _is_label(line: Line) -> bool:
    # "MICHAEL B. THOMAS via Getty Images." ends with a full stop, but a line
    # with no function word is a label, not a sentence.
    return line.function_word_share == 0


def _repeated(line: Line, repeats: Counter[str]) -> tuple[str, str] | None:
    # Three real words at least: a timestamp ("5:20 p.m.") or a one-word
    # heading repeats in live blogs and lists without being furniture. A
    # repeated sentence, lead-in, list item or line of code is content shown
    # twice, not furniture.
    if repeats[line.text.casefold()] < 2 or len(line.alpha_words) < 3:
        return None
    # A full stop after a label ("Declared Candidates.") does not make it a
    # sentence; function words do ("To be continued.").
    sentence = line.ends_sentence and line.function_word_share > 0
    if sentence or line.text.endswith(":") or len(line.words) > 12:
        return None
    if furniture.content_shape(line.text):
        return None
    return "boilerplate", "repeats within the page"


def _shown_twice(lines: list[Line]) -> set[int]:
    """Lines that repeat as content, not as furniture: an embedded post and
    its signature ("— Name (@handle) date"), and a block of lines that the
    page shows twice (an embed rendered twice: its lines repeat in order,
    while a player notice repeats over different titles)."""
    content: set[int] = set()
    times = Counter(ln.text.casefold() for ln in lines)
    after: dict[str, set[str]] = {}
    for ln, nxt in pairwise(lines):
        after.setdefault(ln.text.casefold(), set()).add(nxt.text.casefold())
    for ln, nxt in pairwise(lines):
        if furniture.POST_SIGNATURE.match(nxt.text):
            content.update((ln.index, nxt.index))
        key = ln.text.casefold()
        if times[key] >= 2 and len(after[key]) == 1:
            content.add(ln.index)
    return content


def _neighbours(lines: list[Line], idx: int, rem: Removed) -> list[tuple[Line, Removed]]:
    """The lines that position ties to a removed line, in order from it."""
    after = lines[idx + 1 : idx + 1 + MAX_TEASERS]
    if rem.detail == _PLAYER_NOTICE and after and _video_title(after[0]):
        return [(after[0], _beside(after[0], "video_title", "title line after a video notice"))]
    if rem.detail == _TEASER_MARKER:
        # "Related" heads the links to other stories: headlines, not sentences.
        # Above the article's first sentence the page's own headline may
        # follow the teaser, so only one line is taken there.
        opening = not any(ln.sentence_like for ln in lines[:idx])
        tied = []
        for ln in after[: 1 if opening else MAX_TEASERS]:
            if not _headline_shaped(ln):
                break
            tied.append((ln, _beside(ln, "boilerplate", "teaser headline after a teaser marker")))
        return tied
    if rem.reason == "caption":
        tied = []
        if rem.detail == _CAPTION_LEAD_DETAIL and idx > 0 and _is_name(lines[idx - 1]):
            tied.append(
                (lines[idx - 1], _beside(lines[idx - 1], "caption", "name line before a caption"))
            )
        if after and _caption_continues(lines[idx], after[0]):
            tied.append((after[0], _beside(after[0], "caption", "a caption's continuation")))
        return tied
    return []


def _video_title(line: Line) -> bool:
    return line.title_like and not line.text.endswith(":")


def _beside(line: Line, reason: str, detail: str) -> Removed:
    return Removed(line.start, line.end, reason, detail)


def _headline_shaped(line: Line) -> bool:
    return (
        line.title_like
        and len(line.words) >= 3
        and not line.text.endswith(":")
        and not line.quoted
        and not _REPORTED.search(line.text)
    )


def _caption_continues(caption: Line, nxt: Line) -> bool:
    """A caption broken over lines: the next line goes on in lower case after
    a caption that did not end, or it is short and ends on a credit."""
    if len(nxt.words) > 30 or nxt.quoted:
        return False
    first = next((c for c in nxt.text if c.isalpha()), "")
    if first.islower() and not caption.ends_sentence:
        return True
    return _CREDIT.search(nxt.text.rstrip(" .")) is not None


def _is_name(line: Line) -> bool:
    """A bare name: a few capitalised words and nothing else."""
    words = line.words
    return (
        1 <= len(words) <= 5
        and not line.ends_sentence
        and all(w[0].isupper() for w in words)
        and len(line.text) <= 60
    )
