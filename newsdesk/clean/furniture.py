"""The wording of page furniture: what interface lines say, by kind.

Each test here looks at one line alone and says which kind of furniture its
wording is, if any; `boilerplate.py` decides with these, the line's shape, its
tie to the article and its neighbours. The patterns name interface things (a
teaser, an advert, a button, a cookie notice, a contact address), anchored on
the whole line or addressed to the reader, so a sentence that merely mentions
an app, a newsletter or a video stays.
"""

from __future__ import annotations

import re

from .lines import Line

SOCIAL = (
    r"(?:twitter|x|facebook|instagram|whatsapp|linkedin|pinterest|reddit|tiktok|threads|"
    r"bluesky|youtube|telegram|flipboard|messenger|email|e-mail)"
)
_NAME = r"(?-i:[A-Z0-9])[\w'’ .&-]*"

# Widget and call-to-action wording, one alternative a line; each is matched
# against the whole line (its decoration stripped, see `core`).
_WIDGET_FORMS = (
    r"(?:related|recommended|popular|trending|top|latest|more|editor's picks?)"
    r"(?: \w+)?(?: stories| articles| news| content| videos| links| reading| coverage| posts)",
    r"most (?:read|viewed|popular|shared|watched)",
    r"(?:read|see|watch|find out|learn) more(?: (?:about|on|here|at)\b.*)?",
    rf"(?:more|also) (?:on|from|about|in) (?:the )?{_NAME}",
    r"why you can trust [\w'’ .&-]+",
    rf"(?:share|like|email|tweet|post) (?:this(?: article| story| page| post| video)?|on {SOCIAL})",
    r"(?:follow|like|join|find) us (?:on|at)\b.*|(?:follow|like) us",
    rf"follow @\w+(?: on {SOCIAL})?|follow [\w .'’-]+ on {SOCIAL}(?: @\w+)?",
    r"(?:sign up|subscribe)\b.*\b(?:newsletters?|e-?mails?|alerts?|updates|"
    r"notifications|bulletin|briefing|podcast|here|now|today|free)\b.*|subscribe|sign up",
    r"(?:click|tap) (?:here|to)\b.*",
    r"(?:skip to|back to|return to|go to|scroll to) (?:the )?(?:content|top|main|navigation|home)"
    r"\b.*",
    r"(?:show |view |read |hide |add |leave |post |\d+ )?(?:a |all |the )?comments?(?: \(\d+\))?"
    r"|print(?: this)?(?: page| article| story)?|printer[- ]friendly(?: version)?|copy link|share"
    r"|save(?: this)?(?: article| story| for later)?|bookmark(?: this)?(?: article| story)?",
    r"listen to (?:this|the) (?:article|story)\b.*|\d+ min(?:ute)?s? (?:read|listen)"
    r"|(?:font|text) size\b.*|reading time\b.*",
    r"read the (?:rest|full (?:story|article)|original)\b.*|continue reading\b.*",
    # "Topics: Health, Regional", "Filed under: Politics": the page's own index words
    r"(?:topics?|tags?|tagged(?: with)?|filed under|categories|category|sections?|posted in)"
    r": [\w'’&. -]+(?:, [\w'’&. -]+)*",
    # "Visit NewsSite.com for breaking news": a pointer to the site's front page.
    r"visit [\w-]+\.(?:com|co\.uk|org|net|tv)\b.* for\b.*",

    r"(?:©|copyright ?(?:©|\(c\))? ?\d{4})\b.*|all rights reserved",
)
_WIDGET = re.compile("^(?:" + "|".join(_WIDGET_FORMS) + ")$", re.IGNORECASE)

# Advertising markers: the slot an advert filled, and the notes around it.
_AD = re.compile(
    r"^(?:advertisements?|advertising|advert|ads?|sponsored(?: (?:content|links?|stories|posts?))?"
    r"|paid (?:content|post|partnership)|partner content|ad feature|skip (?:ad|advert)"
    rf"|(?:promoted|sponsored|presented|brought to you) by {_NAME}|promoted(?: content| stories)?"
    r"|(?:the )?(?:story|article|content|text|post)? ?continues? (?:reading )?(?:below|after|under)"
    r"(?: (?:the |this |an )?(?:ad|advert|advertisement))?"
    r"|continue reading (?:below|after the ad(?:vertisement)?)"
    r"|scroll (?:down )?to continue(?: reading| with content)?)$",
    re.IGNORECASE,
)

