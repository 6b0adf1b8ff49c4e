"""Read PolNeAR gold attributions (brat standoff) for the "who said what" scorer.

PolNeAR (Newell et al., LREC 2018) keeps each article as `text/STEM.txt` and
its annotations as `attributions/STEM_XXXX.ann`, where `XXXX` names the
annotator. A few articles were annotated by several annotators (several
`.ann` files for one text); the scorer uses ONE file per article, the first
in sorted file-name order, so every figure is reproducible.

An `.ann` file holds text-bound annotations and events::

    T5<TAB>Source 75 105<TAB>Retired Lt. Gen. Michael Flynn
    T6<TAB>Cue 106 110<TAB>said
    T7<TAB>Content 111 254<TAB>...                (or `256 377;463 616`: discontinuous)
    T8<TAB>Attribution 106 110<TAB>said
    E2<TAB>Attribution:T8 Content:T7 Cue:T6 Source:T5
    #1<TAB>AnnotatorNotes T66<TAB>free text

Things the real files do that a reader must survive:

- the event trigger is `Attribution` or `Attribution-no-source` (then there is
  no `Source` role);
- a few events carry a second content, `Content2` (joined to the content);
- a few events have no `Content` (the annotator left them unfinished): they
  cannot be scored and are dropped, and counted;
- a span's text may run over a line break, so the `.ann` line continues on
  the next physical line (a line that does not start with an annotation id);
- the text of a discontinuous span is its pieces joined by one space.

Offsets are code-point offsets into the text file decoded as UTF-8 with no
newline translation (the files have no `\\r`, no byte-order mark; two train
files hold a U+FEFF inside the text, which counts as a character). The scorer
checks that an article's predicted `text` is the gold text and maps offsets
when it is not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: Half-open character ranges, in text order.
Spans = tuple[tuple[int, int], ...]

#: Annotation lines start with an id: T (text-bound), E (event), R, A, M, N, # (notes).
_ANN_LINE = re.compile(r"^[TERAMN#*]\d*\t")
_TEXT_BOUND = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$", re.DOTALL)
_EVENT = re.compile(r"^(E\d+)\t(.*)$")

#: Marks that open or close a quotation: the double marks, guillemets and a low
#: double mark. Two straight apostrophes `''` (the New York Times' double quote
#: in these files) and a single pair `‘...’` or `'...'` also count (`is_direct`).
DOUBLE_MARKS = '"“”«»„'
_QUOTED = re.compile(
    r"''"  # a straight double quote typed as two apostrophes
    r"|‘[^’\n]*\w[^’\n]*’"  # a curly single pair around a word
    # a straight single pair: opening after a space or bracket, closing before one
    r"|(?:^|(?<=[\s(\[—–-]))'(?=\w)[^\n]*?(?<=[\w.,!?])'(?=$|[\s.,;:!?)\]—–-])"
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A text-bound annotation: `T7<TAB>Content 111 254<TAB>text`."""

    id: str
    label: str
    spans: Spans
    text: str


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One attribution: where the content, cue and source are (cue and source may be absent)."""

    id: str
    content: Spans
    cue: Spans | None
    source: Spans | None
    content_text: str
    cue_text: str | None
    source_text: str | None
    #: True when the content contains a quotation mark (see `is_direct`).
    direct: bool


@dataclass
class GoldArticle:
    stem: str
    text_path: Path
    #: The annotator file used (None when the text has none).
    ann_path: Path | None
    #: Every annotator file for this text (the first is the one used).
    ann_paths: list[Path]
    text: str
    attributions: list[GoldAttribution]
    #: Text-bound annotations read and those whose offsets do not give their text.
    mentions: int = 0
    mismatches: list[tuple[str, str, str]] = field(default_factory=list)
    #: Events that could not be scored (no content).
    dropped: list[str] = field(default_factory=list)
    #: Event counts: `events`, `no_source`, `no_cue`, `no_content`, `content2`,
    #: `no_source_trigger` (an `Attribution-no-source` event).
    counts: Counter[str] = field(default_factory=Counter)


def spans_text(text: str, spans: Spans, sep: str = " ") -> str:
    """The text of `spans` joined by `sep`, as brat writes a discontinuous span."""
    return sep.join(text[s:e] for s, e in spans)


def parse_spans(field_: str) -> Spans:
    """`"256 377;463 616"` → `((256, 377), (463, 616))`."""
    out = []
    for piece in field_.split(";"):
        start, end = piece.split()
        out.append((int(start), int(end)))
    return tuple(out)


def is_direct(text: str, spans: Spans) -> bool:
    """A content is direct speech when it contains a quotation mark.

    Precisely, in any piece of the content: one of `" “ ” « » „`; two straight
    apostrophes `''`; a curly single pair `‘...’` around a word; or a straight
    single pair `'...'` opening after a space or bracket (or at the piece start)
    before a word character and closing after a word character or `.,!?` before
    a space, punctuation or the piece end. A double mark (or `''`) right outside
    a piece (just before its start or at its end) also counts, so a content
    annotated inside its marks is still direct. A lone `’` or `'` is an
    apostrophe and does not count.
    """
    for s, e in spans:
        piece = text[s:e]
        if any(c in DOUBLE_MARKS for c in piece) or _QUOTED.search(piece):
            return True
        before = text[max(0, s - 1) : s]
        after = text[e : e + 1]
        if before in tuple(DOUBLE_MARKS) or after in tuple(DOUBLE_MARKS):
            return True
        if text[max(0, s - 2) : s] == "''" or text[e : e + 2] == "''":
            return True
    return False


def read_text(path: Path) -> str:
    """The text file as the offsets index it: UTF-8, BOM kept, no newline translation."""
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def _physical_to_logical(lines: Iterable[str]) -> list[str]:
    """Join continuation lines (a span text running over a line break) to their annotation."""
    out: list[str] = []
    for line in lines:
        if _ANN_LINE.match(line) or not out:
            out.append(line)
        else:
            out[-1] += "\n" + line
    return out


@dataclass
class ParsedAnn:
    attributions: list[GoldAttribution]
    mentions: dict[str, Mention]
    #: Ids of events with no content (not scorable).
    dropped: list[str]
    counts: Counter[str]


def parse_ann(ann: str, text: str) -> ParsedAnn:
    """The attributions of one `.ann` file over `text`, with its mentions and counts."""
    mentions: dict[str, Mention] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    body = ann[:-1] if ann.endswith("\n") else ann
    for line in _physical_to_logical(body.split("\n")):
        if m := _TEXT_BOUND.match(line):
            tid, label, offsets, mention_text = m.groups()
            mentions[tid] = Mention(tid, label, parse_spans(offsets), mention_text)
        elif m := _EVENT.match(line):
            roles = []
            for arg in m.group(2).split():
                role, _, ref = arg.partition(":")
                roles.append((role, ref))
            events.append((m.group(1), roles))
    attributions: list[GoldAttribution] = []
    dropped: list[str] = []
    counts: Counter[str] = Counter()
    for eid, roles in events:
        names = {role for role, _ in roles}
        counts["events"] += 1
        counts["no_source"] += "Source" not in names
        counts["no_cue"] += "Cue" not in names
        counts["no_content"] += "Content" not in names
        counts["content2"] += "Content2" in names
        counts["no_source_trigger"] += "Attribution-no-source" in names
        content: list[tuple[int, int]] = []
        content_texts: list[str] = []
        cue: Mention | None = None
        source: Mention | None = None
        for role, ref in roles:
            mention = mentions.get(ref)
            if mention is None:
                continue
            if role.startswith("Content"):  # Content, Content2
                content.extend(mention.spans)
                content_texts.append(mention.text)
            elif role == "Cue":
                cue = mention
            elif role == "Source":
                source = mention
        if not content:
            dropped.append(eid)
            continue
        spans = tuple(sorted(content))
        attributions.append(
            GoldAttribution(
                id=eid,
                content=spans,
                cue=cue.spans if cue else None,
                source=source.spans if source else None,
                content_text=spans_text(text, spans),
                cue_text=spans_text(text, cue.spans) if cue else None,
                source_text=spans_text(text, source.spans) if source else None,
                direct=is_direct(text, spans),
            )
        )
    attributions.sort(key=lambda a: (a.content[0][0], a.id))
    return ParsedAnn(attributions, mentions, dropped, counts)


def ann_files(split_dir: Path) -> dict[str, list[Path]]:
    """Annotator files by text stem: `STEM_XXXX.ann` → STEM (sorted lists)."""
    texts = {p.stem for p in (split_dir / "text").glob("*.txt")}
    by_stem: dict[str, list[Path]] = {}
    for path in sorted((split_dir / "attributions").glob("*.ann")):
        stem = path.stem
        if stem not in texts:  # `STEM_XXXX`: strip the annotator suffix
            stem = stem.rsplit("_", 1)[0]
        by_stem.setdefault(stem, []).append(path)
    return by_stem


def read_article(text_path: Path, ann_paths: Sequence[Path]) -> GoldArticle:
    text = read_text(text_path)
    ann_path = sorted(ann_paths)[0]
    parsed = parse_ann(ann_path.read_text(encoding="utf-8"), text)
    mismatches = [
        (m.id, m.text, spans_text(text, m.spans))
        for m in parsed.mentions.values()
        if spans_text(text, m.spans) != m.text
    ]
    return GoldArticle(
        stem=text_path.stem,
        text_path=text_path,
        ann_path=ann_path,
        ann_paths=sorted(ann_paths),
        text=text,
        attributions=parsed.attributions,
        mentions=len(parsed.mentions),
        mismatches=mismatches,
        dropped=parsed.dropped,
        counts=parsed.counts,
    )


def read_split(split_dir: Path, limit: int | None = None) -> list[GoldArticle]:
    """Every article of a split (`.../polnear/dev`) with its gold, in file-name order.

    A text with no annotator file has no attributions (PolNeAR has none such).
    """
    files = ann_files(split_dir)
    texts = sorted((split_dir / "text").glob("*.txt"))
    if limit is not None:
        texts = texts[:limit]
    out = []
    for path in texts:
        anns = files.get(path.stem, [])
        if anns:
            out.append(read_article(path, anns))
        else:
            out.append(GoldArticle(path.stem, path, None, [], read_text(path), []))
    return out


__all__ = [
    "DOUBLE_MARKS",
    "GoldArticle",
    "GoldAttribution",
    "Mention",
    "ParsedAnn",
    "Spans",
    "ann_files",
    "is_direct",
    "parse_ann",
    "parse_spans",
    "read_article",
    "read_split",
    "read_text",
    "spans_text",
]
