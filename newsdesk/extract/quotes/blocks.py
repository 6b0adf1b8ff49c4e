"""Words quoted without quotation marks: block quotes and embedded posts.

Block quotes: a paragraph quoted without marks after an attribution that
ends with a colon.

Essays, reviews and blogs set a long quotation apart as its own paragraph,
with no quotation marks, after the sentence that attributes it: `As he writes:`
/ `The ministry said in a statement:` / `Smith put it this way:`. That
paragraph is what was said, by the subject of the verb of saying before the
colon. Only the first such paragraph is taken: where a block quote ends and
the writer's own words resume is not marked.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .cues import is_cue_verb
from .speaker_spans import speaker_span, speaker_token
from .statement import LINK, Statement

#: Marks that open a quote: a paragraph opening with one is a quote, found elsewhere.
_OPENING_MARKS = "\"“‘'«„"
#: Cue probability a verb needs to introduce a block quote ...
_STRONG = 0.6
#: ... or a verb of posting, which a post set apart follows ("posted on X:", or
#: "took to X to ...:").
_POSTING = frozenset(["post", "tweet"])
#: Fewer words than this after the colon is a label or a heading, not a quotation.
_MIN_WORDS = 6


def block_quotes(
    doc: Doc,
    text: str,
    paragraphs: list[tuple[int, int]],
    found: list[Statement],
) -> list[Statement]:
    """A statement for each paragraph that follows, unquoted, a paragraph
    ending in a colon after a verb of saying with a subject."""
    out: list[Statement] = []
    for k in range(len(paragraphs) - 1):
        ps, pe = paragraphs[k]
        if not text[ps:pe].rstrip().endswith(":"):
            continue
        bs, be = paragraphs[k + 1]
        block = text[bs:be].strip()
        if not block or block[0] in _OPENING_MARKS or len(block.split()) < _MIN_WORDS:
            continue
        inside = [st for st in found if st.start < be and st.end > bs]
        if block.rstrip().endswith(":") or any(
                st.start < bs or st.end > be or st.direct or st.cue is None
                or not bs <= st.cue[0] < be for st in inside):
            # another attribution, or words already found as a statement: a
            # list's items, or what reaches out of the paragraph or is quoted
            # in it (but a cue inside the block reports nothing of its own:
            # the block's words are all said)
            continue
        verb = _colon_cue(doc, ps, pe)
        if verb is None or (inside and any(c.dep_ == "dobj" for c in verb.children)):
            # ("have predicted a number of trends:": what follows lists the
            # trends, and a cue in it is its own)
            continue
        subj = speaker_token(verb)
        if subj is None or subj.lower_ in ("i", "we"):
            continue  # "trends I've noticed so far:": the writer's own words follow
        content = [(bs, be)]
        speaker = speaker_span(doc, subj, content, verb)
        if speaker is None:
            continue
        out.append(Statement(content, (verb.idx, verb.idx + len(verb.text)), speaker, True,
                             k + 1, cue_token=verb.i, via="block"))
    return out


def _colon_cue(doc: Doc, start: int, end: int) -> Token | None:
    """The verb of saying of the sentence that ends a paragraph with a colon."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    last = span[-1].sent
    # a strong cue that is the sentence's own verb, not one in a relative
    # clause ("the trends I've noticed:")
    verbs = [t for t in last if (is_cue_verb(t, threshold=_STRONG) or t.lemma_ in _POSTING
                                 or _took_to_a_platform(t)) and t.dep_ != "relcl"]
    return verbs[-1] if verbs else None


#: Where one "takes to" post ("took to X to rally supporters:").
_PLATFORMS = frozenset(
    "x twitter facebook instagram tiktok threads linkedin youtube telegram whatsapp weibo "
    "bluesky media".split())


def _took_to_a_platform(verb: Token) -> bool:
    """Whether a verb is "took to X", "took to social media": posting."""
    return verb.lemma_ == "take" and any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to"
        and any(o.dep_ == "pobj" and o.lower_ in _PLATFORMS for o in c.children)
        for c in verb.children)


#: The signature line under an embedded post: "— Dave Schukin (@schukin) July 3, 2019".
_POST_SIGNATURE = re.compile(
    r"[—–-]\s*(?P<name>[^()\n]{2,60}?)\s*\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$"
)
#: The most characters a post's words can have (a tweet's limit), links left out.
_POST_LENGTH = 280


