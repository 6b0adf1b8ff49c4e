# ruff: noqa: E501 - the articles and pages below are data: one paragraph or tag per line.
"""Regenerate the examples/ files that are easier to write from Python.

    python scripts/make_examples.py [EXAMPLES_DIR]

Writes, deterministically (a rerun gives the same bytes):
- cp1252_curly_pound.txt   Windows-1252 bytes: curly quotes, en dash, £, é
- utf8_bom.txt             UTF-8 with a byte-order mark
- crlf_line_endings.txt    CRLF line endings
- feed.jsonl               JSON Lines records using `text` or `html`
- crawl.warc.gz            a gzipped WARC: warcinfo, a request, three HTML
                           responses and one image/png response (to be skipped)

Every article is fiction written for newsdesk: the people, places, outlets and
events are invented (see examples/README.md).
"""

from __future__ import annotations

import json
import struct
import sys
import uuid
import zlib
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
#: Fixed so reruns produce identical record ids.
ID_NAMESPACE = uuid.UUID("6f1d2c1e-8a0b-4c55-9d0e-3f5b7a9c2e41")

# -- plain text in awkward encodings ------------------------------------------

CP1252_ARTICLE = """\
Harbour trust chief pledges £12m to rebuild Kestrel Bay sea wall

Former MP Tom Fenwick has promised £12m to repair the crumbling sea wall at Kestrel Bay – his first big announcement since leaving Parliament to run the town’s harbour trust.

Speaking at the Quayside Café on Tuesday, Mr Fenwick said the 1930s wall was “held together by habit and hope” and would not survive another winter like the last one.

“I spent nine years asking ministers for this money,” he said. “It turns out the quickest way to get it was to stop asking them.”

The trust will borrow £7.5m against its port income and has applied for a further £4.5m from the Coastal Resilience Fund, with a decision expected in June.

Councillor Jan Pascoe, who chairs the town’s flood committee, said that residents on Marine Parade had been “living with sandbags on their doorsteps since October”.

Work is due to begin in September and to take about 18 months.
"""

BOM_ARTICLE = """\
Island housing fund built barely a third of promised homes, audit finds

An £80m Scottish Government fund meant to deliver 1,000 affordable homes on the islands by 2026 has so far produced just 352, according to a report by the public spending watchdog published yesterday.

Housing minister Alasdair Rennie said the figures were “disappointing but not the whole story”, pointing to a further 210 homes under construction on Lewis, Mull and Islay.

Scottish Conservative MSP Gillian Moffat said islanders had been “sold a brochure and handed a building site”.

“Young families are leaving Barra and Tiree because there is nowhere to rent — not because there are no jobs,” she told Holyrood’s local government committee on Wednesday.

The report found that building costs on the islands averaged £312,000 per home, almost 60 per cent more than on the mainland, largely because of shipping and a shortage of tradespeople.

Mr Rennie said ministers would publish a revised plan “before the summer recess”.
"""

CRLF_ARTICLE = """\
Ortiz schedules veto override vote for April 15 as both sides hunt for one senator

The Democratic speaker of the state House said Thursday she had scheduled an override vote on Gov. Carl Brennan's school-funding veto for April 15, giving supporters less than two weeks to win over a single Republican senator.

"We have the votes in the House. The Senate is the whole ballgame," Speaker Janelle Ortiz said at a news conference in the Capitol rotunda.

Brennan vetoed the bill on Tuesday, saying it would push up property taxes in rural districts. It passed the Senate 22-11, one vote short of the 23 needed to override.

State Sen. Wes Dunleavy, a Republican who backed the bill, said that he had been approached by "three or four" colleagues who were "looking for a reason to say yes."

A spokesman for the governor, Alan Reyes, said Brennan was "confident the veto will stand" and would meet rural school superintendents next week.
"""

# -- JSON Lines ---------------------------------------------------------------

