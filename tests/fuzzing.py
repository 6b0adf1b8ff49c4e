"""What the fuzz tests share (issue 13): the example count, the 10 s limit per
input with an alarm behind it, the per-test report, and news-like texts.

CI runs `EXAMPLES` examples per test; the full run sets NEWSDESK_FUZZ_EXAMPLES
and NEWSDESK_FUZZ_REPORT (see docs/FUZZING.md).
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from typing import TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from newsdesk.article import FLAG_NAMES, REMOVAL_REASONS, Article

EXAMPLES = int(os.environ.get("NEWSDESK_FUZZ_EXAMPLES", "60"))
LIMIT_S = 10.0

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # timed by `timed`: the limit is 10 s per input, not hypothesis' 200 ms
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
    database=None,
)

T = TypeVar("T")


class Hung(BaseException):
    """Raised by the alarm: not an Exception, so no handler in newsdesk swallows it."""


def _hung(signum: int, frame: object) -> None:
    raise Hung(f"no result after {LIMIT_S + 5:.0f} s")


#: Per test: inputs run and the slowest, in seconds (`write_report`).
SEEN: dict[str, list[float]] = {}


def timed(call: Callable[[], T], shown: object) -> T:
    """`call()`, failing when it takes `LIMIT_S` or more; an alarm a few
    seconds later stops one that never returns instead of hanging the run.
    `shown` is what the failure message quotes of the input."""
    start = time.perf_counter()
    previous = signal.signal(signal.SIGALRM, _hung)
    signal.setitimer(signal.ITIMER_REAL, LIMIT_S + 5)
    try:
        out = call()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    took = time.perf_counter() - start
    seen = SEEN.setdefault(os.environ.get("PYTEST_CURRENT_TEST", "?").split(" ")[0], [0, 0.0])
    seen[0] += 1
    seen[1] = max(seen[1], took)
    assert took < LIMIT_S, f"{took:.1f} s on {shown!r:.300}"
    return out


def write_report() -> None:
    """Append one line per test seen since the last call to the file
    NEWSDESK_FUZZ_REPORT names: test, inputs, slowest."""
    target = os.environ.get("NEWSDESK_FUZZ_REPORT")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            for name, (count, slowest) in sorted(SEEN.items()):
                fh.write(f"{name}\t{int(count)}\t{slowest:.3f}\n")
    SEEN.clear()


# -- news-like texts --------------------------------------------------------

#: Any character but a lone surrogate: the readers never let one through.
CHAR = st.characters(codec="utf-8")



def any_texts(alphabet: st.SearchStrategy[str], max_size: int) -> st.SearchStrategy[str]:
    """Any text of `alphabet`, short or up to `max_size` characters: alone,
    `st.text` hardly draws more than a few dozen."""
    return st.one_of(
        st.text(alphabet, max_size=max_size),
        st.integers(0, max_size).flatmap(lambda n: st.text(alphabet, min_size=n, max_size=n)),
    )


WORDS = st.sampled_from(
    "the a of to and in that is was for on with as by at from has have had will would "
    "it he she they we I you not but which who said says told warned added according "
    "council minister government police court people year week Labour Conservative "
    "party vote election report spokesman spokeswoman source official sources close "
    "Mr Mrs Ms Dr Jeremy Corbyn Theresa May Jane Holt Smith London Brexit NHS BBC "
    "Reuters AP U.S. U.K. Inc. Ltd St. e.g. i.e. don't won't it's O'Neill Jean-Luc "
    "believes plans claimed announced denied asked replied insisted explained".split()
)
QUOTE_MARKS = st.sampled_from(
    ['"', "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "「", "」", "``", "''",
     "« ", " »", '"""', "‟", "❝", "❞"]
)
ODD = st.sampled_from(
    ["مرحبا بالعالم", "שלום", "\u202eevil\u202c", "\u200f", "e\u0301", "a\u0308\u0323",
     "Z\u0351\u0354\u0355\u0356", "👍🏽", "👨‍👩‍👧", "🇬🇧", "\u200b", "\u200d", "\u2060", "\ufeff",
     "\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029", "\t", "\xa0", "\u3000",
     "\ufffd", "\ufb01", "İ", "ß", "\U0001d400", "中文新闻", "Россия", "Ελλάδα", "…", "—", "–",
     "\\", "<b>", "&amp;", "{}", "%s", "$1", "\\n", "\u00ad", "\U0010fffd"]
)
NUMBERS = st.sampled_from(
    ["52%", "52 per cent", "£3bn", "£3.5bn", "$1.2 million", "€40m", "50p", "1,000,000",
     "1.000.000", "3/4/21", "31/02/2021", "2017-02-21", "2017-02-30", "21 February 2017",
     "Feb 30, 2017", "last Tuesday", "next year", "on Friday", "this week", "in 2011",
     "the 1990s", "10:30pm", "yesterday", "tomorrow morning", "every Monday", "three years",
     "19-15", "No. 1", "third-largest", "up two points", "down 3%", "a third", "one in five",
     "0.0001%", "-5%", "+5", "1e999", "9" * 60, "12th", "a 700-mile", "16 hours", "44.5",
     "½", "٣", "१२", "Ⅻ", "between 5 and 10", "5-10%", "Q3 2017", "FY2017/18", "0"]
)
TOKENS = st.one_of(
    WORDS, WORDS, WORDS, WORDS, QUOTE_MARKS, ODD, NUMBERS, st.text(CHAR, max_size=8)
)
SEPARATORS = st.sampled_from([" ", " ", " ", " ", "", ", ", ". ", "; ", " - ", "\t", "  "])
ENDS = st.sampled_from([".", ".", ".", "", "?", "!", "…", ".”", '."', ",", ":", " -"])