#: The author line above an embedded post: "Talia Moreno @TaliaMorenoMP",
#: "NWS New Orleans (@NWSNewOrleans)", alone on its line.
_POST_AUTHOR = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4})\s*(?:\(@\w{1,30}\)|@\w{1,30})\s*$"
)


#: A live blog's entry time on a line of its own: `14:05`, `2.30pm`, `09:41 GMT`.
_TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?")


def _signed_at_the_end(text: str, ps: int, pe: int, para: int) -> Statement | None:
    """A post and its signature on one line: `We knew it would be close.
    — Margit Lindqvist (@MargitForMayor) November 4, 2026`."""
    sig = _POST_SIGNATURE.search(text, ps, pe)
    if sig is None or sig.start() == ps or not text[sig.start() - 1].isspace():
        return None  # (a signature's dash stands apart: not "Marchetti-Bloom (@sofia)")
    words = text[ps : sig.start()].strip()
    name = sig.group("name")
    if (not words or words[0] in _OPENING_MARKS or len(words) > _POST_LENGTH
            or any(c in name for c in "—–.:") or len(name.split()) > 5):
        return None
    end = ps + len(text[ps : sig.start()].rstrip())
    return Statement([(ps, end)], None, sig.span("name"), True, para, via="post")


def _post_above(
    text: str, paragraphs: list[tuple[int, int]], k: int, author: str = ""
) -> list[int]:
    """The paragraphs above the signature line `k` that fit in a post (not
    one that names its `author`: the writer's introduction)."""
    taken: list[int] = []
    length = 0
    surname = author.split()[-1] if author.split() else None
    for j in range(k - 1, 0, -1):  # never the headline
        bs, be = paragraphs[j]
        words = LINK.sub("", text[bs:be]).strip()
        if (_POST_SIGNATURE.match(text, bs, be) or _POST_AUTHOR.match(text, bs, be)
                or not words or words.endswith(":") or _TIMESTAMP.fullmatch(words)
                or (surname is not None and re.search(rf"\b{re.escape(surname)}\b", words))):
            break  # another post, the writer's line introducing this one, a live blog's time
        length += len(words)
        if length > _POST_LENGTH:
            break
        taken.insert(0, j)
    return taken


def _post_below(text: str, paragraphs: list[tuple[int, int]], k: int) -> list[int]:
    """The paragraph under an author line `k`: the post's words (one
    paragraph: where a post ends and the writer resumes is not marked)."""
    if k + 1 >= len(paragraphs):
        return []
    bs, be = paragraphs[k + 1]
    words = LINK.sub("", text[bs:be]).strip()
    if not words or len(words) > _POST_LENGTH or _POST_AUTHOR.match(text, bs, be) or (
            _POST_SIGNATURE.match(text, bs, be)):
        return []
    return [k + 1]


def embedded_posts(text: str, paragraphs: list[tuple[int, int]]) -> list[Statement]:
    """An embedded post, as a page's text gives it: its paragraphs, then a
    line signed with a dash, a name and an @handle; or a line with the
    author's name and @handle, then the post. The post is said by the name;
    its paragraphs are those that fit in a post's length (the first a
    statement, the others going on with it)."""
    out: list[Statement] = []
    for k, (ps, pe) in enumerate(paragraphs):
        if k == 0:
            continue
        sig = _POST_SIGNATURE.match(text, ps, pe) or _POST_AUTHOR.match(text, ps, pe)
        if sig is None:
            signed = _signed_at_the_end(text, ps, pe, k)
            if signed is not None:
                out.append(signed)
            continue
        above = sig.re is _POST_SIGNATURE
        taken = (_post_above(text, paragraphs, k, sig.group("name")) if above
                 else _post_below(text, paragraphs, k))
        if not taken:
            continue
        speaker = sig.span("name")
        first: Statement | None = None
        for j in taken:
            bs, be = paragraphs[j]
            end = bs + len(text[bs:be].rstrip())
            link = LINK.search(text, bs, end)
            end = link.start() if link else end  # the post's words, not its picture link
            st = Statement([(bs, len(text[:end].rstrip()))], None,
                           speaker if first is None else None, True, j,
                           continues=first, via="post" if first is None else "continuation")
            first = first or st
            out.append(st)
    return out