# Teaser markers: what a site puts above links to its other stories.
_TEASER_MARKER = (
    r"(?:read|see|watch|listen) (?:more|also|next)|also (?:read|see|watch)"
    r"|related(?: stories| articles| content| links| coverage| news| reading| posts| videos)?"
    r"|recommended(?: for you| reading| stories| articles| videos)?"
    r"|you (?:may|might|will) (?:also )?(?:like|love|enjoy|want to read|be interested(?: in)?)"
    r"(?: this| these)?"
    r"|don'?t miss|do not miss|must read|further reading|in other news|full coverage"
    r"|more (?:stories|news|articles|headlines)|(?:most )?popular (?:now|today|stories|articles)"
    rf"|trending(?: now| today| stories| on {_NAME})?|top (?:stories|headlines)"
    r"|editors?['’]?s? (?:picks?|recommendations?)"
    r"|what to read next|up next|next up|keep reading|in case you missed it"
)
_TEASER_ALONE = re.compile(rf"^(?:{_TEASER_MARKER})$", re.IGNORECASE)
# "Read more: <headline>", "RELATED | <headline>", "Read: <headline>".
_TEASER_WITH_HEADLINE = re.compile(
    rf"^(?:{_TEASER_MARKER}|read|more on [\w'’ .&-]+)\s*[:|–—>»›]\s*(?P<headline>\S.*)$",
    re.IGNORECASE,
)
# A link set in brackets between paragraphs: a label, a colon, a headline that
# does not end like a sentence ("[Editor's note: ... updated.]" does).
_BRACKETED_LINK = re.compile(r"^\[[^\[\]:]{2,40}:\s[^\[\]]{2,150}(?<![.!])\]$")
# "More on coronavirus:" opens a list of teasers, whatever the topic's case.
_TEASER_LEAD = re.compile(r"^(?:more|also) (?:on|from|about|in) [\w'’ .&-]+:$", re.IGNORECASE)

# Share and follow buttons read as a run of network names and button words,
# at least one of them a network or "share".
_NETWORKS = frozenset(
    "share tweet email whatsapp facebook twitter linkedin pinterest reddit tiktok threads "
    "bluesky youtube telegram flipboard messenger instagram".split()
)
_BUTTON_WORDS = _NETWORKS | frozenset(
    "shares sharing pin post mail copy link print save comment comments on via this article "
    "story follow us x sms".split()
)
_LIST_ITEM = re.compile(r"^\s*(?:[-•*]\s|\d+[.)]\s)")

# What the site says to its reader about the site: cookies, newsletters,
# alerts, apps, accounts, subscriptions.
_INTERFACE_TERM = re.compile(
    r"\b(?:(?:uses?|accept(?:ing)?|allow|enable) (?:\w+ ){0,2}cookies|cookies? (?:policy|settings|"
    r"preferences|notice|consent)|newsletters?|notifications?|alerts?|apps?|e-?mail address"
    r"|inbox|subscribe|subscribers?|sign(?:ing)? up|log ?in|sign in|download|bookmark|browser"
    r"|javascript|ad ?blocker|privacy policy|terms of (?:use|service))\b",
    re.IGNORECASE,
)
_TO_THE_READER = re.compile(
    r"\b(?:you|your|you're|yours|our|us|we)\b|\b(?:this|the) (?:site|website|page)\b"
    r"|(?:^|[.!?]\s)\W*(?:get|sign|subscribe|download|enter|turn|"
    r"click|tap|join|follow|share|accept|install|read|watch|listen|save|print|scroll|register|"
    r"log|never miss|don'?t miss|stay|keep|want|like|please)\b",
    re.IGNORECASE,
)

# Contact lines: an address to write to, with a word that says so.
#: Bounded parts (an address's local part is at most 64 characters), so a long run
#: of letters costs linear time, not a backtrack from every position.
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]+|\[email[^\]]{0,80}\]")
_CONTACT = re.compile(
    r"\b(?:contact|e-?mail|reach|write to|tips?|send|call|follow|dm)\b", re.IGNORECASE
)
_HANDLE_LINE = re.compile(
    rf"^\W*(?:follow|contact|reach|dm|tips?|{SOCIAL})\b.{{0,80}}(?<!\w)@\w{{2,}}\W*$", re.IGNORECASE
)

# An embedded post's signature: "— Jane Holt (@jholt) March 3, 2021".
POST_SIGNATURE = re.compile(
    r"^[—–-]\s*.{1,60}\(@\w+\)\s*(?:\w+ \d{1,2}, \d{4}|\d{1,2} \w+ \d{4})?\s*$"
)

