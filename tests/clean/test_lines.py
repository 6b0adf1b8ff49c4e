"""Line splitting and the per-line features cleaning relies on."""

from __future__ import annotations

from newsdesk.clean.lines import Line, dominant_script, split_lines


def test_lines_keep_exact_offsets() -> None:
    text = "  Headline \n\n\tBody line one.\r\nlast"
    lines = split_lines(text)
    assert [ln.text for ln in lines] == ["Headline", "Body line one.", "last"]
    for ln in lines:
        assert text[ln.start : ln.end] == ln.text
    assert [ln.index for ln in lines] == [0, 1, 2]


def test_a_byte_order_mark_inside_the_text_is_trimmed_like_space() -> None:
    text = "First line.\n\ufeffAlso on The Courier:\n"
    line = split_lines(text)[1]
    assert line.text == "Also on The Courier:"
    assert text[line.start : line.end] == line.text


def test_blank_and_invisible_lines_are_skipped() -> None:
    assert split_lines("\n \n\u200b\n\ufeff\n") == []


def _line(text: str) -> Line:
    return split_lines(text)[0]


def test_script_counts() -> None:
    assert _line("Abc дом 中文").scripts == {"Latin": 3, "Cyrillic": 3, "Han": 2}
    assert _line("café").scripts == {"Latin": 4}
    script, share = dominant_script(split_lines("Hello world\nПривет"))
    assert script == "Latin" and share == 10 / 16


def test_lowercase_share_tells_prose_from_names_and_headings() -> None:
    assert _line("the council voted to close them").lowercase_share == 1.0
    assert _line("Ann Lee, Bob Stone, Carl Diaz").lowercase_share == 0.0
    assert _line("FIVE THINGS TO KNOW").lowercase_share == 0.0
    assert _line("2017 5:20").lowercase_share == 0.0  # no cased words at all


def test_foreign_function_words_count_lower_case_words_only() -> None:
    assert _line("la casa de los padres y el perro").foreign_function_words == 5
    assert _line("the house of the parents and the dog").foreign_function_words == 0
    # Names are not function words, and English homographs are not counted.
    assert _line("Dan De La Cruz").foreign_function_words == 0
    assert _line("44 per cent in the EU door").foreign_function_words == 0


def test_sentence_and_title_shapes() -> None:
    assert _line("The council voted on Tuesday to close them.").sentence_like
    assert not _line('"No," he said.').sentence_like  # a sentence, but too short to tell
    assert _line("Corbyn: 'The party is not out of control'").title_like
    assert _line('She said: "It is over."').ends_sentence
    assert _line("RELATED STORIES").all_caps


def test_quoted_lines() -> None:
    assert _line('"No vamos a permitir", dijo.').quoted
    assert _line("“Yes,” she said.").quoted
    assert not _line("It's a plain line.").quoted


def test_any_unicode_space_is_trimmed() -> None:
    text = "\u3000Headline\u2003\n\u2028\n"
    (line,) = split_lines(text)
    assert line.text == "Headline"
    assert text[line.start : line.end] == "Headline"
