"""Invented WARC shards for the engine tests (no shared data: the text is made up here)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

_PEOPLE = [
    ("Maria Lindqvist", "harbour authority", "the new ferry terminal", "Tuesday"),
    ("Tomas Okafor", "transport committee", "the tram extension", "last week"),
    ("Ingrid Salo", "school board", "the reading programme", "on Monday"),
    ("Daniel Mbeki", "water company", "the reservoir repairs", "yesterday"),
    ("Helen Carrow", "county council", "the flood defences", "this Thursday"),
    ("Pavel Novak", "hospital trust", "the night clinic", "last month"),
]


def page(i: int, *, short: bool = False, note: str = "") -> bytes:
    name, body, plan, when = _PEOPLE[i]
    last = name.split()[-1]
    paras = [
        f"{name}, who chairs the {body}, said {when} that {plan} would open on time.",
        f'"We have checked every figure twice and the money is there," {last} told reporters. '
        f"The budget of {3 + i} million pounds was agreed in March after a long debate.",
        f"Critics were not convinced. \"This is a promise we have heard before,\" said a "
        f"spokesperson for the residents' group, adding that {plan} had already slipped "
        f"{i + 2} times since 2019.",
        f"{last} said the next update would come in {10 + i} days and that local firms "
        f"would be given the first contracts. About {40 + i} people attended the meeting.",
    ]
    if short:  # under the 80 words below which an article is flagged too_short
        paras = paras[:1]
    if note:
        paras.append(note)
    html = "".join(f"<p>{p}</p>" for p in paras)
    title = f"{body.title()} backs {plan}"
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | Local | Sport</nav>"
        f"<article><h1>{title}</h1>{html}</article><footer>Copyright Example News</footer>"
        "</body></html>"
    ).encode()


def _record(writer: WARCWriter, url: str, payload: bytes) -> None:
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
    )
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                  http_headers=headers)
    )


def make_shards(folder: Path) -> list[Path]:
    """Two WARC.gz shards of seven articles: the first holds three, the second
    three more (the last one too short), one bad record (an HTML response whose
    body is binary: it contains NUL bytes) and a near-duplicate of the second
    article (republished with a correction line)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for s in range(2):
        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=True)
        for i in range(3 * s, 3 * s + 3):
            _record(writer, f"https://news.example/story/{i}", page(i, short=i == 5))
            if s == 1 and i == 4:
                _record(writer, "https://news.example/broken", b"<html>\x00\x00\x01binary")
        if s == 1:
            note = "This article was corrected on Friday to fix a spelling."
            _record(writer, "https://copies.example/story/1", page(1, note=note))
        path = folder / f"shard-{s}.warc.gz"
        path.write_bytes(buf.getvalue())
        paths.append(path)
    return paths


def make_jsonl(path: Path) -> Path:
    """A JSONL shard: two dated articles with ids and outlets (from two of the
    stories above, told again), and one line that is not JSON."""
    lines = []
    for n, i in enumerate((0, 3)):
        name, body, plan, _ = _PEOPLE[i]
        text = (
            f"{body.title()} confirms {plan}\n"
            f"{name} said on Wednesday that {plan} had been approved by the {body}. "
            f'"It is a good day for the town," {name.split()[-1]} said. Work starts in June.'
        )
        lines.append(json.dumps({
            "id": f"wire-{n}", "text": text, "published": f"2024-03-0{n + 4}",
            "outlet": "Example Wire", "url": f"https://wire.example/{n}",
        }))
    lines.insert(1, '{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