FEED: list[dict[str, object]] = [
    {
        "id": "apa-20250331-0142",
        "url": "https://wire.albionpress.example/politics/kestrel-bay-leaflet-apology",
        "title": "Conservative candidate apologises for hospital leaflet in Kestrel Bay by-election",
        "published": "2025-03-31",
        "outlet": "Albion Press Agency",
        "text": (
            "KESTREL BAY, England, March 31 (APA) - The Conservative candidate in Thursday's "
            "Kestrel Bay parliamentary by-election apologised on Monday for a campaign leaflet "
            "which said the town's hospital would close, a claim the hospital's managers had "
            "rejected.\n\n"
            'Mark Holloway told reporters he had "got this wrong" and that the wording "went '
            'further than the facts". The leaflet was sent to around 30,000 households over the '
            "weekend.\n\n"
            "The opposition Labour Party, which won the seat with a majority of about 3,100 at "
            "last year's general election, is defending it after its former lawmaker Tom Fenwick "
            "resigned to lead the local harbour authority.\n\n"
            'Labour candidate Priya Banerjee said voters had been "frightened" by the leaflet.\n\n'
            "The by-election is seen as a test for Labour leader Helen Marsh, whose party trails "
            "the ruling Conservatives by 12 points in the latest Meridian Research national "
            "poll.\n\n"
            "(Reporting by Nadia Ferris; Editing by Paul Grant)"
        ),
    },
    {
        "id": "courier-8841",
        "url": "https://www.westburycourier.example/news/council-tax-rise-approved",
        "title": "Westbury council tax to rise by 4.9 per cent after late-night vote",
        "published": "28 March 2025",
        "outlet": "The Westbury Courier",
        "text": (
            "Купить виагру без рецепта недорого – аптека онлайн с доставкой по всей России\n"
            "Westbury council tax to rise by 4.9 per cent after late-night vote\n"
            "Councillors in Westbury have approved a council tax rise of 4.9 per cent, the "
            "maximum allowed without a local referendum, after a budget meeting that ran past "
            "midnight.\n"
            "The increase will add £94 a year to the bill for a typical Band D home, taking it "
            "to £2,012.\n"
            'Council leader Graham Tilney said the authority had "no real choice" after the cost '
            "of adult social care rose by £6.3m in a single year.\n"
            '"Nobody stands for election hoping to put up council tax. But the alternative was '
            "closing two of our four libraries and every public toilet in the borough, and I was "
            'not prepared to do that," he said.\n'
            'Opposition leader Sue Maddox said that the Conservative-run council had "wasted two '
            'years blaming Whitehall instead of fixing its own books".\n'
            "The new rates take effect on Tuesday."
        ),
    },
    {
        "id": 20250402,
        "url": "https://www.capitolwire.example/2025/04/02/whitcombe-harmon-broadband-deal/",
        "title": "Whitcombe and Harmon strike deal on broadband speeds, clearing way for vote",
        "published": "2025-04-02T09:30:00Z",
        "outlet": "Capitol Wire",
        "html": (
            "<!doctype html><html><head><meta charset='utf-8'>"
            "<title>Whitcombe and Harmon strike deal on broadband speeds - Capitol Wire</title>"
            "</head><body>"
            "<nav><a href='/'>Capitol Wire</a> <a href='/congress'>Congress</a> "
            "<a href='/subscribe'>Subscribe</a></nav>"
            "<article><h1>Whitcombe and Harmon strike deal on broadband speeds, clearing way "
            "for vote</h1><p class='byline'>By Marisol Vega</p>"
            "<p>Sen. Dana Whitcombe and Sen. Luke Harmon reached an agreement late Tuesday on "
            "a minimum speed standard for the rural broadband bill, clearing the way for a "
            "Senate vote as soon as Thursday.</p>"
            "<p>Under the compromise, projects paid for by the $18 billion bill must offer "
            "download speeds of at least 100 megabits per second, and providers must publish "
            "measured speeds every quarter, but upload requirements will be phased in over "
            "three years.</p>"
            '<p>"Nobody got everything, and that is how you know it is a real deal," Harmon, '
            "a Kansas Republican, said in a hallway interview.</p>"
            '<p>Whitcombe said that the families she had met "will be able to see for '
            'themselves whether the money worked."</p>'
            "<p>Majority Leader Ray Castellano filed for cloture shortly after 9 p.m.</p>"
            "</article>"
            "<aside><h2>Most popular</h2><ul><li><a href='/a'>Brennan vetoes school-funding "
            "overhaul</a></li></ul></aside>"
            "<footer>Capitol Wire &copy; 2025</footer></body></html>"
        ),
    },
    {
        "id": "apa-20250326-0311",
        "url": "https://wire.albionpress.example/markets/uk-spring-statement-thresholds",
        "title": "UK finance minister Pryce extends income tax threshold freeze",
        "published": "March 26, 2025",
        "outlet": "Albion Press Agency",
        "text": (
            "LONDON, March 26 (APA) - British finance minister Oliver Pryce on Wednesday "
            "extended a freeze on income tax thresholds by two more years, a move independent "
            "forecasters say will raise about 7 billion pounds by 2028.\n\n"
            "Presenting his spring statement to parliament, Pryce said he had kept his promise "
            'not to raise income tax rates, but told lawmakers that "every pound of spending '
            'will have to earn its place".\n\n'
            "He also announced savings of 4.2 billion pounds across government departments, "
            "most of them to come from the Home Office and the transport ministry.\n\n"
            'Opposition finance spokeswoman Anita Rowe called the freeze "a stealth tax on every '
            'nurse, teacher and bus driver in the country".\n\n'
            "Sterling was little changed against the dollar after the announcement.\n\n"
            "(Reporting by Nadia Ferris; Writing by Tom Quayle; Editing by Paul Grant)"
        ),
    },
]

