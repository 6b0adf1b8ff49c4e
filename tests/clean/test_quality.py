"""Quality flags other than `stitched`: each with a score and evidence spans."""

from __future__ import annotations

import pytest

from newsdesk.config import Options


@pytest.fixture
def ending(clean):
    """`ending(*lines)`: the fictional article with `lines` as its last lines."""
    return lambda *lines: clean(*lines, at=99)


def test_a_clean_article_has_no_flags(ending) -> None:
    article = ending()
    assert [f.name for f in article.flags] == []
    assert article.language == "en"


def test_an_article_cut_off_mid_sentence_is_truncated(ending) -> None:
    article = ending("Officials said a second vote would be held in the spring if the")
    flag = article.flag("truncated")
    assert flag is not None and flag.score == 0.9
    (span,) = flag.evidence
    cut = article.text[span.start : span.end]
    assert cut.startswith("Officials said") and article.text.endswith(cut)


def test_a_cut_after_a_comma_scores_lower(ending) -> None:
    flag = ending("Officials said a second vote would be held in the spring,").flag("truncated")
    assert flag is not None and flag.score == 0.6


def test_a_lead_in_whose_quote_is_missing_is_truncated(ending) -> None:
    flag = ending("In a statement on Wednesday night, the campaign's leader said:").flag(
        "truncated"
    )
    assert flag is not None and "lead-in" in flag.explanation


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(("The vote was close. The mayor said she",), id="short-tail-after-a-sentence"),
        pytest.param(("Campaigners will meet the",), id="ends-on-an-article"),
        pytest.param(
            (
                "Officials said a second vote would be held in the spring once the",
                "Full Coverage",
            ),
            id="cut-before-a-label",
        ),
        pytest.param(
            (
                "Officials said a second vote would be held in the spring once the",
                "Contact the newsroom: desk@example.org",
            ),
            id="cut-before-a-contact-line",
        ),
    ],
)
def test_the_real_ending_is_judged_past_trailing_furniture(ending, lines) -> None:
    article = ending(*lines)
    flag = article.flag("truncated")
    assert flag is not None
    (span,) = flag.evidence
    # The evidence is the cut sentence, not the furniture after it.
    assert lines[0].endswith(article.text[span.start : span.end])
    assert "Coverage" not in flag.explanation and "desk@" not in flag.explanation


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(("Libraries Explained: What Closes And When",), id="label"),
        pytest.param(("Follow Jane Holt on the network she prefers",), id="follow-line"),
        pytest.param(("Write to the desk at desk@example.org",), id="contact-line"),
        pytest.param(("❖",), id="end-mark"),
        pytest.param(("Related: Town Hall Opens Its Doors", "Share this article"), id="teasers"),
        pytest.param(("Photo credit: Sam Reed for the council (CC BY 2.0)",), id="credit"),
        pytest.param(("Last updated: 3 May 2024",), id="timestamp"),
        pytest.param(("Home | News | Contact us | Donate",), id="navigation"),
        pytest.param(("council, libraries, town budget, vote, Jane Holt",), id="keywords"),
        pytest.param(('"We have done what we could," she said. ❖',), id="end-mark-after-a-quote"),
        pytest.param(("(The libraries reopen on Saturdays)",), id="parenthesis"),
        pytest.param(("For more on the town's libraries",), id="for-more-teaser"),
        pytest.param(("Updated 3 March 2026, 10:32 am",), id="updated-line"),
        pytest.param(("Posted on March 3, 2026 at 10:32 am",), id="posted-line"),
        pytest.param(
            ("This article was amended on 4 March 2026 to correct the name of a ward",),
            id="amended-line",
        ),
        pytest.param(
            ("The mayor closed by adding: ‘It is a plan for the next generation’",),
            id="british-quote",
        ),
    ],
)
def test_furniture_after_a_whole_last_sentence_is_no_cut(ending, lines) -> None:
    assert ending(*lines).flag("truncated") is None


