"""What a statement holds, on paragraphs written for these tests: a clause
the parser read as a noun phrase, then ", the company said" in a sentence
of its own, is what the company said; a link line's label ("Read also:")
is no part of the headline it reports; "reported it to the vendor" hands
a thing on and says nothing; a clause hung on the reported verb ("he
fired ... after a man lunged at him") goes on with the report; a dateline
with its state written short ("FARGO, N.D. —") opens no content; what a
commission or a committee "heard" was said by someone unnamed; ", the
affidavit states." after a clause reports it, though the tagger took
"states" for a noun; a list's lead-in ("Here are other recent items from
police reports:") says nothing; "has just declared: X has won" reports the clause
after its colon, which the parser made the sentence's head; "said in a
note to clients they expected" reports the clause the parser hung on
"clients"; a wire's dateline with its date ("AMSTERDAM/FRANKFURT, March 27
(Reuters) - ") opens no content."""

from __future__ import annotations

from .conftest import QuotesOf


def _contents(text: str, quotes: list[dict]) -> list[str]:
    return [" … ".join(text[s:e] for s, e in q["content"]) for q in quotes]


def test_a_cue_the_parser_split_off_after_a_comma_reports_the_clause_before(
        quotes_of: QuotesOf) -> None:
    # (the parser reads the clause as "exchange" with a relative clause and
    # ends its sentence at the comma)
    text = ("Korvex halts withdrawals\nSingapore-based crypto exchange Korvex paused all "
            "withdrawals on Tuesday after an attacker drained roughly $87 million from one of "
            "its hot wallets, the company said in a post on X.\n")
    contents = _contents(text, quotes_of(text))
    assert contents == [
        "Singapore-based crypto exchange Korvex paused all withdrawals on Tuesday after an "
        "attacker drained roughly $87 million from one of its hot wallets"]


def test_a_link_lines_label_is_no_part_of_what_was_said(quotes_of: QuotesOf) -> None:
    text = ("Port strike enters third day\nDockers at the port walked out on Monday.\n"
            "Read also: Coffee exports fall 12% in March, trade body says\n"
            "The union said the strike would go on.\n")
    contents = _contents(text, quotes_of(text))
    assert "Coffee exports fall 12% in March" in contents
    assert not any(c.startswith("Read") for c in contents)


def test_reporting_a_thing_to_someone_is_no_statement(quotes_of: QuotesOf) -> None:
    text = ("Flaw found\nThe two researchers reported it to the vendor on March 3 and heard "
            "nothing back for a month.\n")
    assert quotes_of(text) == []


def test_a_clause_on_the_reported_verb_goes_on_with_the_report(quotes_of: QuotesOf) -> None:
    text = ("Shooting\nIn his statement, Sergeant Peter Mwangi Kariuki said he fired "
            "\"in self-defence\" after a man he did not know charged at him with a machete.\n")
    assert _contents(text, quotes_of(text)) == [
        "he fired \"in self-defence\" after a man he did not know charged at him with a machete"]


def test_a_dateline_with_a_state_written_short_is_no_part_of_the_content(
        quotes_of: QuotesOf) -> None:
    text = ("Growers cut corn acres\nBISMARCK, N.D. — Farmers in the state expect to plant "
            "the fewest acres of durum since 1988, the Agriculture Department said Thursday.\n")
    assert _contents(text, quotes_of(text)) == [
        "Farmers in the state expect to plant the fewest acres of durum since 1988"]


def test_what_a_commission_heard_was_said_by_someone_unnamed(quotes_of: QuotesOf) -> None:
    text = ("Water inquiry\nThe Ndlovu Commission of Inquiry into the Thukela Bulk Water Board "
            "heard on Thursday that at least R212-million was paid to Ukhozi Pipeline Projects "
            "between 2022 and 2024.\n")
    quotes = quotes_of(text)
    assert _contents(text, quotes) == [
        "that at least R212-million was paid to Ukhozi Pipeline Projects between 2022 and 2024"]
    assert quotes[0]["speaker_name"] is None


def test_a_texts_verb_the_tagger_took_for_a_noun(quotes_of: QuotesOf) -> None:
    text = "Car fire\nNo weapon was found in the car, the affidavit states.\n"
    assert _contents(text, quotes_of(text)) == ["No weapon was found in the car"]


def test_a_lists_lead_in_says_nothing(quotes_of: QuotesOf) -> None:
    text = ("Police blotter\nHe is due in court May 4.\nHere are other recent items from "
            "Plainfield Police Department reports:\nDUI crash\nLauren M. Pietrzak, 29, of "
            "Romeoville, was charged with driving under the influence, police said.\n")
    assert _contents(text, quotes_of(text)) == [
        "Lauren M. Pietrzak, 29, of Romeoville, was charged with driving under the influence"]


def test_a_cue_before_a_colon_reports_the_clause_after_it(quotes_of: QuotesOf) -> None:
    text = ("Labour gain seat\nThe returning officer in Glasgow has just declared: Scottish "
            "Labour's Tariq Hussain-Bell has won Glasgow Pollok with 11,842 votes.\n")
    assert _contents(text, quotes_of(text)) == [
        "Scottish Labour's Tariq Hussain-Bell has won Glasgow Pollok with 11,842 votes"]


def test_a_clause_after_a_phrase_on_the_cue(quotes_of: QuotesOf) -> None:
    text = ("Obesity shot\nAnalysts at Jefferies said in a note to clients they expected "
            "Lunavia to reach peak annual sales of about 4 billion euros by 2032.\n")
    assert _contents(text, quotes_of(text)) == [
        "they expected Lunavia to reach peak annual sales of about 4 billion euros by 2032"]


def test_a_wires_dateline_with_its_date(quotes_of: QuotesOf) -> None:
    text = ("EU regulator backs obesity shot\nAMSTERDAM/FRANKFURT, March 27 (Reuters) - "
            "Europe's medicines regulator on Friday recommended approval of Danish drugmaker "
            "Novexa's once-a-month obesity injection, the agency said.\n")
    assert _contents(text, quotes_of(text)) == [
        "Europe's medicines regulator on Friday recommended approval of Danish drugmaker "
        "Novexa's once-a-month obesity injection"]