# -- WARC ---------------------------------------------------------------------

COURIER_RESULT = """\
<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Labour holds Kestrel Bay by 412 votes as Tories close the gap | The Westbury Courier</title>
<meta property="og:site_name" content="The Westbury Courier">
<meta property="article:published_time" content="2025-04-04T04:20:00+01:00">
</head><body>
<header><a href="/">The Westbury Courier</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/whats-on">What's On</a> <a href="/jobs">Jobs</a> <a href="/announcements">Announcements</a></nav></header>
<main><article>
<h1>Labour holds Kestrel Bay by 412 votes as Tories close the gap</h1>
<p class="byline">By Rhian Pollard, local democracy reporter</p>
<figure><img src="/img/kestrel-bay-count.png" alt=""><figcaption>Priya Banerjee celebrates at the count at the Marine Leisure Centre. Picture: Westbury Courier</figcaption></figure>
<p>Labour has held Kestrel Bay in the by-election, but with its majority cut from more than 3,100 to just 412 votes.</p>
<p>Priya Banerjee won 14,208 votes to Conservative Mark Holloway's 13,796, on a turnout of 41.2 per cent. Liberal Democrat Owen Tregarth was third with 5,930.</p>
<p>In her victory speech at the Marine Leisure Centre shortly before 4am, Ms Banerjee said: "This town has been talked about a great deal in the last six weeks. Tonight it has done the talking."</p>
<p>Mr Holloway said that he was "proud of the campaign we ran" and would stand again at the general election.</p>
<p>Turnout was the lowest in the seat since it was created in 1997.</p>
<p>Labour leader Helen Marsh said in a statement: "We won, and we will learn the lessons. Voters here have told us what they want, and we heard them."</p>
</article>
<aside><h2>Latest news</h2><ul><li><a href="/news/sea-wall">Harbour trust chief pledges money for sea wall</a></li><li><a href="/news/council-tax">Council tax to rise by 4.9 per cent</a></li></ul></aside>
</main>
<footer><p>&copy; 2025 Westbury Courier Media Ltd</p><p><a href="/privacy">Privacy notice</a> | <a href="/contact">Contact us</a></p></footer>
</body></html>
"""