@pytest.mark.parametrize(
    "wall",
    [
        "To read the full story, subscribe to the Valley Courier for $5 a month.",
        "Subscribe today to continue reading this article and all our local coverage.",
        "This is a preview of subscription content, log in to check access.",
        "This article is only available to subscribers of the Harbour Gazette.",
    ],
)
def test_an_article_that_stops_at_a_paywall_is_truncated(ending, wall: str) -> None:
    article = ending(wall, "Join now and get our weekly newsletter as well.")
    flag = article.flag("truncated")
    assert flag is not None and "paywall" in flag.explanation
    (span,) = flag.evidence
    assert article.text[span.start : span.end] == wall


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            ("Residents who subscribe to the library app can read the full report.",),
            id="about-subscriptions",
        ),
        pytest.param(
            (
                "To read the full report, visit the watchdog's website, where it is free.",
                "The report found that two libraries had lost half their visitors.",
            ),
            id="a-link-mid-article",
        ),
        pytest.param(
            ("Subscribe today to read unlimited stories from the Kelmouth Courier.",),
            id="a-promotion-under-a-whole-article",
        ),
    ],
)
def test_lines_about_reading_more_are_no_paywall(ending, lines) -> None:
    assert ending(*lines).flag("truncated") is None


def test_a_page_that_writes_without_full_stops_is_not_cut_by_its_last_line(clean_raw) -> None:
    tips = [
        "Ten habits of tidy gardeners",
        "Water the beds early in the morning before the sun is high",
        "Keep a small notebook of what you planted and where",
        "Sharpen your shears at the start of every season",
        "Mulch the roses once the soil has warmed in spring",
        "Leave a corner wild for the hedgehogs and the bees",
    ]
    assert clean_raw("\n\n".join([*tips, "Most of all enjoy the time you spend outdoors"])).flag(
        "truncated"
    ) is None
    # Ending on a word no sentence ends on is a cut on any page.
    assert clean_raw("\n\n".join([*tips, "Most of all enjoy the time you spend with"])).flag(
        "truncated"
    ) is not None


@pytest.mark.parametrize(
    "last",
    [
        pytest.param("Additional reporting by Sam Reed", id="sign-off"),
        pytest.param(
            "Councillor Holt Explains Why The Libraries Had To Close Now", id="related-link"
        ),
        pytest.param(
            "Watch the whole of Tuesday's council debate on the libraries below:", id="embed"
        ),
        pytest.param('"We will be back," she said.', id="quote"),
        pytest.param("Sign up to our newsletter", id="removed-widget"),
    ],
)
def test_endings_that_are_not_cuts(ending, last: str) -> None:
    assert ending(last).flag("truncated") is None


def test_too_short_counts_body_words_only(clean_raw, ending) -> None:
    flag = clean_raw("A headline\n\nOnly a few words of body here.").flag("too_short")
    assert flag is not None and 0 < flag.score < 1
    assert flag.explanation.startswith("7 words")  # the headline does not count
    assert ending().flag("too_short") is None
    assert clean_raw(ending().text, Options(min_words=500)).flag("too_short") is not None


def test_not_english(clean_raw) -> None:
    article = clean_raw(
        "El ayuntamiento cierra dos bibliotecas\n\n"
        "El ayuntamiento votó el martes para cerrar dos bibliotecas en el norte de la ciudad, "
        "a pesar de una petición firmada por más de cuatro mil vecinos. La concejala dijo que "
        "la decisión era dolorosa, pero que el presupuesto no dejaba otra opción."
    )
    flag = article.flag("not_english")
    assert flag is not None and flag.score > 0.5
    assert article.language is None
    assert article.removed == []  # a whole foreign article is not spam inside itself


def test_spam_and_boilerplate_flags_point_at_their_spans(clean, body) -> None:
    spam, widget = "娱乐城官网 在线 开户", "RELATED STORIES"
    article = clean(spam, *body[:3], widget, at=0, body=body[3:])
    injection, furniture = article.flag("spam_injection"), article.flag("boilerplate")
    assert injection is not None and injection.score == 0.95
    assert furniture is not None
    assert [article.text[s.start : s.end] for s in injection.evidence] == [spam]
    assert [article.text[s.start : s.end] for s in furniture.evidence] == [widget]
    assert article.title == body[0]
