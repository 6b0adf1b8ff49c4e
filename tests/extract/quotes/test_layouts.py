"""Quote layouts news uses, on text written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsdesk.article import Article
from newsdesk.extract.quotes.marks import find_quotes
from newsdesk.pipeline import Pipeline

STORY = """Council row deepens over library closures
Hugh Hill, a doctor, said: "The closures will hurt the poorest families in the town."
He added that the council had "not listened to anyone".
"This is a budget of hard choices." -Councillor Martha Benn
And from the opposition leader, Dan Price: "We will fight this in the chamber and in the courts."
Sarah Oduya, a Labour councillor, said she was worried.
"People rely on these buildings for warmth and for the internet," she said.
According to council documents, the savings would reach two million pounds a year.
A spokesman for the council said the decision was final.
"It's a disgrace," said Mr Hill. "Nobody asked us."
Mrs Oduya insisted that the plan would be reviewed.
"""


@pytest.fixture(scope="module")
def quotes() -> list[dict[str, Any]]:
    stages = ("clean.headline", "extract.quotes")
    return Pipeline(stages)(Article(text=STORY)).quotes


def _by(quotes: list[dict[str, Any]], words: str) -> dict[str, Any]:
    hits = [q for q in quotes if any(words in STORY[s:e] for s, e in q["content"])]
    assert hits, f"no statement with {words!r}"
    return min(hits, key=lambda q: sum(e - s for s, e in q["content"]))


@pytest.mark.parametrize(
    ("words", "speaker", "kind"),
    [
        ("poorest families", "Hugh Hill", "person"),  # apposition: the name, not "a doctor"
        ("not listened", "Hugh Hill", "person"),  # "he added" after an apposition
        ("hard choices", "Martha Benn", "person"),  # dash attribution after the quote
        ("fight this", "Dan Price", "person"),  # colon lead-in with no verb
        ("rely on these", "Sarah Oduya", "person"),  # speaker named in an earlier sentence
        ("two million", "council documents", "unknown"),  # according to
        ("decision was final", "A spokesman for the council", "anonymous"),
        ("disgrace", "Hugh Hill", "person"),  # speaker after the quote, inverted
        ("plan would be reviewed", "Sarah Oduya", "person"),  # Mrs + surname
    ],
)
def test_speakers(quotes: list[dict[str, Any]], words: str, speaker: str, kind: str) -> None:
    q = _by(quotes, words)
    assert (q["speaker_name"], q["speaker_type"]) == (speaker, kind)


def test_roles_stated_with_names_are_kept(quotes: list[dict[str, Any]]) -> None:
    assert _by(quotes, "poorest families")["speaker_role"] == "doctor"
    assert _by(quotes, "rely on these")["speaker_role"] == "Labour councillor"


def test_a_quote_split_by_its_attribution_is_one_statement(quotes: list[dict[str, Any]]) -> None:
    q = _by(quotes, "disgrace")
    assert [STORY[s:e] for s, e in q["content"]] == ['"It\'s a disgrace,"', '"Nobody asked us."']
    assert q["direct"]


def test_partial_quote_in_reported_speech_is_not_direct(quotes: list[dict[str, Any]]) -> None:
    q = _by(quotes, "not listened")
    assert STORY[q["content"][0][0] :].startswith("that the council")
    assert not q["direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "fine" and \'ok\'.', ['"fine"', "'ok'"]),
        ("The voters' choice was 'clear', he said.", ["'clear'"]),
        ("“Outer ‘inner’ done,” she said.", ["“Outer ‘inner’ done,”", "‘inner’"]),
        ("''NYT style,'' he said.", ["''NYT style,''"]),
        ('"Yes," he said, "and no."', ['"Yes,"', '"and no."']),
    ],
)
def test_quote_marks_pair(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


def test_a_quote_left_open_runs_to_the_paragraph_end_and_continues() -> None:
    text = '“First paragraph of a long quote.\n“Second paragraph, closed.”\nAfter.'
    found = [(text[q.start : q.end], q.closed) for q in find_quotes(text)]
    assert found == [
        ("“First paragraph of a long quote.", False),
        ("“Second paragraph, closed.”", True),
    ]


ODD_MARKS = ['"', "“", "”", '" " "', "‘’‘", "a ” b “ c", "''", "'''''", '"\n"\n']


@pytest.mark.parametrize("text", ODD_MARKS)
def test_odd_marks_never_raise(text: str) -> None:
    find_quotes(text)
    Pipeline(("extract.quotes",))(Article(text=text + " said the man."))


def test_a_colon_cue_stays_before_its_quote_when_the_parse_runs_on() -> None:
    # Found by fuzzing (tests/extract/test_fuzz_extract.py): the parser hung
    # "Holt" on "added" inside the open quote, and the cue ran backwards,
    # [27, 8).
    text = '\n\n.\nHolt:  "the it ,「 they added.\n'
    article = Pipeline(("clean.headline", "extract.quotes"))(Article(text=text))
    statements = article.quotes + article.attributions
    assert statements
    for st in statements:
        start, end = st["cue"]
        assert start <= end <= st["content"][0][0], st


MORE = """Mayor faces questions over bridge repairs
"The bridge is safe. We checked it twice this year and the engineers agree," Mayor Ann Cole said.
Tom Reed declined to say who would pay for the repairs.
Ann Cole said the repairs helped the town, which had waited ten years for them.
One engineer said that Ms Cole told the council the bridge was "perfectly sound".
"Shame!" shouted Tom Reed.
"""


@pytest.fixture(scope="module")
def more() -> list[dict[str, Any]]:
    return Pipeline(("clean.headline", "extract.quotes"))(Article(text=MORE)).quotes


def _in(quotes: list[dict[str, Any]], words: str) -> list[dict[str, Any]]:
    return [q for q in quotes if any(words in MORE[s:e] for s, e in q["content"])]


def test_a_quote_of_several_sentences_belongs_to_the_cue_after_it(
    more: list[dict[str, Any]],
) -> None:
    (q,) = _in(more, "engineers agree")
    assert q["speaker_name"] == "Ann Cole" and q["direct"]
    assert MORE[slice(*q["cue"])] == "said"


def test_nearly_the_same_content_under_two_cues_is_one_attribution() -> None:
    # "declined to say who would pay" reports no words: not a statement, but
    # still one attribution (PolNeAR's sense), not one under each cue
    article = Pipeline(("clean.headline", "extract.quotes"))(Article(text=MORE))
    assert not _in(article.quotes, "who would pay")
    (q,) = _in(article.attributions, "who would pay")
    assert q["speaker_name"] == "Tom Reed"


def test_a_relative_clause_the_writer_adds_is_not_content(more: list[dict[str, Any]]) -> None:
    (q,) = _in(more, "helped the town")
    assert MORE[slice(*q["content"][0])] == "the repairs helped the town"


def test_a_nested_report_of_speech_keeps_both_speakers(more: list[dict[str, Any]]) -> None:
    names = {q["speaker_name"] for q in _in(more, "perfectly sound")}
    assert names == {"One engineer", "Ann Cole"}


def test_a_short_exclamation_is_a_statement(more: list[dict[str, Any]]) -> None:
    (q,) = _in(more, "Shame")
    assert q["speaker_name"] == "Tom Reed"


def test_a_quote_going_on_after_a_long_attribution_is_one_statement() -> None:
    text = (
        '"We will win the ward," said Tom Reed, who has been the party\'s candidate there '
        'since last spring and taught at the school for twenty years. "Nobody doubts it now."\n'
    )
    quotes = Pipeline(("extract.quotes",))(Article(text=text)).quotes
    (q,) = [q for q in quotes if any("win the ward" in text[s:e] for s, e in q["content"])]
    assert [text[s:e] for s, e in q["content"]][-1] == '"Nobody doubts it now."'
    assert q["speaker_name"] == "Tom Reed"


LAYOUTS = """The plan, the mayor said, will cost the town nothing this year.
Asked whether the council would pay, Tom Reed shot back: "Not one penny of it."
Ann Cole said that the road was closed and that the bridge would reopen in May.
The engineers admitted the crack had been "a serious worry", she said.
HOST: Why did the council wait so long to act on the bridge?
In a new poll of the town's voters, the mayor leads her rival by six points.
If the bridge holds, the mayor added, the market will reopen in June.
"""


@pytest.fixture(scope="module")
def layouts() -> list[dict[str, Any]]:
    return Pipeline(("extract.quotes",))(Article(text=LAYOUTS)).quotes


def _pieces(quotes: list[dict[str, Any]], words: str) -> list[list[str]]:
    return [
        [LAYOUTS[s:e] for s, e in q["content"]]
        for q in quotes
        if any(words in LAYOUTS[s:e] for s, e in q["content"])
    ]


def test_a_cue_between_commas_reports_both_pieces(layouts: list[dict[str, Any]]) -> None:
    assert _pieces(layouts, "will cost") == [["The plan", "will cost the town nothing this year"]]


def test_a_clause_opening_the_sentence_before_a_cue_between_commas_is_said(
    layouts: list[dict[str, Any]],
) -> None:
    assert _pieces(layouts, "market") == [["If the bridge holds", "the market will reopen in June"]]


def test_a_quote_after_a_colon_is_the_verb_before_it(layouts: list[dict[str, Any]]) -> None:
    (q,) = [q for q in layouts if any("penny" in LAYOUTS[s:e] for s, e in q["content"])]
    assert [LAYOUTS[s:e] for s, e in q["content"]] == ['"Not one penny of it."']
    assert q["speaker_name"] == "Tom Reed" and q["direct"]


def test_two_that_clauses_under_one_cue_are_one_content(
    layouts: list[dict[str, Any]],
) -> None:
    assert _pieces(layouts, "road was closed") == [
        ["that the road was closed and that the bridge would reopen in May"]
    ]


def test_a_partial_quote_in_a_clause_an_inverted_cue_reports(
    layouts: list[dict[str, Any]],
) -> None:
    (q,) = [q for q in layouts if LAYOUTS[slice(*q["cue"])] == "said" and "worry" in
            LAYOUTS[slice(*q["content"][0])]]
    assert LAYOUTS[slice(*q["content"][0])].startswith("The engineers admitted")
    assert q["speaker_name"] == "Ann Cole" and not q["direct"]


def test_a_transcript_speaker_label_attributes_its_line(layouts: list[dict[str, Any]]) -> None:
    (q,) = [q for q in layouts if any("wait so long" in LAYOUTS[s:e] for s, e in q["content"])]
    assert LAYOUTS[slice(*q["speaker"])] == "HOST"


def test_a_survey_named_before_a_clause_is_its_source(layouts: list[dict[str, Any]]) -> None:
    (q,) = [q for q in layouts if any("six points" in LAYOUTS[s:e] for s, e in q["content"])]
    assert LAYOUTS[slice(*q["content"][0])] == "the mayor leads her rival by six points"
    assert LAYOUTS[slice(*q["speaker"])].startswith("a new poll")


SIGNED = """Ferry strike goes ahead
"Our members have run out of patience" - Dora Quill, harbour union secretary.
"Pay us fairly" – Amos Petrie, Unite.
Lena Marsh - "the boats will sit in the harbour until the board pays up".
The harbour board met on Friday.
"""


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("run out of patience", "Dora Quill"),  # a spaced hyphen before the name
        ("Pay us fairly", "Amos Petrie"),  # an en dash, and a quote of three words
        ("sit in the harbour", "Lena Marsh"),  # the name and a dash before the quote
    ],
)
def test_a_hyphen_or_en_dash_signs_a_quote(words: str, speaker: str) -> None:
    quotes = Pipeline(("clean.headline", "extract.quotes"))(Article(text=SIGNED)).quotes
    (q,) = [q for q in quotes if any(words in SIGNED[s:e] for s, e in q["content"])]
    assert q["speaker_name"] == speaker and q["direct"]
    assert SIGNED[slice(*q["cue"])] in ("-", "–")


ALONE = """Harbour board answers its critics
The chairman, Rex Oyelaran, said: "We have followed every rule."
"That is false."
The board will meet again in June.
"Absolutely not."
She called the plan "a fudge" and left.
'A port reborn.'
"""


@pytest.fixture(scope="module")
def alone() -> list[dict[str, Any]]:
    return Pipeline(("clean.headline", "extract.quotes"))(Article(text=ALONE)).quotes


def test_a_short_quote_alone_on_its_line_is_a_statement(alone: list[dict[str, Any]]) -> None:
    by_words = {ALONE[slice(*q["content"][0])]: q for q in alone}
    assert by_words['"That is false."']["speaker_name"] == "Rex Oyelaran"  # he goes on
    assert by_words['"Absolutely not."']["speaker_type"] == "unknown"  # no one to continue


def test_a_short_quote_in_a_sentence_or_a_quoted_subheading_is_not(
    alone: list[dict[str, Any]],
) -> None:
    contents = [ALONE[s:e] for q in alone for s, e in q["content"]]
    assert '"a fudge"' not in contents
    assert "'A port reborn.'" not in contents


def test_a_single_quote_left_open_runs_on_when_the_next_paragraph_reopens() -> None:
    text = "'The pier stays,' she added, 'and so do we.\n\n'Count on it.'\nThe '90s are back."
    found = [(text[q.start : q.end], q.closed) for q in find_quotes(text)]
    assert found == [
        ("'The pier stays,'", True),
        ("'and so do we.", False),
        ("'Count on it.'", True),
    ]


def test_a_quote_split_by_its_attribution_keeps_the_piece_after_it() -> None:
    text = (
        "Harbour row\nRex Oyelaran was angry. 'The pier is ours,' the chairman added, "
        "'and it will stay ours.\n\n'We will not sell it.'\n"
    )
    quotes = Pipeline(("clean.headline", "extract.quotes"))(Article(text=text)).quotes
    pieces = [[text[s:e] for s, e in q["content"]] for q in quotes]
    assert ["'The pier is ours,'", "'and it will stay ours."] in pieces
    (last,) = [q for q in quotes if "sell it" in text[slice(*q["content"][0])]]
    assert last["speaker_type"] != "unknown"


def test_a_quote_after_an_opening_sentence_about_a_named_person_is_theirs() -> None:
    text = (
        "Harbour row\nRex Oyelaran was in a hurry on Friday. \"The board has made up its mind.\"\n"
        "The ferry was late again. \"Nobody will ever fix this timetable.\"\n"
    )
    quotes = Pipeline(("clean.headline", "extract.quotes"))(Article(text=text)).quotes
    by_words = {text[slice(*q["content"][0])]: q for q in quotes}
    assert text[slice(*by_words['"The board has made up its mind."']["speaker"])] == "Rex Oyelaran"
    assert by_words['"Nobody will ever fix this timetable."']["speaker"] is None


def _said(text: str) -> list[dict[str, Any]]:
    return Pipeline(("extract.quotes",))(Article(text=text)).quotes


def test_a_quote_after_a_colon_ending_a_sentence_about_someone_is_theirs() -> None:
    text = (
        "Bridge opens ten years late\n"
        "Mayor Jane Holt cut the ribbon on Monday. "
        "She was blunt: \"This bridge is ten years late.\"\n"
        "Paul Ryan raised the theme again when he spoke to students last week: "
        "\"Only here can a welder's son run for office.\"\n"
        "The results were clear: \"Nobody wins a war like this.\"\n"
    )
    by_words = {text[slice(*q["content"][0])].strip('"'): q for q in _said(text)}
    assert by_words["This bridge is ten years late."]["speaker_name"] == "Jane Holt"
    assert by_words["Only here can a welder's son run for office."]["speaker_name"] == "Paul Ryan"
    # a sentence about a thing gives its quote no speaker
    assert by_words["Nobody wins a war like this."]["speaker_name"] is None


def test_an_apostrophe_before_a_quote_paragraph_does_not_open_a_quote() -> None:
    text = ("Officials met Tom Reed on Monday.\nThe band peaked in the '90s, he said.\n"
            "'We were young,' he added.")
    contents = [text[q["content"][0][0] : q["content"][-1][1]] for q in _said(text)]
    assert "The band peaked in the '90s" in contents


def test_a_later_quote_does_not_continue_a_short_quote_statement() -> None:
    text = ('Mr. Dalby roused the crowd to chants of "Save our pier." Then the band played on '
            'and "the whole pier was dancing all night long."')
    later = [q for q in _said(text) if "dancing" in text[q["content"][0][0] : q["content"][0][1]]]
    assert later and all(q["speaker_name"] != "Dalby" for q in later)


def test_a_short_quote_signed_by_a_name_and_dash_before_it_is_kept() -> None:
    text = 'Mick Lynch - "Going nowhere, mate."'
    (q,) = _said(text)
    assert q["speaker_name"] == "Mick Lynch" and q["direct"]


def test_a_phrase_opened_by_a_preposition_is_not_a_role() -> None:
    text = "Unlike the mayor, Andy Wilson said the plan was fair."
    (q,) = _said(text)
    assert q["speaker_name"] == "Andy Wilson" and q["speaker_role"] is None



def test_answers_go_to_the_one_named_before_the_interview_when_none_is_most_named() -> None:
    text = (
        "Interview: the new coach\n"
        "We spoke to Sarah Quinn about the season.\n"
        "Q: How do you feel about the new season?\n"
        "A: I am excited. The squad is young but hungry.\n"
        "The club sacked Tom Reed in May.\n"
    )
    said = {text[slice(*q["content"][0])]: q["speaker_name"] for q in _said(text)}
    assert said["I am excited. The squad is young but hungry."] == "Sarah Quinn"


def test_according_to_before_a_quote_of_two_sentences_gives_the_whole_quote() -> None:
    text = (
        "Governor opens roads\n"
        "The governor, Lucky Adeyinka, opened three roads in Akure on Thursday.\n"
        "According to him, \"Our people deserve good roads. We will not abandon any "
        "project we inherited.\"\n"
    )
    stages = ("clean.headline", "extract.entities", "extract.quotes")
    a = Pipeline(stages)(Article(text=text))
    said = [(q["speaker_name"], [a.text[s:e] for s, e in q["content"]]) for q in a.quotes]
    assert said == [("Lucky Adeyinka", [
        "\"Our people deserve good roads. We will not abandon any project we inherited.\""
    ])]


def test_a_page_that_says_it_is_an_interview_gives_its_answers_to_the_one_interviewed() -> None:
    # questions that never say "you", answers that never say "I": the kicker and
    # the editor's note say what the page is
    text = (
        "Q&A: 'The climate fight is now about money'\n"
        "Ahead of the talks, we spoke to Dr Amina Yusuf, director of a climate finance "
        "centre in Nairobi.\n"
        "What is the biggest obstacle to progress this year?\n"
        "Money, frankly. The pledges made in Paris were never met.\n"
        "Are rich countries listening?\n"
        "Some are. But they are listening slowly, and the floods are not waiting.\n"
        "What would success look like?\n"
        "A finance target that is real, with dates and with checks.\n"
        "This interview has been edited for length and clarity.\n"
    )
    said = {text[slice(*q["content"][0])]: q["speaker_name"] for q in _said(text)}
    assert said["Some are. But they are listening slowly, and the floods are not waiting."] == (
        "Amina Yusuf")
    assert said["A finance target that is real, with dates and with checks."] == "Amina Yusuf"
    assert "Q&A" not in said.values()


@pytest.mark.parametrize("place", ["NEW DELHI", "PORT HARCOURT"])
def test_a_dateline_before_a_colon_is_not_a_speaker(place: str) -> None:
    text = (
        "Minister rejects waiting list claims\n"
        f"{place}: Union health minister JP Nadda on Monday rejected the opposition's "
        "allegation that waiting lists had doubled.\n"
        'Speaking in the Rajya Sabha, Nadda said the figures were "misleading".\n'
    )
    assert {q["speaker_name"] for q in _said(text)} == {"JP Nadda"}


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        # a press conference: the captain's surname, or full name, labels his answers
        ("Mariners beaten\n\nKonkan Mariners captain Rohan Deshpande did not look for "
         "excuses.\n\nQ: Is the pitch at home hurting your batters?\n\nDeshpande: No. We "
         "can't blame the pitch.\n\nQ: And the bowling?\n\nRohan Deshpande: We were poor "
         "at the death.\n", {"No. We can't blame the pitch.": "Rohan Deshpande",
                              "We were poor at the death.": "Rohan Deshpande"}),
        # a parliament's record: a title before a surname in capitals
        ("Senate estimates\n\nSenator NAKAMURA: Commissioner, how many facilities had no "
         "visit?\nMs FERRIER: The figure is 312, Senator.\n",
         {"The figure is 312, Senator.": "Ferrier"}),
        # an answer of one word is still one
        ("Housing\n\nQ: Is the target still credible?\nA: Nobody is building on meadows.\n"
         "Q: Are you worried?\nA: No.\n", {"No.": None}),
    ],
)
def test_labelled_answers_are_their_speakers(text: str, answers: dict[str, str | None]) -> None:
    stages = ("clean.headline", "extract.entities", "extract.quotes")
    said = {text[slice(*q["content"][0])]: q["speaker_name"]
            for q in Pipeline(stages)(Article(text=text)).quotes}
    for words, speaker in answers.items():
        assert words in said and said[words] == speaker, said


def test_a_labels_line_gives_its_speaker_no_role() -> None:
    text = "Count\n\nGary Sutcliffe: Long night. Proud of every volunteer who got us here.\n"
    stages = ("clean.headline", "extract.entities", "extract.quotes")
    found = Pipeline(stages)(Article(text=text)).quotes
    assert [(q["speaker_name"], q["speaker_role"]) for q in found] == [("Gary Sutcliffe", None)]


def test_a_quote_after_a_colon_is_the_main_cues_not_a_participles_on_the_way() -> None:
    text = ("Senator breaks with leadership\n\nIn a statement released by her office, Sen. "
            'Marit Halvorsen said:\n"I cannot support this bill in its current form."\n')
    stages = ("clean.headline", "extract.entities", "extract.quotes")
    found = Pipeline(stages)(Article(text=text)).quotes
    assert [(text[slice(*q["cue"])], q["speaker_name"]) for q in found] == [
        ("said", "Marit Halvorsen")]


def test_a_verb_in_reported_speech_tenses_after_a_partial_quote_goes_on_with_it(
    quotes_of: Any,
) -> None:
    text = ('Trial\n\nKasim Oduya said he had panicked when the cyclist "came at the van" and '
            "had been trying to get away.\n"
            'The mayor said the plan was "dead" and walked out of the room.\n')
    found = quotes_of(text)
    contents = [text[q["content"][0][0] : q["content"][-1][1]] for q in found]
    assert contents[0].endswith("and had been trying to get away")
    assert not found[0]["direct"]
    assert contents[1] == 'the plan was "dead"'  # the narrator's next event is not said


def test_a_quote_paragraph_continues_before_a_sentence_opening_with_a_name() -> None:
    a = Pipeline(("clean.headline", "extract.quotes"))(Article(text=(
        "Ballymore through\n“This group has real character,” Pádraig Mac Aodha said afterwards.\n"
        "“These lads don’t know how to fold.”\n"
        "Eoin Ó Ceallaigh, who was named man of the match, paid tribute to the goalkeeper.\n"
    )))
    assert [q["speaker_name"] for q in a.quotes] == ["Pádraig Mac Aodha"] * 2
    assert a.quotes[1]["continues"] == 0


def test_a_quote_the_parser_splits_stays_with_the_cue_after_it() -> None:
    a = Pipeline(("clean.headline", "extract.quotes"))(Article(text=(
        "Ballymore through\nColm Brennan was unimpressed.\n"
        '"Eight wides in a semi-final, you can\'t do that against a team managed by Pádraig," '
        'he said. "He\'ll have them tighter again."\n'
    )))
    (q,) = a.quotes
    assert q["speaker_name"] == "Colm Brennan" and q["direct"]
    assert a.text[slice(*q["cue"])] == "said"