CAPITOLWIRE_PASSES = """\
<!doctype html>
<html lang="en-US"><head><meta charset="utf-8">
<title>Senate passes rural broadband bill after Whitcombe wins speed standard - Capitol Wire</title>
<meta property="og:site_name" content="Capitol Wire">
<meta property="article:published_time" content="2025-04-03T16:05:00-04:00">
</head><body>
<nav><a href="/">Capitol Wire</a> | <a href="/congress">Congress</a> | <a href="/states">States</a> | <a href="/subscribe">Subscribe</a></nav>
<div class="ad"><span>Advertisement</span></div>
<article>
<h1>Senate passes rural broadband bill after Whitcombe wins speed standard</h1>
<p class="byline">By Marisol Vega | April 3, 2025</p>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<p>The Senate passed the $18 billion rural broadband bill 71-27 on Thursday, two days after Sen. Dana Whitcombe and Sen. Luke Harmon settled a dispute over minimum internet speeds.</p>
<p>"This is the bill the families I met deserved a year ago," Whitcombe, a Minnesota Democrat, said on the Senate floor before the vote. "It is late, but it is real."</p>
<p>Harmon said that the final version was "better than the one I co-sponsored, and I don't say that often."</p>
<p>The bill now goes to the House, where Speaker Tom Raines has said he will bring it up after the Easter recess.</p>
<div class="newsletter"><p>Get Capitol Wire's Hill Notes in your inbox. Sign up now.</p></div>
<p>Telecommunications companies, which had lobbied against the speed standard, said in a joint statement that they would "work constructively with the House".</p>
</article>
<section><h2>More from Congress</h2><ul><li><a href="/x">Whitcombe and Harmon strike deal on broadband speeds</a></li></ul></section>
<footer>Capitol Wire &copy; 2025. All rights reserved.</footer>
</body></html>
"""

NORTHGATE_REACTION = """\
<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Marsh calls Kestrel Bay result 'a warning we will heed' | Northgate News</title>
<meta property="og:site_name" content="Northgate News">
<meta property="article:published_time" content="2025-04-04T11:30:00+01:00">
</head><body>
<header><a href="/">Northgate News</a><nav><a href="/uk">UK</a> <a href="/politics">Politics</a> <a href="/world">World</a> <a href="/watch-live">Watch Live</a></nav></header>
<main><article>
<h1>Marsh calls Kestrel Bay result 'a warning we will heed'</h1>
<p class="standfirst">The Labour leader visited the seat hours after her party held it by 412 votes.</p>
<p class="trust"><a href="/about">Why you can trust Northgate News</a></p>
<p>Labour leader Helen Marsh has said her party's narrow win in the Kestrel Bay by-election is "a warning we will heed", after its majority fell from more than 3,100 to 412.</p>
<p>Speaking on the seafront hours after the result, she said: "We won, and we will learn the lessons. Nobody in my party should mistake a win for a verdict."</p>
<div class="player"><p>Please use Chrome or Firefox browser for a more accessible video player</p><p>Banerjee: 'Tonight this town has done the talking'</p></div>
<p>One Labour MP told Northgate News that the result was "a near-death experience with a candidate who deserved far better than the national picture gave her".</p>
<p>Conservative Party chairman Simon Radley said: "Labour's majority has gone from thousands to hundreds in a seat they have held for a generation. Helen Marsh should be worried."</p>
<p>Turnout was 41.2 per cent, down from 63 per cent at last year's general election.</p>
<ul class="share"><li><a href="#">Share</a></li><li><a href="#">Copy link</a></li></ul>
</article>
<section class="related"><h2>More on Labour</h2><ul><li><a href="/p/1">Tory candidate apologises over hospital leaflet</a></li><li><a href="/p/2">Marsh tells MPs to hold their nerve</a></li></ul></section>
</main>
<footer><p>&copy; 2025 Northgate Broadcasting Ltd</p></footer>
</body></html>
"""

