"""Reading WARC records without extracting the pages: newsdesk's framing with
FastWARC for the HTTP message, beside warcio alone over the same bytes.

    .venv/bin/python benchmarks/bench_warc_read.py [--records 3000] [--repeat 5]

Records are invented (a 25 KB page each), built in memory, written to a
temporary file and read from it, plain and gzip-compressed per record.
HTML extraction (trafilatura, some milliseconds per page) is left out: this
measures the WARC layer alone. Medians of `--repeat` alternating runs.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import tempfile
import time
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from newsdesk.read.warc import GzipMembers, read_response
from newsdesk.read.warc_frame import Record, Source, records

PAGE = b"<html><body>" + b"<p>The minister said on Monday the plan would go ahead.</p>" * 430


def record(i: int) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE
    return (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/{i}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode() + http + b"\r\n\r\n"


def newsdesk_read(path: Path) -> int:
    total = 0
    with path.open("rb") as fh:
        raw = Source(fh)
        src = Source(GzipMembers(raw)) if raw.peek(2) == b"\x1f\x8b" else raw  # type: ignore[arg-type]
        for rec in records(src, str(path), 10_000_000):
            if isinstance(rec, Record):
                response = read_response(rec, "x", 10_000_000)
                total += len(response.body) if response else 0
    return total


def warcio_read(path: Path) -> int:
    total = 0
    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh):
            total += len(rec.content_stream().read())
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    parts = [record(i) for i in range(args.records)]
    with tempfile.TemporaryDirectory() as d:
        plain, packed = Path(d) / "a.warc", Path(d) / "a.warc.gz"
        plain.write_bytes(b"".join(parts))
        packed.write_bytes(b"".join(gzip.compress(p, 6) for p in parts))
        for path in (plain, packed):
            times: dict[str, list[float]] = {"newsdesk": [], "warcio": []}
            sizes = set()
            for _ in range(args.repeat):
                for name, fn in (("newsdesk", newsdesk_read), ("warcio", warcio_read)):
                    start = time.perf_counter()
                    sizes.add(fn(path))
                    times[name].append(time.perf_counter() - start)
            assert len(sizes) == 1, "the two readers disagree on the bodies"
            mb = path.stat().st_size / 1e6
            for name, ts in times.items():
                t = statistics.median(ts)
                print(f"{path.name:10} {mb:7.1f} MB  {name:8} {t:6.3f} s  "
                      f"{args.records / t:8.0f} records/s")


if __name__ == "__main__":
    main()
