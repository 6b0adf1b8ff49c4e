"""The NewsQuotes documents: which pages, their split, and the text every offset indexes.

NewsQuotes is newsdesk's own who-said-what gold set outside PolNeAR (guide:
`eval/NEWSQUOTES_GUIDE.md`): real news pages from `../shared/corpus/web-pages/`
(outlets in the US, the UK, Ireland, the Caribbean, Central America, Guyana,
Germany, Sweden and Korea) and `../shared/eval/cleanportal/input/` (BBC, WSJ
blogs, MSNBC, Washington Post).

The gold holds offsets, never article text, so the text they index must be
made again the same way on every machine: `reference_text` is a frozen
extraction (trafilatura with fixed options, the page's headline as the first
line when the body lacks it), kept apart from `newsdesk.read.html` so that
work on newsdesk's own HTML reader never moves the gold. Its SHA-256 is stored
with each document's gold and checked before scoring.

Split: a first-batch document is `dev` when `crc32(name) % 5 < 2` (about
40 %), else `test`; the second batch is all `dev` (see `BATCH_2`), the third
all `test` (see `BATCH_3`). Rules are developed on dev only; test is for
reporting.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import trafilatura
from trafilatura.settings import use_config

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

#: Pages chosen as news (reported events with people in them), by hand, from
#: the file names and a first look at each page's headline; pages with no
#: statement are kept on purpose, so that predictions there count against
#: precision.
WEB_PAGES = (
    "0a3108e507c54157a95fe7a1338f5e9c.html",
    "abc13.com-Copperfield.html",
    "abc7news.com-Napa.html",
    "breakingbelizenews.com-paho.html",
    "californiaglobe.com.amazon.html",
    "corkbeo.ie.level.html",
    "dominicantoday.com-air.html",
    "dw.com.uncork.html",
    "fivethirtyeight.com.endorsement.html",
    "gothamist.com-plagues.html",
    "haitiantimes.com-family.html",
    "instyle.com.cancer.html",
    "jamaicaobserver.com-attacks.html",
    "jis.gov.jm-investment.html",
    "kaieteurnewsonline.com-essequibo.html",
    "kulu-media.com.meta-outage.html",
    "kxan.com-Voters.html",
    "medicalnewstoday.com.318674.html",
    "metrotimes.com-Mezcal.html",
    "msn.com.university.html",
    "nationalgeographic.co.uk.goats.html",
    "nature.com.telescope.html",
    "nowgrenada.com-pm.html",
    "observer.com-LVMH.html",
    "phys.org.tool.html",
    "publishedreporter.com-Hottest.html",
    "rutgers.edu.robot.html",
    "standard.co.uk.caribbean.html",
    "telegraph.co.uk.plumber.html",
    "theintercept.com-Gaza.html",
    "thelocal.se.tattooed.html",
    "thenassauguardian.com-hikes.html",
    "theplanetarypress.com.forestlands.html",
    "thepointsguy.com.alaska.html",
    "thestkittsnevisobserver.com-bvi.html",
    "threatpost.com.android.html",
    "ticotimes.net-migration.html",
    "tribune242.com-gunned.html",
    "vice.com.amazon.html",
    "viconsortium.com-cocaine.html",
    "wevolver.com.3dprinting.html",
    "wired.com.burn.html",
    "world.kbs.co.kr-Temperatures.html",
    "wsvn.com-crash.html",
)

CLEANPORTAL = (
    "bbc.co.uk_news_01.html",
    "bbc.co.uk_news_02.html",
    "bbc.co.uk_news_03.html",
    "bbc.co.uk_news_06.html",
    "bbc.co.uk_news_08.html",
    "bbc.co.uk_news_09.html",
    "bbc.co.uk_news_10.html",
    "bbc.co.uk_news_11.html",
    "bbc.co.uk_news_12.html",
    "blogs.wsj.com_brussels_01.html",
    "blogs.wsj.com_brussels_03.html",
    "blogs.wsj.com_brussels_04.html",
    "blogs.wsj.com_brussels_06.html",
    "blogs.wsj.com_brussels_09.html",
    "blogs.wsj.com_brussels_14.html",
    "tv.msnbc.com_news_02.html",
    "tv.msnbc.com_news_10.html",
    "tv.msnbc.com_news_13.html",
    "tv.msnbc.com_news_15.html",
    "tv.msnbc.com_news_18.html",
    "tv.msnbc.com_news_24.html",
    "tv.msnbc.com_news_28.html",
    "tv.msnbc.com_news_30.html",
    "washingtonpost.com_blog1_6.html",
    "washingtonpost.com_blog1_12.html",
    "washingtonpost.com_blog2_1.html",
    "washingtonpost.com_blog2_2.html",
)

#: The second batch (session 8), annotated blind like the first, all of it
#: `dev`: the first batch's 26 dev documents had been read so often that their
#: figures ran well above test's, so new development data came from pages
#: newsdesk had not been tuned on, and the 45 test documents stay as they were
#: (their figures comparable from one session to the next). What was left of
#: the web pages is less often straight news: features, profiles, service
#: pieces, a celebrity page, game notes, police blotters, opinion blogs.
WEB_PAGES_2 = (
    "aclu.org-grades.html",
    "axios.com.future.html",
    "citylimits.org-Nycha.html",
    "heartlandnewsfeed.com-Christian.html",
    "laweekly.com-Cultivation.html",
    "luxuryhaven.co.hyatt.html",
    "pawszilla.com.celine.html",
    "pcmag.com.platters.html",
    "phillyvoice.com-Sixers.html",
    "realsimple.com.hydrangea.html",
    "theatlantic.com.disasters.html",
    "thelist.com.multivitamin.html",
    "theverge.com.ios13.html",
    "villagevoice.com-Party.html",
)

CLEANPORTAL_2 = (
    "bbc.co.uk_news_04.html",
    "bbc.co.uk_news_07.html",
    "blogs.wsj.com_brussels_02.html",
    "blogs.wsj.com_brussels_05.html",
    "blogs.wsj.com_brussels_07.html",
    "blogs.wsj.com_brussels_08.html",
    "blogs.wsj.com_brussels_10.html",
    "blogs.wsj.com_brussels_11.html",
    "blogs.wsj.com_brussels_12.html",
    "tv.msnbc.com_news_01.html",
    "tv.msnbc.com_news_03.html",
    "tv.msnbc.com_news_05.html",
    "tv.msnbc.com_news_06.html",
    "tv.msnbc.com_news_07.html",
    "tv.msnbc.com_news_08.html",
    "tv.msnbc.com_news_17.html",
    "tv.msnbc.com_news_22.html",
    "tv.msnbc.com_news_27.html",
)

#: Names of the second batch's documents (all `dev`).
BATCH_2 = frozenset(
    [f"web-pages/{n}" for n in WEB_PAGES_2] + [f"cleanportal/{n}" for n in CLEANPORTAL_2]
)

#: The third batch (session 9), annotated blind, all of it `test`: a second
#: held-out set that no rule was ever developed on, so that the test figures
#: do not rest on the first batch's 45 documents alone. It is what was left:
#: the rest of CleanPortalEval (MSNBC show blogs, Washington Post notices to
#: readers, one BBC and one WSJ page) and the web pages that quote people
#: although they are essays, reviews, letters or interviews rather than news.
#: Pages with no statement stay in, as in the other batches, so that
#: predictions there count against precision.
WEB_PAGES_3 = (
    "boingboing.net.millenials.html",
    "diem25.org.climate.html",
    "economist.com.thinking.html",
    "github.blog.spiceland.html",
    "mercurynews.com.2023.01.16.letters-1119.html",
    "newrepublic.com.neoliberalism.html",
    "nymag.com.polarization.html",
    "pcgamer.com.darkest.html",
    "security.googleblog.com.protection.html",
)

CLEANPORTAL_3 = (
    "bbc.co.uk_news_05.html",
    "blogs.wsj.com_brussels_13.html",
    *(f"tv.msnbc.com_news_{n:02d}.html"
      for n in (4, 9, 11, 12, 14, 16, 19, 20, 21, 23, 25, 26, 29)),
    *(f"washingtonpost.com_blog1_{n}.html" for n in (0, 2, 3, 4, 5, 7, 8, 9, 10, 11, 15)),
)

#: Names of the third batch's documents (all `test`).
BATCH_3 = frozenset(
    [f"web-pages/{n}" for n in WEB_PAGES_3] + [f"cleanportal/{n}" for n in CLEANPORTAL_3]
)

#: Document name -> path under ../shared.
DOCUMENTS: dict[str, str] = {
    **{f"web-pages/{n}": f"corpus/web-pages/{n}" for n in WEB_PAGES},
    **{f"cleanportal/{n}": f"eval/cleanportal/input/{n}" for n in CLEANPORTAL},
    **{f"web-pages/{n}": f"corpus/web-pages/{n}" for n in WEB_PAGES_2},
    **{f"cleanportal/{n}": f"eval/cleanportal/input/{n}" for n in CLEANPORTAL_2},
    **{f"web-pages/{n}": f"corpus/web-pages/{n}" for n in WEB_PAGES_3},
    **{f"cleanportal/{n}": f"eval/cleanportal/input/{n}" for n in CLEANPORTAL_3},
}


def split_of(name: str) -> str:
    """`dev` or `test`, fixed by the document's name (the second batch: `dev`,
    the third: `test`)."""
    if name in BATCH_2:
        return "dev"
    if name in BATCH_3:
        return "test"
    return "dev" if zlib.crc32(name.encode()) % 5 < 2 else "test"


@dataclass(frozen=True)
class Reference:
    """One document as every NewsQuotes offset reads it."""

    name: str
    text: str
    title: str | None
    published: str | None
    outlet: str | None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()

    def as_input(self) -> dict[str, str | None]:
        """A JSONL input record for `newsdesk extract` (text given, not HTML)."""
        return {
            "id": self.name,
            "text": self.text,
            "title": self.title,
            "published": self.published,
            "outlet": self.outlet,
        }


@lru_cache(maxsize=1)
def _config():  # type: ignore[no-untyped-def]
    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def reference(name: str, shared: Path = SHARED) -> Reference:
    """The frozen text of document `name`: trafilatura's main text (balanced,
    no comments, no tables), one paragraph a line, headline first."""
    raw = (shared / DOCUMENTS[name]).read_bytes()
    doc = trafilatura.bare_extraction(
        raw,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        config=_config(),
    )
    body = "\n".join(
        line.strip() for line in (doc.text or "").replace("\r\n", "\n").split("\n") if line.strip()
    )
    title = " ".join(doc.title.split()) if doc.title else None
    first_lines = [line.strip() for line in body.split("\n")[:5]]
    text = body if not title or title in first_lines else f"{title}\n{body}"
    date = doc.date[:10] if doc.date else None
    return Reference(name, text, title, date, doc.sitename or doc.hostname)


def names(split: str | None = None) -> list[str]:
    """Document names in a fixed order, optionally only one split's."""
    return [n for n in DOCUMENTS if split is None or split_of(n) == split]