@st.composite
def phrases(draw: st.DrawFn, max_words: int = 30) -> str:
    parts = draw(st.lists(st.tuples(TOKENS, SEPARATORS), max_size=max_words))
    return "".join(t + s for t, s in parts).strip(" ")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    return draw(phrases()) + draw(ENDS)


@st.composite
def quoted(draw: st.DrawFn) -> str:
    """A quote, its marks of any kind, balanced, mismatched, missing or nested."""
    inner = draw(phrases(12))
    if draw(st.booleans()):
        nest = draw(QUOTE_MARKS)
        inner = f"{inner} {nest}{draw(phrases(6))}{draw(st.sampled_from([nest, '']))} {inner}"
    opener = draw(st.one_of(QUOTE_MARKS, st.just("")))
    closer = draw(st.one_of(QUOTE_MARKS, st.just("")))
    who = draw(st.sampled_from(["he said", "she told the BBC", "said Mr Corbyn",
                                "a spokesman said", "according to sources", "they added",
                                "Jane Holt, the council leader, said", ""]))
    layout = draw(st.integers(0, 3))
    if layout == 0:
        return f"{opener}{inner},{closer} {who}."
    if layout == 1:
        return f"{who}: {opener}{inner}{closer}"
    if layout == 2:
        return f"{opener}{inner},{closer} {who}. {opener}{draw(phrases(10))}.{closer}"
    return f"{who} that {inner}."


BYLINES = st.sampled_from(
    ["By Jane Holt", "By JANE HOLT, Political Editor", "Jane Holt | Reuters",
     "By Jane Holt and Tom Smith", "Jane Holt @janeholt", "Published: 21 February 2017",
     "Updated 10:30 GMT", "21 Feb 2017 | 10:30", "By", "From our correspondent"]
)
FURNITURE = st.sampled_from(
    ["Read more", "Read more:", "Read more: Council votes to close libraries", "Advertisement",
     "ADVERTISEMENT", "Story continues below advertisement", "Share this article",
     "Follow us on Twitter", "Sign up to our newsletter", "Image copyright Getty Images",
     "Photo: Reuters", "Image caption The libraries", "Watch: the vote", "Click here to subscribe",
     "Related:", "Related stories", "© 2017 News Ltd", "All rights reserved", "Cookie policy",
     "Skip to content", "Comments (12)", "Media playback is unsupported on your device",
     "You may also like", "Most read", "Top stories", "Copy link", "Share", "Print",
     "Visit NewsSite.com for breaking news", "Buy now at best price!!! cheap-pills.example"]
)
INTERVIEW = st.sampled_from(["Q:", "A:", "Q.", "A.", "JANE HOLT:", "Holt:", "INTERVIEWER:",
                             "Mr Corbyn:", "Q -", "—"])