WARC_DATE = "2025-04-04T12:00:00Z"
HTTP_DATE = "Fri, 04 Apr 2025 12:00:00 GMT"

PAGES = [
    ("https://www.westburycourier.example/news/kestrel-bay-by-election-result", COURIER_RESULT),
    (
        "https://www.capitolwire.example/2025/04/03/senate-passes-rural-broadband-bill/",
        CAPITOLWIRE_PASSES,
    ),
    (
        "https://news.northgate.example/politics/marsh-kestrel-bay-reaction-13077",
        NORTHGATE_REACTION,
    ),
]
IMAGE_URI = "https://www.westburycourier.example/img/kestrel-bay-count.png"


def tiny_png() -> bytes:
    """A valid 2x2 grey PNG, built byte by byte so it never changes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0)  # 2x2, 8-bit greyscale
    raw = b"\x00\x80\x80" * 2  # each row: filter byte 0, two grey pixels
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def record_id(*parts: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(ID_NAMESPACE, '|'.join(parts))}>"


def warc_bytes() -> bytes:
    out = BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="1.0")

    info = (
        b"software: newsdesk scripts/make_examples.py\r\n"
        b"format: WARC File Format 1.0\r\n"
        b"description: fictional example pages for newsdesk\r\n"
    )
    writer.write_record(
        writer.create_warc_record(
            "",
            "warcinfo",
            payload=BytesIO(info),
            length=len(info),
            warc_content_type="application/warc-fields",
            warc_headers_dict={
                "WARC-Record-ID": record_id("warcinfo"),
                "WARC-Date": WARC_DATE,
                "WARC-Filename": "crawl.warc.gz",
            },
        )
    )

    def response(uri: str, body: bytes, content_type: str) -> None:
        http = StatusAndHeaders(
            "200 OK",
            [
                ("Date", HTTP_DATE),
                ("Content-Type", content_type),
                ("Content-Length", str(len(body))),
            ],
            protocol="HTTP/1.1",
        )
        writer.write_record(
            writer.create_warc_record(
                uri,
                "response",
                payload=BytesIO(body),
                length=len(body),
                http_headers=http,
                warc_headers_dict={
                    "WARC-Record-ID": record_id("response", uri),
                    "WARC-Date": WARC_DATE,
                },
            )
        )

    first_uri = PAGES[0][0]
    request = StatusAndHeaders(
        "GET /news/kestrel-bay-by-election-result HTTP/1.1",
        [("Host", "www.westburycourier.example"), ("User-Agent", "newsdesk-example-crawler/1.0")],
        is_http_request=True,
    )
    writer.write_record(
        writer.create_warc_record(
            first_uri,
            "request",
            payload=BytesIO(b""),
            length=0,
            http_headers=request,
            warc_headers_dict={
                "WARC-Record-ID": record_id("request", first_uri),
                "WARC-Date": WARC_DATE,
                "WARC-Concurrent-To": record_id("response", first_uri),
            },
        )
    )
    response(first_uri, PAGES[0][1].encode("utf-8"), "text/html; charset=utf-8")
    response(IMAGE_URI, tiny_png(), "image/png")
    for uri, html in PAGES[1:]:
        response(uri, html.encode("utf-8"), "text/html; charset=UTF-8")
    return out.getvalue()


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "examples"
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "cp1252_curly_pound.txt": CP1252_ARTICLE.encode("cp1252"),
        "utf8_bom.txt": b"\xef\xbb\xbf" + BOM_ARTICLE.encode("utf-8"),
        "crlf_line_endings.txt": CRLF_ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        "feed.jsonl": "".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in FEED).encode(
            "utf-8"
        ),
        "crawl.warc.gz": warc_bytes(),
    }
    for name, data in files.items():
        (out / name).write_bytes(data)
        print(f"{out / name}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
