"""What common tools write is read with its outlet, date, author and text:
Media Cloud, trafilatura and news-please, as JSONL, CSV and .json, plus
--field mapping, and the warnings for fields left unused."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from newsdesk.article import Article
from newsdesk.config import Options
from newsdesk.errors import ConfigError, InputError
from newsdesk.read import read_all, read_paths
from newsdesk.read.notes import InputWarning

BODY = "Council keeps library open\nThe council voted on Tuesday to keep the library open."

MEDIA_CLOUD = {  # api/v2 stories_public fields, plus the text of an expanded story
    "stories_id": 27456565, "media_id": 1144, "media_name": "Global Example",
    "media_url": "http://example.org/", "publish_date": "2010-11-24 04:05:00",
    "collect_date": "2010-11-24 15:33:39", "url": "http://example.org/2010/11/a",
    "guid": "http://example.org/?p=1", "language": "en", "title": "Council keeps library open",
    "story_text": BODY,
}
TRAFILATURA = {  # trafilatura's JSON output (xml.build_json_output)
    "title": "Council keeps library open", "author": "Ann Writer; Bo Reporter",
    "hostname": "example.org", "date": "2017-02-21", "fingerprint": "abc",
    "id": None, "license": None, "comments": "", "raw_text": BODY, "text": BODY,
    "language": None, "image": None, "pagetype": "article", "filedate": "2024-01-01",
    "source": "https://example.org/2017/02/a", "source-hostname": "Example Gazette",
    "excerpt": "A vote.", "categories": "", "tags": "",
}
NEWS_PLEASE = {  # NewsArticle.get_serializable_dict()
    "authors": ["Ann Writer", "Bo Reporter"], "date_download": "2019-05-02 10:00:00",
    "date_modify": "None", "date_publish": "2019-05-01 08:30:00", "description": "A vote.",
    "filename": "x.json", "image_url": None, "language": "en", "localpath": None,
    "maintext": BODY, "source_domain": "example.net", "text": None,
    "title": "Council keeps library open", "title_page": None, "title_rss": None,
    "url": "https://example.net/a",
}


def _jsonl(path: Path, objs: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objs), encoding="utf-8")
    return path


def _split(items: list[object]) -> tuple[list[Article], list[InputError], list[InputWarning]]:
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, InputError)],
        [i for i in items if isinstance(i, InputWarning)],
    )


def test_media_cloud_jsonl_keeps_outlet_date_and_id(tmp_path: Path) -> None:
    f = _jsonl(tmp_path / "mc.jsonl", [MEDIA_CLOUD])
    [a], errors, warnings = _split(list(read_all([f])))
    assert not errors
    assert (a.outlet, a.published, a.id) == ("Global Example", "2010-11-24", "27456565")
    assert a.url == "http://example.org/2010/11/a" and a.text == BODY
    # The fields it has no use for are named once for the file.
    [w] = [w for w in warnings if "does not use" in w.message]
    assert "media_url (1)" in w.message and "collect_date (1)" in w.message


def test_media_cloud_csv_keeps_outlet_and_date(tmp_path: Path) -> None:
    f = tmp_path / "mc.csv"
    with f.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(MEDIA_CLOUD))
        writer.writeheader()
        writer.writerow(MEDIA_CLOUD)
        writer.writerow({**MEDIA_CLOUD, "stories_id": 2, "story_text": "Second story, one line."})
    arts, errors, _ = _split(list(read_all([f])))
    assert not errors
    assert [(a.outlet, a.published, a.id) for a in arts] == [
        ("Global Example", "2010-11-24", "27456565"), ("Global Example", "2010-11-24", "2"),
    ]
    assert arts[0].text == BODY  # the newline inside the quoted cell is kept
    assert arts[0].source == f"{f}:2" and arts[1].source == f"{f}:4"


def test_trafilatura_json_output_keeps_outlet_date_author_and_url(tmp_path: Path) -> None:
    f = _jsonl(tmp_path / "t.jsonl", [TRAFILATURA])
    [a], errors, _ = _split(list(read_all([f])))
    assert not errors
    assert (a.outlet, a.published, a.author) == (
        "Example Gazette", "2017-02-21", "Ann Writer; Bo Reporter"
    )
    assert a.url == "https://example.org/2017/02/a" and a.text == BODY


def test_trafilatura_bare_extraction_names_sitename(tmp_path: Path) -> None:
    obj = {"text": BODY, "sitename": "Example Gazette", "hostname": "example.org",
           "date": "2017-02-21", "url": "https://example.org/a"}
    [a] = list(read_paths([_jsonl(tmp_path / "b.jsonl", [obj])]))
    assert isinstance(a, Article) and a.outlet == "Example Gazette"


def test_news_please_keeps_outlet_date_text_and_authors(tmp_path: Path) -> None:
    f = _jsonl(tmp_path / "np.jsonl", [NEWS_PLEASE])
    [a], errors, warnings = _split(list(read_all([f])))
    assert not errors
    assert (a.outlet, a.published, a.text) == ("example.net", "2019-05-01", BODY)
    assert a.author == "Ann Writer; Bo Reporter"
    # news-please writes str(None) for a missing date: no warning about that.
    assert not any("could not be used" in w.message for w in warnings)


def test_news_please_json_file_of_one_object(tmp_path: Path) -> None:
    f = tmp_path / "one.json"
    f.write_text(json.dumps(NEWS_PLEASE, indent=2), encoding="utf-8")
    [a] = list(read_paths([f]))
    assert isinstance(a, Article) and a.source == str(f) and a.outlet == "example.net"


def test_field_mapping_is_looked_up_first(tmp_path: Path) -> None:
    obj = {"body": BODY, "paper": "The Example", "when": "3 March 2021", "published": "2000-01-01"}
    f = _jsonl(tmp_path / "own.jsonl", [obj])
    plain = list(read_all([f]))
    [err] = [i for i in plain if isinstance(i, InputError)]
    assert "no article" in err.reason
    [w] = [i for i in plain if isinstance(i, InputWarning)]
    assert "body (1)" in w.message and "--field" in w.message
    mapped = Options(fields=(("text", "body"), ("outlet", "paper"), ("published", "when")))
    [a] = list(read_paths([f], mapped))
    assert isinstance(a, Article)
    assert (a.text, a.outlet, a.published) == (BODY, "The Example", "2021-03-03")


def test_a_mapping_to_an_unknown_field_is_a_config_error(tmp_path: Path) -> None:
    f = _jsonl(tmp_path / "x.jsonl", [{"text": BODY}])
    with pytest.raises(ConfigError, match="no field 'pubdate'"):
        list(read_paths([f], Options(fields=(("pubdate", "d"),))))


def test_an_unreadable_date_is_warned_once_per_file_with_its_count(tmp_path: Path) -> None:
    objs = [{"text": f"Story {i}.", "publish_date": "someday"} for i in range(5)]
    f = _jsonl(tmp_path / "d.jsonl", [*objs, {"text": "Dated.", "publish_date": "2020-01-02"}])
    warnings: list[InputWarning] = []
    arts = list(read_paths([f], on_warning=warnings.append))
    assert len(arts) == 6 and all(isinstance(a, Article) for a in arts)
    assert [a.published for a in arts if isinstance(a, Article)][-2:] == [None, "2020-01-02"]
    [w] = warnings
    assert w.count == 5 and "5 of 6" in w.message and f"{f}:1" in w.message


def test_a_json_array_is_read_element_by_element(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text(json.dumps([MEDIA_CLOUD, 7, {"title": "no text"}, NEWS_PLEASE]), encoding="utf-8")
    results = list(read_paths([f], Options()))
    arts = [r for r in results if isinstance(r, Article)]
    bad = {r.source: r.reason for r in results if isinstance(r, InputError)}
    assert [a.source for a in arts] == [f"{f}[0]", f"{f}[3]"]
    assert "expected a JSON object" in bad[f"{f}[1]"] and "no article" in bad[f"{f}[2]"]


def test_a_big_json_array_is_streamed_across_reads(tmp_path: Path) -> None:
    f = tmp_path / "big.json"
    objs = [{"id": i, "text": f"Story number {i}. " + "word " * 300} for i in range(2000)]
    f.write_text(json.dumps(objs), encoding="utf-8")  # about 3 MB: several 1 MiB reads
    arts = list(read_paths([f]))
    assert [a.id for a in arts if isinstance(a, Article)] == [str(i) for i in range(2000)]


def test_a_broken_json_array_keeps_what_came_before(tmp_path: Path) -> None:
    f = tmp_path / "cut.json"
    f.write_text('[{"text": "First."}, {"text": "Sec', encoding="utf-8")
    results = list(read_paths([f]))
    assert isinstance(results[0], Article)
    [err] = results[1:]
    assert isinstance(err, InputError) and err.source == f"{f}[1]"


def test_csv_in_a_legacy_encoding_and_a_ragged_row(tmp_path: Path) -> None:
    f = tmp_path / "cp.csv"
    f.write_bytes("title,text,media_name\nCaf\u00e9,Le caf\u00e9 a ferm\u00e9.,Le Monde\n"
                  "x,y,z,extra\n".encode("cp1252"))
    results = list(read_paths([f]))
    a = results[0]
    assert isinstance(a, Article) and a.title == "Café" and a.outlet == "Le Monde"
    assert isinstance(results[1], InputError) and results[1].source == f"{f}:3"


def test_csv_with_a_field_bigger_than_the_csv_default_limit(tmp_path: Path) -> None:
    f = tmp_path / "long.csv"
    f.write_text("text\n\"" + "long " * 40_000 + "\"\n", encoding="utf-8")  # 200,000 characters
    [a] = list(read_paths([f]))
    assert isinstance(a, Article) and len(a.text) == 200_000


def test_without_a_callback_warnings_go_to_the_log_and_the_stream_stays_two_kinds(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    f = _jsonl(tmp_path / "w.jsonl", [{"text": "A story.", "my_date": "2020-01-01"}] * 3)
    with caplog.at_level("WARNING", logger="newsdesk.read"):
        results = list(read_paths([f]))
    assert len(results) == 3 and all(isinstance(r, Article) for r in results)
    [record] = caplog.records
    message = record.getMessage()
    assert "my_date (3)" in message and "--field published=my_date" in message


def test_csv_that_stops_being_utf8_after_the_first_megabyte(tmp_path: Path) -> None:
    f = tmp_path / "late.csv"
    row = "Caf\u00e9 story " + "text " * 200 + "\n"  # UTF-8 from the start
    rows = 1_200_000 // len(row.encode())
    f.write_bytes(b"text\n" + row.encode() * rows + b"bad \xff\xfe row\n" + row.encode())
    results = list(read_paths([f]))
    arts = [r for r in results if isinstance(r, Article)]
    [err] = [r for r in results if isinstance(r, InputError)]
    assert len(arts) == rows + 1 and "not utf-8: bytes in this row" in err.reason
    assert err.source == f"{f}:{rows + 2}"


def test_many_different_bad_dates_are_still_one_warning(tmp_path: Path) -> None:
    objs = [{"text": "Story.", "publish_date": f"not a date {i}"} for i in range(50)]
    objs.append({"text": "Story.", "publish_date": "x" * 100_000})  # not handed to dateparser
    warnings: list[InputWarning] = []
    assert len(list(read_paths([_jsonl(tmp_path / "d.jsonl", objs)], on_warning=warnings.append))
               ) == 51
    [w] = warnings
    assert w.count == 51 and len(w.message) < 400


def test_a_blank_text_gives_way_to_the_next_candidate(tmp_path: Path) -> None:
    obj = {"text": "  \n", "maintext": BODY}
    [a] = list(read_paths([_jsonl(tmp_path / "b.jsonl", [obj])]))
    assert isinstance(a, Article) and a.text == BODY