BULLETS = st.sampled_from(["•", "-", "*", "1.", "a)", "·", "▪", "–", "→", "#", ">"])


@st.composite
def lines(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 11))
    if kind <= 3:
        return draw(sentences())
    if kind == 4:
        return draw(quoted())
    if kind == 5:
        return draw(st.one_of(BYLINES, FURNITURE))
    if kind == 6:
        return f"{draw(INTERVIEW)} {draw(st.one_of(sentences(), quoted()))}"
    if kind == 7:
        return f"{draw(BULLETS)} {draw(sentences())}"
    if kind == 8:
        title = draw(phrases(10))
        return title.upper() if draw(st.booleans()) else title.title()
    if kind == 9:
        return draw(st.sampled_from(["", "", " ", "\t", "\u200b", "\xa0"]))
    if kind == 10:
        return draw(st.text(CHAR, max_size=80))
    return draw(st.one_of(NUMBERS, ODD))


NEWLINES = st.sampled_from(["\n", "\n", "\n\n", "\n\n", "\n\n\n", "\r\n", "\r", " \n"])


@st.composite
def news_texts(draw: st.DrawFn, max_chars: int = 3000, max_repeats: int = 10) -> str:
    """A news-like text: lines of every kind (headlines, bylines, furniture,
    quotes ...), sometimes one repeated up to `max_repeats` times, a very
    long line, the last sentence cut short; at most `max_chars` characters."""
    body: list[str] = draw(st.lists(lines(), max_size=25))
    repeat = draw(st.booleans())
    if body and repeat:
        which = draw(st.integers(0, len(body) - 1))
        body[which:which] = [body[which]] * draw(st.integers(1, max_repeats))
    if draw(st.integers(0, 4)) == 0:  # one very long line, with or without spaces
        body.append(draw(st.sampled_from(["word ", "x", "“", "ab. ", "—", "é"]))
                    * draw(st.integers(100, max_chars)))
    text = ""
    for line in body:
        text += line + draw(NEWLINES)
    if text and draw(st.booleans()):  # the last sentence truncated
        text = text[: draw(st.integers(0, len(text)))]
    return text[:max_chars]


# -- what every cleaned article must satisfy ---------------------------------


def within(text: str, start: object, end: object, what: str) -> None:
    """`[start, end)` is an ordered span of `text`."""
    assert isinstance(start, int) and isinstance(end, int), (what, start, end)
    assert 0 <= start <= end <= len(text), (what, start, end, len(text))


def check_cleaned(article: Article, text: str) -> None:
    """The text untouched; removed spans, flags and the headline inside it,
    with documented names; the kept text the text minus the removed spans,
    UTF-8 whenever the input is."""
    assert article.text == text  # stages never edit the text
    for r in article.removed:
        within(text, r.start, r.end, "removed")
        assert r.reason in REMOVAL_REASONS, r
        assert isinstance(r.detail, str)
    for f in article.flags:
        assert f.name in FLAG_NAMES, f
        assert 0.0 <= f.score <= 1.0, f
        for span in f.evidence:
            within(text, span.start, span.end, f"{f.name} evidence")
    if article.title_span is not None:
        within(text, article.title_span.start, article.title_span.end, "title_span")
    kept = article.kept_text()
    assert isinstance(kept, str)
    covered, reach = 0, 0  # characters inside the union of removed spans
    for start, end in sorted((r.start, r.end) for r in article.removed):
        covered += max(0, end - max(start, reach))
        reach = max(reach, end)
    assert len(kept) == len(text) - covered
    if _utf8(text):
        kept.encode("utf-8")
        for value in (article.title, article.language):
            if value is not None:
                value.encode("utf-8")


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
