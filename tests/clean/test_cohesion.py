"""Lexical cohesion: does a page read as one thread of paragraphs?"""

from __future__ import annotations

from newsdesk.clean.cohesion import cohesion, idf
from newsdesk.clean.lines import split_lines

#: Fictional: one story told in order.
ONE_STORY = (
    "The ferry operator Bluewake cancelled its crossings to Marrow Island on Friday after "
    "a storm damaged the harbour wall.",
    "Bluewake said the harbour wall at Marrow Island would be inspected by engineers "
    "before any crossings resume.",
    "Islanders said the cancelled crossings left them without deliveries of fuel and "
    "groceries for the weekend.",
    "The engineers are expected to report on the harbour wall on Monday, Bluewake said, "
    "and crossings could resume by Wednesday.",
)
#: Fictional: another story on the same broad subject (island transport).
OTHER_STORY = (
    "A new airstrip planned for Tollan Sound has won the backing of the regional "
    "assembly despite objections from birdwatchers.",
    "Birdwatchers say the Tollan Sound airstrip would disturb nesting terns on the "
    "marshes beside the runway.",
    "The assembly approved funding for the airstrip's runway lights and a small "
    "terminal building.",
)


def test_one_story_is_one_thread() -> None:
    found = cohesion(split_lines("\n\n".join(ONE_STORY)))
    assert found.new_threads == []
    assert found.returns == []
    assert found.outside_main == []


def test_interleaved_stories_open_threads_and_return_to_them() -> None:
    a, b = ONE_STORY, OTHER_STORY
    page = [a[0], b[0], a[1], b[1], a[2], b[2], a[3]]
    found = cohesion(split_lines("\n\n".join(page)))
    # The other story starts with nothing before it to tie to.
    assert 1 in found.new_threads
    # Paragraphs that skip their neighbour to go on with their own story.
    assert {2, 3} <= set(found.returns)
    # The smaller group is the other story's paragraphs.
    assert set(found.outside_main) == {1, 3, 5}
    # The weakest cut splits the other story off from the first paragraph.
    assert found.split_off == [1, 3, 5]


def test_the_weakest_cut_names_two_stray_paragraphs_not_half_the_page() -> None:
    page = [*ONE_STORY, *ONE_STORY[:2], OTHER_STORY[0], OTHER_STORY[1], ONE_STORY[2]]
    found = cohesion(split_lines("\n\n".join(page)))
    assert found.split_off == [6, 7]
    assert found.loose_knit > cohesion(split_lines("\n\n".join(ONE_STORY))).loose_knit


def test_rare_words_weigh_more_than_common_ones() -> None:
    assert idf("tollan") > idf("island") > idf("said")
