"""Site boilerplate, captions and video titles, found from line features.

Three kinds of evidence, from strongest to weakest:
1. the line is page furniture by its wording and shape. Each pattern is
   anchored on the whole line and names interface things, so a sentence that
   merely mentions Twitter or a video is not furniture:
   - a caption or credit: "Image: ...", "Photo: Reuters", "... via Getty
     Images", "(Getty Images)"; a video link: "Watch: ...", "Video: ...";
   - a widget or call to action: "RELATED STORIES", "More on Conservatives",
     "Why you can trust ...", "Share this article", "Follow us on Twitter",
     "Sign up to our newsletter", a contact line ("Twitter: @name");
   - a player notice or an embed pointer: "Please enable JavaScript to
     watch this video", "Watch the video above.";
   - stylesheet code that leaked into the text;
2. a line that is not a sentence and repeats inside the article (players and
   widgets recur; prose and headings with a time do not);
3. position: the short title line right after a player notice is the video's
   title, and a bare name line right before a caption is the caption's name.
"""

from __future__ import annotations

import re
from collections import Counter

from ..article import Removed
from .lines import Line

_SOCIAL = r"(?:twitter|x|facebook|instagram|whatsapp|linkedin|pinterest|reddit|tiktok|email)"
# Widget and call-to-action wording, one alternative a line; each is matched
# against the whole line, so a sentence that merely mentions these words stays.
_WIDGET_FORMS = (
    r"(?:related|recommended|popular|trending|top|latest|more|editor's picks?)"
    r"(?: \w+)?(?: stories| articles| news| content| videos| links| reading| coverage)",
    r"related(?: content| links)?",
    r"most (?:read|viewed|popular|shared)",
    r"(?:read|see|watch|find out|learn) more(?: (?:about|on|here|at)\b.*)?",
    r"(?:more|also) (?:on|from|about|in) (?-i:[A-Z])[\w'’ .&-]*",
    r"why you can trust [\w'’ .&-]+",
    rf"(?:share|like|email|tweet) (?:this(?: article| story| page| post| video)?|on {_SOCIAL})",
    r"(?:follow|like|join|find) us (?:on|at) .*|(?:follow|like) us",
    rf"follow @\w+|follow [\w .'’-]+ on {_SOCIAL}(?: @\w+)?",
    r"(?:sign up|subscribe)\b.*\b(?:newsletters?|e-?mails?|alerts?|updates|"
    r"notifications|bulletin|briefing|podcast|here|now|today|free)\b.*|subscribe",
    r"(?:click|tap) (?:here|to)\b.*",
    r"advertisement|advert|sponsored(?: content)?|promoted|ad feature|skip (?:ad|advert)",
    r"(?:skip to|back to|return to|go to) (?:content|top|main|navigation|home)\b.*",
    r"(?:show |view |\d+ )?comments?|print|copy link|share",
    r"read the (?:rest|full (?:story|article)|original)\b.*|continue reading\b.*",
    r"(?:©|copyright ?(?:©|\(c\))? ?\d{4})\b.*|all rights reserved",
    r"you (?:may|might) also (?:like|be interested)\b.*",
)
_WIDGET = re.compile("^(?:" + "|".join(_WIDGET_FORMS) + ")$", re.IGNORECASE)
# "Twitter: @Milbank" under a column is a contact line; a bare "@handle" line
# is not: it signs a reader's quoted post, and so names a speaker.
_HANDLE = re.compile(r"^" + _SOCIAL + r"\s*:\s*@\w{2,}$", re.IGNORECASE)
_CAPTION_LEAD = re.compile(
    r"^(?:image|images|photo|photograph|picture|pic|graphic|illustration|caption|gallery|"
    r"image caption|image copyright|photo credit|credit)\s*(?:\d+\s*(?:of\s*\d+)?)?\s*[:|–—-]\s",
    re.IGNORECASE,
)
_VIDEO_LEAD = re.compile(r"^(?:video|watch|media caption|listen)\s*[:|–—-]\s", re.IGNORECASE)
# Picture agencies; social networks credit a picture only after "via" or "/"
# ("via Instagram"), since "Twitter." alone is a heading, not a credit.
_AGENCY = (
    r"(?:getty(?: images)?|reuters|afp|ap(?: photo)?|associated press|pa(?: wire| media)?|"
    r"epa|shutterstock|alamy|rex(?: features)?|bloomberg)\b"
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


def boilerplate_lines(lines: list[Line], *, skip: set[int] | None = None) -> list[Removed]:
    """Removed spans for boilerplate, captions and video titles.

    `skip` holds indexes of lines already removed (spam) or kept on purpose
    (the headline); they are neither removed again nor used as neighbours.
    """
    skip = skip or set()
    found: dict[int, Removed] = {}
    repeats = Counter(line.text.casefold() for line in lines if not line.sentence_like)
    for line in lines:
        if line.index in skip:
            continue
        kind = _furniture(line) or _repeated(line, repeats)
        if kind:
            found[line.index] = Removed(line.start, line.end, *kind)
    # The first line left is the headline's place: position alone never removes it.
    headline = next((ln.index for ln in lines if ln.index not in skip), None)
    for idx, rem in list(found.items()):
        tied = _neighbour(lines, idx, rem)
        if tied is not None and tied.index not in {*found, *skip, headline}:
            found[tied.index] = _removal_beside(tied, rem)
    return [found[i] for i in sorted(found)]


def _furniture(line: Line) -> tuple[str, str] | None:
    """What kind of furniture the line is by its own wording, if any."""
    text = line.text.rstrip(" .")
    words = len(line.words)
    if _CAPTION_LEAD.match(line.text):
        return "caption", _CAPTION_LEAD_DETAIL
    if _VIDEO_LEAD.match(line.text):
        return "video_title", "starts like a video link"
    if words <= 30 and _CREDIT.search(text) and (not line.sentence_like or _is_label(line)):
        return "caption", "a picture credit"
    if _CSS.match(line.text):
        return "boilerplate", "stylesheet code"
    if words > 16 or _REPORTED.search(line.text):
        return None
    if _WIDGET.match(text.rstrip(" :>»›")) or _HANDLE.match(text):
        return "boilerplate", "site widget wording"
    if _EMBED_POINTER.match(line.text):
        return "boilerplate", "pointer to an embedded player"
    if not line.sentence_like and _MEDIA.search(text) and _INTERFACE.search(text):
        return "boilerplate", _PLAYER_NOTICE
    return None


def _is_label(line: Line) -> bool:
    # "MICHAEL B. THOMAS via Getty Images." ends with a full stop, but a line
    # with no function word is a label, not a sentence.
    return line.function_word_share == 0


def _repeated(line: Line, repeats: Counter[str]) -> tuple[str, str] | None:
    # Three real words at least: a timestamp ("5:20 p.m.") or a one-word
    # heading repeats in live blogs and lists without being furniture.
    if repeats[line.text.casefold()] >= 2 and len(line.alpha_words) >= 3:
        return "boilerplate", "repeats within the page"
    return None


def _neighbour(lines: list[Line], idx: int, rem: Removed) -> Line | None:
    """The line that position ties to a removed player notice or caption."""
    if rem.detail == _PLAYER_NOTICE and idx + 1 < len(lines):
        after = lines[idx + 1]
        if after.title_like and not after.text.endswith(":"):
            return after
    if rem.detail == _CAPTION_LEAD_DETAIL and idx > 0:
        before = lines[idx - 1]
        if _is_name(before):
            return before
    return None


def _removal_beside(line: Line, anchor: Removed) -> Removed:
    if anchor.reason == "caption":
        return Removed(line.start, line.end, "caption", "name line before a caption")
    return Removed(line.start, line.end, "video_title", "title line after a video player notice")


def _is_name(line: Line) -> bool:
    """A bare name: a few capitalised words and nothing else."""
    words = line.words
    return (
        1 <= len(words) <= 5
        and not line.ends_sentence
        and all(w[0].isupper() for w in words)
        and len(line.text) <= 60
    )
