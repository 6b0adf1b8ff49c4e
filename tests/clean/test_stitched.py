"""The `stitched` flag: pages a content farm assembled from several articles.

Seed and PolNeAR texts are read from ../shared at run time, never copied here;
the pages written below are fictional.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.article import Article
from newsdesk.clean.lede import MODEL_PATH as LEDE_MODEL_PATH
from newsdesk.clean.lede import load_lede_model
from newsdesk.clean.lines import split_lines
from newsdesk.clean.stitched import (
    DATELINE,
    Signals,
    _unbalanced,
    features,
    is_digest,
    is_prose,
    load_model,
    signals,
    starts_mid_sentence,
)
from newsdesk.config import Options
from newsdesk.pipeline import CLEANING_STAGES, Pipeline
from newsdesk.read import read_paths
from newsdesk.read.text import read_text
from tests.conftest import POLNEAR, need  # skip, or fail under CI=true, naming the path

#: The issue's limit: real, coherent articles flagged stitched.
MAX_POLNEAR_RATE = 0.02

#: Fictional: sentences of four unrelated stories, a lead that continues a
#: story never told, a name used short before it is given in full, a stray
#: quote mark, two paragraphs that start mid-sentence and a cut-off end.
STITCHED = "\n\n".join(
    [
        "Council budget vote delayed again",
        "But the committee said it would not comment on the figures until the audit was finished.",
        "Holt said the club had not yet decided where the new stadium would be built.",
        "Storm warnings were issued for the coast on Friday, with gusts of up to 70mph "
        "expected overnight.",
        "the ferry operator cancelled all sailings, leaving hundreds of passengers "
        "stranded at the port.",
        "Harbour. The lifeboat crew were called out twice in the space of an hour.",
        "Chairman Jane Holt told supporters that the club would stay in the town.",
        "Fans called it “the best result in a decade” after the win” and sang outside.",
        "The match kicked off forty minutes late because of a floodlight failure at the "
        "ground, and the visitors",
    ]
)


def run(text: str) -> Article:
    return Pipeline(CLEANING_STAGES)(Article(text=text))


# -- signals ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Jane Holt won the vote on Monday night.",
        "Gov. Tom Reyes spoke first.",
        "U.S. officials said the talks would resume.",
        "No. 10 said the vote would go ahead.",
        "J. K. Rowling gave the money to the party.",
        "iPhone sales fell in the last quarter.",
        "1. Jane Holt (last week: 2.)",
        "The council voted to close two libraries.",
        "de Blasio said the city would appeal.",
        "van der Merwe scored twice before the break.",
        "Calif. Gov. Jane Holt signed the bill.",
        "That’s right. The road will stay closed until the spring.",
        "So be it. The council will vote again in May.",
    ],
)
def test_an_ordinary_paragraph_start_is_not_a_fragment(text: str) -> None:
    assert not starts_mid_sentence(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbour. The lifeboat crew were called out twice.",
        "in the town. The council voted again.",
        "and the visitors never recovered from the first goal.",
    ],
)
def test_a_paragraph_starting_mid_sentence_is_a_fragment(text: str) -> None:
    assert starts_mid_sentence(text)


@pytest.mark.parametrize(
    ("text", "unbalanced"),
    [
        ("“We will win,” she said.", False),
        ("“We will win,” she said. “And then we will see.", False),  # runs on
        ('"We will win," she said, "and soon."', False),
        ("It was “the best result” of the season” for the club.", True),
        ("He called it “a disgrace“ and left.", False),  # wrong-way mark, still a pair
    ],
)
def test_quote_marks_pair_by_position(text: str, unbalanced: bool) -> None:
    assert _unbalanced(text) is unbalanced


def test_fictional_stitched_page_shows_each_signal() -> None:
    article = Pipeline(["clean.spam", "clean.boilerplate", "clean.headline", "flags.quality"])(
        Article(text=STITCHED)
    )
    sig = signals(article, split_lines(article.text))
    found = {name for name, lines in sig.hits.items() if lines}
    assert {"fragments", "unbalanced", "late_names", "dangling_lead"} <= found
    assert sig.truncated  # noted for the explanation, not a signal
    assert sig.late_names == ["Holt"]
    assert len(sig.hits["fragments"]) == 2


# -- the flag ---------------------------------------------------------------


def test_fictional_stitched_page_is_flagged_with_reasons_and_paragraph_evidence() -> None:
    article = run(STITCHED)
    flag = article.flag("stitched")
    assert flag is not None and 0.5 <= flag.score <= 1
    assert flag.explanation.startswith("looks assembled from several articles: ")
    for words in ("mid-sentence", "Holt named in short", "paragraphs 4 and 5"):
        assert words in flag.explanation
    assert flag.explanation.endswith("its ending is also cut off (noted, not counted)")
    paragraphs = {(ln.start, ln.end) for ln in split_lines(article.text)}
    assert flag.evidence and all((s.start, s.end) in paragraphs for s in flag.evidence)


def test_coherent_fictional_article_is_not_flagged(body: tuple[str, ...]) -> None:
    assert run("\n\n".join(body)).flag("stitched") is None


def test_a_cut_ending_is_noted_and_not_counted() -> None:
    """The same page with its last sentence completed scores the same."""
    cut, whole = run(STITCHED), run(STITCHED + " never recovered.")
    assert cut.flag("truncated") is not None and whole.flag("truncated") is None
    assert features(signals(cut, split_lines(cut.text))) == features(
        signals(whole, split_lines(whole.text))
    )
    flags = cut.flag("stitched"), whole.flag("stitched")
    assert flags[0] is not None and flags[1] is not None
    assert flags[0].score == flags[1].score
    assert "cut off" not in flags[1].explanation


def test_a_coherent_article_cut_off_is_truncated_not_stitched(body: tuple[str, ...]) -> None:
    article = run("\n\n".join([*body, "A second vote on the libraries is expected in the"]))
    assert article.flag("truncated") is not None
    assert article.flag("stitched") is None


#: Fictional: three stories on one broad subject (a regional election),
#: interleaved by whole paragraphs, none starting mid-sentence, the last
#: sentence whole. Two newsrooms' styles: curly and straight marks.
BY_CONTENT = "\n\n".join(
    [
        "Election count goes into a second day",
        "Counting in the Lowmoor constituency resumed on Friday after a recount was ordered "
        "when ballot boxes from Pellow village arrived late.",
        "The Greens' candidate in Astley, Farid Osei, said his volunteers had knocked on "
        "12,000 doors since the spring.",
        "Returning officer Ruth Canning said the Pellow boxes had been sealed and guarded "
        "throughout, and that the Lowmoor recount would finish by the evening.",
        "Osei's campaign has focused on bus routes, which were cut in Astley two years ago.",
        '"It\'s a question of trust," said Brenda Vale, a councillor who lost her seat in '
        "Harcombe, where turnout fell to a record low.",
        "Canning's staff recounted 41,000 Lowmoor ballots by hand, watched by agents from "
        "every party.",
        "Vale blamed the new boundary, which moved two Harcombe estates into a safer ward -- "
        "a change she had fought in 2021.",
        "Bus campaigners in Astley said Osei’s pledge to restore the evening routes had won "
        "him votes in the villages.",
    ]
)


def test_a_page_stitched_by_content_alone_is_flagged() -> None:
    article = run(BY_CONTENT)
    assert article.flag("truncated") is None
    sig = signals(article, split_lines(article.text))
    assert not sig.hits["fragments"] and not sig.hits["unbalanced"]
    flag = article.flag("stitched")
    assert flag is not None, features(sig)
    # It names what does not belong: the other two stories start at paragraphs
    # 2 and 5 with nothing before to tie to, and the weakest cut splits both
    # off from the story of the first paragraph (1, 3 and 6).
    assert "paragraphs 2 and 5 share(s) no distinctive word with anything before" in (
        flag.explanation
    )
    assert "paragraphs 2, 4, 5, 7 and 8 against the rest" in flag.explanation


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("WASHINGTON (AP) — The senate passed the bill on Tuesday.", True),
        ("LONDON, May 3 (Reuters) - Shares rose in early trading.", True),
        ("NAIROBI, Kenya — Rain fell for a third day.", True),
        ("PORT ELLEN -- The ferry was late again.", True),
        ("The NHS — the health service — is under strain.", False),
        ("SALT LAKE CITY (AP) — Snow closed the passes.", True),
        ("TURNOUT HIGHER THAN EXPECTED IN THE NORTH - Polls stayed open late.", False),
        ("US officials - who declined to be named - said so.", False),
        ("Holt said the vote — the third this year — was close.", False),
    ],
)
def test_a_dateline_opens_an_article(text: str, dateline: bool) -> None:
    assert bool(DATELINE.match(text)) is dateline


def test_a_second_dateline_is_the_start_of_another_article() -> None:
    page = "\n\n".join(
        [
            "Ferry strike called off",
            "PORT ELLEN -- The ferry crews' union called off Friday's strike after talks.",
            "The union said the operator had agreed to review rotas before the summer.",
            "GLASGOW -- Councillors voted to keep the city's night buses running.",
        ]
    )
    article = Pipeline(["clean.spam", "clean.boilerplate", "clean.headline", "flags.quality"])(
        Article(text=page)
    )
    sig = signals(article, split_lines(article.text))
    assert [ln.text[:7] for ln in sig.hits["datelines"]] == ["GLASGOW"]


def _signals(page: str) -> Signals:
    article = Pipeline(["clean.spam", "clean.boilerplate", "clean.headline", "flags.quality"])(
        Article(text=page)
    )
    return signals(article, split_lines(article.text))


def test_a_heading_in_sentence_case_is_not_a_fragment() -> None:
    sig = _signals(
        "\n\n".join(
            [
                "Letters to the editor",
                "The quarry plan will cost the county far more than the board admits.",
                "better use of tax dollars for the parks",
                "Our property taxes are high enough without another bond for the roads.",
            ]
        )
    )
    assert not sig.hits["fragments"]


#: Fictional news briefs under run-in headings in capitals: several stories
#: on one page by design.
DIGEST = "\n\n".join(
    [
        "Morning briefing",
        "FERRY STRIKE CALLED OFF The crews' union called off Friday's strike after talks.",
        "NIGHT BUSES SAVED Councillors voted to keep the city's night buses running.",
        "LIBRARY HOURS CUT The council will close two branches on Mondays from June.",
        "Storm warnings were issued for the coast, with gusts of up to 70mph expected.",
    ]
)


def test_a_digest_under_headings_in_capitals_is_not_flagged() -> None:
    sig = _signals(DIGEST)
    assert [ln.text[:5] for ln in sig.headings] == ["FERRY", "NIGHT", "LIBRA"]
    assert is_digest(sig)
    assert run(DIGEST).flag("stitched") is None
    # A dateline, or a few initials, is no heading.
    assert not _signals("Ferry\n\nPORT ELLEN -- The ferry was late.\n\nU.S. NATO EU ties.").headings


def test_a_second_lede_is_named_as_evidence() -> None:
    """A paragraph after the first that introduces its story as a first
    paragraph does (names in full, a day, no quote) reads like a lede; one
    that goes on a story ("He said ...") does not."""
    sig = _signals(
        "\n\n".join(
            [
                "Budget vote",
                "The council voted on Tuesday to close two libraries in the north of the city.",
                "“We had no choice,” he said.",
                "Mayor Jane Holt announced on Monday that the city would sell the old bus depot "
                "on Marsh Lane to a housing association, ending a dispute that began in 2019.",
            ]
        )
    )
    assert [ln.text[:5] for ln in sig.hits["lede_like"]] == ["Mayor"]


@pytest.mark.parametrize(
    "line",
    [
        "for path in sorted(root.glob('*.txt')): print(path)",
        "docker run --rm -v $(pwd):/src image:latest",
        "Home | News | Sport",
        "and more",
    ],
)
def test_code_commands_and_labels_are_not_paragraphs(line: str) -> None:
    assert not is_prose(split_lines(line)[0])


def test_prose_is_a_paragraph() -> None:
    assert is_prose(split_lines("and the visitors never recovered from the first goal.")[0])


def test_threshold_setting_moves_the_decision() -> None:
    article = Article(text=STITCHED)
    strict = Pipeline(CLEANING_STAGES, Options(stitched_threshold=0.999999))
    assert strict(article).flag("stitched") is None


def test_counts_on_a_long_page_weigh_as_on_a_page_of_twenty_paragraphs() -> None:
    """Seven odd paragraphs in a hundred say less than seven in twenty."""
    lines = split_lines("\n\n".join(f"Item {k} of a long live blog." for k in range(100)))
    short, long = Signals(body=lines[:20]), Signals(body=lines)
    for sig in (short, long):
        sig.hits["fragments"] = lines[:7]
    assert features(long)["fragments"] < features(short)["fragments"]
    assert features(short)["fragments"] == pytest.approx(math.log1p(7))


def test_model_is_read_once_and_scores_half_at_its_threshold() -> None:
    model = load_model()
    assert load_model() is model
    assert set(model.names) <= set(features(signals(Article(text="x"), [])))
    assert all(w >= 0 for w in model.weights), "every feature is evidence for stitching"
    # At every feature's mean the logit is the bias: set it to the threshold.
    at_threshold = replace(model, bias=model.threshold)
    assert at_threshold.score(dict(zip(model.names, model.mean, strict=True))) == 0.5


# -- the seeds and PolNeAR (../shared) ------------------------------------------


def test_seed_002_is_flagged_with_explanation_and_evidence(seed_paths: dict[str, Path]) -> None:
    article = Pipeline(CLEANING_STAGES)(read_text(seed_paths["002"], Options()))
    flag = article.flag("stitched")
    assert flag is not None, "the content-farm seed must be flagged stitched"
    reasons = flag.explanation.split(": ", 1)[1].split("; ")
    assert len(reasons) >= 3, flag.explanation
    assert any("mid-sentence" in r for r in reasons)
    paragraphs = {(ln.start, ln.end) for ln in split_lines(article.text)}
    assert flag.evidence and all((s.start, s.end) in paragraphs for s in flag.evidence)
    # Its cut ending is noted, and it is not what the flag hangs on: the page
    # with its last sentence completed is flagged with the same score.
    assert article.flag("truncated") is not None
    assert reasons[-1] == "its ending is also cut off (noted, not counted)"
    whole = Pipeline(CLEANING_STAGES)(Article(text=article.text.rstrip() + "."))
    assert whole.flag("truncated") is None
    again = whole.flag("stitched")
    assert again is not None and again.score == flag.score


@pytest.mark.parametrize("number", ["000", "001"])
def test_real_seeds_are_not_flagged(seed_paths: dict[str, Path], number: str) -> None:
    article = Pipeline(CLEANING_STAGES)(read_text(seed_paths[number], Options()))
    assert article.flag("stitched") is None, article.flag("stitched")


@pytest.fixture(scope="module")
def polnear_flags() -> dict[str, list[str]]:
    """Split -> the PolNeAR articles (real, coherent news) flagged stitched."""
    out: dict[str, list[str]] = {}
    pipeline = Pipeline(CLEANING_STAGES)
    for split in ("train", "dev"):
        text_dir = POLNEAR / split / "text"
        need(text_dir)
        out[split] = []
        for article in read_paths([text_dir]):
            assert isinstance(article, Article), article
            if pipeline(article).flag("stitched"):
                out[split].append(Path(article.source).name)
    return out


def test_polnear_articles_are_rarely_flagged(polnear_flags: dict[str, list[str]]) -> None:
    total = sum(len(list((POLNEAR / s / "text").glob("*.txt"))) for s in polnear_flags)
    flagged = [name for names in polnear_flags.values() for name in names]
    assert total == 924
    assert len(flagged) / total <= MAX_POLNEAR_RATE, flagged


def test_a_lede_model_trained_on_other_inputs_is_refused(tmp_path: Path) -> None:
    data = json.loads(LEDE_MODEL_PATH.read_text(encoding="utf-8"))
    data["names"] = data["names"][:-1]
    stale = tmp_path / "lede_model.json"
    stale.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=r"eval\.stitched train"):
        load_lede_model(stale)


VOX_POP = "\n".join(
    [
        "Readers on the new harbour bridge",
        "“It cuts my drive to work in half and I never sit in a queue any more.” ― Ann Cole",
        "“The toll is far too high for people who cross it twice a day.” ― Tom Reed",
        "“I miss the old ferry, which was slower but a lot friendlier.” ― Maria Lopez, Leeds",
        "“Nobody asked the fishermen what the pillars would do to the bay.” ― Sam Otto",
    ]
)

LETTER_LIST = "\n\n".join(
    [
        "Can you imagine the mayor as a ferry captain?",
        "Letters.",
        "If the mayor ran the harbour ferry, would you still buy a ticket? Ask yourself "
        "that question before the vote on Thursday.",
        "Imagine that he:",
        "Sold the old pier to a friend for a single pound.",
        "Closed two libraries and opened a casino instead.",
        "Lost the council's pension fund on horse racing.",
        "Blamed the weather for a broken bridge.",
        "And if you would never sail with that captain, why would you vote for this mayor? "
        "The harbour deserves better than a man who blames the weather.",
    ]
)


def test_a_collection_of_signed_voices_is_not_flagged() -> None:
    sig = _signals(VOX_POP)
    assert len(sig.signed) == 4
    assert is_digest(sig)
    assert run(VOX_POP).flag("stitched") is None


def test_items_of_a_list_under_a_lead_in_are_not_paragraphs_of_a_story() -> None:
    body = [ln.text for ln in _signals(LETTER_LIST).body]
    assert not any(text.startswith(("Sold the old pier", "Blamed the")) for text in body)
    assert any(text.startswith("And if you would never sail") for text in body)