# Markup that leaked into the text: a line opening with an HTML tag, or one
# that is mostly tags ('<iframe src="..." width="560"></iframe>').
# HTML's own tags only: a corpus's placeholder for an embed ("<tweet ...>")
# holds the post, which is content.
_HTML_TAGS = (
    r"(?:iframe|div|span|script|style|img|a|p|br|blockquote|figure|figcaption|embed|object|"
    r"video|audio|source|link|meta|table|tr|td|ul|li|section|article|noscript|svg|path|input|"
    r"form|button|html|body|head|picture|amp-\w+)"
)
_TAG = re.compile(
    rf"</?{_HTML_TAGS}(?:\s[^<>]*)?/?>|<{_HTML_TAGS}\s+[\w-]+=[\"'][^<>]*$", re.IGNORECASE
)
_OPENS_WITH_TAG = re.compile(rf"^</?{_HTML_TAGS}(?:[\s/>]|$)", re.IGNORECASE)

# Code: braces, assignments, calls, prompts.
_CODE = re.compile(r"[{}=;<>]|\w\(|^\s*(?:>>>|\.\.\.|\$ |# )")

_DECORATION = re.compile(r"^[^\w(\[@©]+|[^\w)\]!?]+$")


def core(text: str) -> str:
    """The line without decoration at its ends: bullets, dashes, arrows,
    pipes, colons and closing full stops ("— Advertisement —", "Back to top ↑")."""
    return _DECORATION.sub("", text)


def content_shape(text: str) -> bool:
    """Code or a list item: content that may repeat without being furniture."""
    return _CODE.search(text) is not None or _LIST_ITEM.match(text) is not None


# The opening of a pull quote, its quote mark included; its closing line
# ("End Quote Jane Doe, Mayor") names the speaker and stays.
_PULL_QUOTE_OPENING = re.compile(r"^[\"“”]?\s*start quote\W*$", re.IGNORECASE)


def pull_quote_opening(text: str) -> bool:
    return _PULL_QUOTE_OPENING.match(text) is not None


def widget(text: str) -> bool:
    return _WIDGET.match(core(text)) is not None


def advert(text: str) -> bool:
    return _AD.match(core(text)) is not None


def teaser_marker(text: str) -> bool:
    """A teaser marker alone on its line: the teasers follow it."""
    return _TEASER_ALONE.match(core(text)) is not None or _TEASER_LEAD.match(text) is not None


def teaser_with_headline(text: str) -> bool:
    """A teaser marker and the headline it points to, on one line, or a
    bracketed label and headline ("[Our latest forecast: Who wins?]")."""
    m = _TEASER_WITH_HEADLINE.match(text.strip())
    if m is not None and len(m.group("headline").split()) <= 25:
        return True
    return _BRACKETED_LINK.match(text.strip()) is not None


def share_buttons(line: Line) -> bool:
    """A run of share and follow buttons: "Share on Facebook Share on X Copy link"."""
    words = line.lower_words
    return (
        len(words) >= 2
        and all(w in _BUTTON_WORDS for w in words)
        and any(w in _NETWORKS for w in words)
        and not _CODE.search(line.text)
    )


def speaks_to_the_reader(line: Line) -> bool:
    """Talks to the reader about the site: cookies, newsletters, alerts, apps.
    A list item is the article's own list (the perks of a card, the steps of
    a setup), whatever it tells the reader to do."""
    return (
        not _LIST_ITEM.match(line.text)
        and _INTERFACE_TERM.search(line.text) is not None
        and _TO_THE_READER.search(line.text) is not None
    )


def contact(line: Line) -> bool:
    """A contact line: an e-mail address with a word saying so ("To reach the
    reporter, email ..."), or a handle after one ("Follow her @jholt")."""
    if len(line.words) > 30 or ("@" not in line.text and "[email" not in line.text):
        return False  # (the e-mail pattern backtracks over a long run of letters)
    if _EMAIL.search(line.text):
        return _CONTACT.search(line.text) is not None
    return _HANDLE_LINE.match(line.text) is not None


def markup(text: str) -> bool:
    """HTML markup left in the text."""
    if _OPENS_WITH_TAG.match(text):
        return True
    tagged = sum(len(m.group(0)) for m in _TAG.finditer(text))
    return tagged >= 0.5 * len(text)
