"""What a statement holds, on paragraphs written for these tests: evidence
a hearing "was told" (trailing or leading, an agent named or not) and one
"the inquest heard" with the witness set off in it; a speaker after an
opening participle's clause; counsel who "submitted that"; "Residents, he
added, had written ..."; no statement in "complained about them", "known
... as 'Chubby'", "claiming overtime for hours they did not work" or "had
for years reported"; an `according to` source's relative clause is no part
of what it says."""

from __future__ import annotations

from .conftest import QuotesOf


def _said(text: str, quotes: list[dict]) -> list[tuple[str | None, str]]:
    return [(q["speaker_name"], " … ".join(text[s:e] for s, e in q["content"])) for q in quotes]


def test_what_a_hearing_was_told(quotes_of: QuotesOf) -> None:
    text = ("Inquest\nMaeve Tolland, 41, was found at her home on 3 May, the hearing in "
            "Truro was told.\nJurors were told that the van had no working brake lights.\n"
            "The court was told by prosecutor Imran Vale that the driver had been drinking.\n")
    assert _said(text, quotes_of(text)) == [
        (None, "Maeve Tolland, 41, was found at her home on 3 May"),
        (None, "that the van had no working brake lights"),
        ("Imran Vale", "that the driver had been drinking")]


def test_what_an_inquest_heard_with_the_witness_set_off(quotes_of: QuotesOf) -> None:
    text = ("Inquest\nThe inquest heard the van's driver, Colin Pascoe, 58, from Bodmin, had "
            "checked his mirrors before turning but did not see the cyclist.\n")
    contents = [c for _, c in _said(text, quotes_of(text))]
    assert contents[0].startswith("the van's driver, Colin Pascoe, 58, from Bodmin, had checked")


def test_the_speaker_after_an_opening_participles_clause(quotes_of: QuotesOf) -> None:
    text = ("Paddy\nRaising the matter during Question Hour, Leader of the Opposition R. "
            "Senthil Kumaran said farmers had waited ten days to sell their paddy.\n"
            "Supporting the Bill, Congress MP from Kota Shri Mohan Lal Meghwal said states "
            "had used tribunals to delay.\n")
    assert [q["speaker_name"] for q in quotes_of(text)] == [
        "R. Senthil Kumaran", "Mohan Lal Meghwal"]


def test_counsel_who_submitted_that(quotes_of: QuotesOf) -> None:
    text = ("Dust\nSenior advocate Dr Kavita R. Menon, appearing for the residents, submitted "
            "that the board's own station had recorded high readings on 40 days.\n")
    assert _said(text, quotes_of(text)) == [
        ("Kavita R. Menon", "that the board's own station had recorded high readings on 40 days")]


def test_a_cue_set_off_after_a_one_word_subject(quotes_of: QuotesOf) -> None:
    text = ("Dust\nSenior advocate Kavita Menon appeared for the residents.\nParents, she "
            "added, had written to the authority nine times without a reply.\n")
    assert _said(text, quotes_of(text)) == [
        ("Kavita Menon", "Parents … had written to the authority nine times without a reply")]


def test_no_statement_in_complaints_names_claims_or_years(quotes_of: QuotesOf) -> None:
    text = ("Audit\nTheir president, Suresh Nair, argued that the meters were faulty and that "
            "traders had complained about them in writing \"at least 30 times\".\n"
            "Dennis Ward, who is known across the parish simply as 'Duke', said crime was "
            "down.\nThe councillor said some senior staff were claiming overtime for hours "
            "they did not work.\nThe nurses' union said in a post that nurses had for years "
            "reported the shortages \"and nobody came\".\n")
    assert [name for name, _ in _said(text, quotes_of(text))] == [
        "Suresh Nair", "Dennis Ward", "Dennis Ward", "The nurses' union"]


def test_an_according_to_sources_relative_clause_is_not_what_it_says(
        quotes_of: QuotesOf) -> None:
    text = ("Crew\nAccording to the indictment, which the Herald has seen, two of the crew "
            "were never paid.\n")
    assert _said(text, quotes_of(text))[0][1] == "two of the crew were never paid"
