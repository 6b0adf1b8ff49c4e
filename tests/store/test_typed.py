"""The typed tables: filled at insert, spans on the right characters,
values flattened, person ids kept in step, backfilled by the migration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.store import Store
from newsdesk.store.migrations import LATEST

from .factory import corbyn_article, resolve_people, version4_store

TYPED = ("statements", "claims", "polls", "dates", "entities")


def _rows(store: Store, table: str) -> list[dict[str, object]]:
    return [dict(r) for r in store.conn.execute(f"SELECT * FROM {table} ORDER BY id")]


def test_statements_hold_the_text_their_spans_point_at(store: Store) -> None:
    a = corbyn_article()
    store.add_articles([a])
    split, plain = _rows(store, "statements")
    rowid = store.conn.execute("SELECT rowid FROM articles WHERE id = ?", (a.id,)).fetchone()[0]
    assert split["article_rowid"] == rowid and split["article_id"] == a.id
    assert split["content"] == "We will keep nuclear power, … It is safe and clean."
    assert a.text[split["start"]:split["end"]].startswith("We will keep nuclear power,")
    assert a.text[split["start"]:split["end"]].endswith("It is safe and clean.")
    assert split["n_pieces"] == 2 and split["direct"] == 1
    assert a.text[split["speaker_start"]:split["speaker_end"]] == "Mr Corbyn"
    assert a.text[split["cue_start"]:split["cue_end"]] == "said"
    assert (split["speaker_name"], split["speaker_role"]) == ("Jeremy Corbyn", "Labour leader")
    assert (split["outlet"], split["published"]) == ("Example Post", "2017-02-21")
    assert plain["content"] == a.text[plain["start"]:plain["end"]] == "Stop-and-frisk was raised"
    assert plain["direct"] == 0 and plain["cue_start"] is None and plain["idx"] == 1


def test_claims_flatten_numbers_ranges_and_polls(store: Store) -> None:
    a = corbyn_article()
    store.add_articles([a])
    poll, rng = _rows(store, "claims")
    assert poll["text"] == a.text[poll["start"]:poll["end"]]
    assert poll["kind"] == "poll" and poll["value"] is None and poll["lead"] == 3.0
    assert json.loads(str(poll["value_json"])) == {"Labour": 38.0, "Conservatives": 35.0}
    assert (rng["value"], rng["low"], rng["high"]) == (None, 20.0, 30.0)
    assert a.text[rng["subject_start"]:rng["subject_end"]] == "homes"
    parties = {r["party"]: (r["share"], r["change"], r["claim_id"], r["pollster"])
               for r in _rows(store, "polls")}
    assert parties == {"Labour": (38.0, 2.0, poll["id"], "Meridian"),
                       "Conservatives": (35.0, None, poll["id"], "Meridian")}


def test_a_single_number_is_a_real_value(store: Store) -> None:
    a = corbyn_article()
    a.claims[1]["value"] = 25
    store.add_articles([a])
    row = store.conn.execute("SELECT value, low, value_json FROM claims WHERE kind = 'count'")
    assert tuple(row.fetchone()) == (25.0, None, "25")


@pytest.mark.parametrize(("value", "typ", "date", "granularity"), [
    ("2017-02-21", "DATE", "2017-02-21", "day"),
    ("2017-02-20TNI", "TIME", "2017-02-20", "time"),
    ("2017-W08", "DATE", "2017-02-20", "week"),
    ("2017-W07-WE", "DATE", "2017-02-18", "weekend"),
    ("2016-W01", "DATE", "2016-01-04", "week"),
    ("2017-02", "DATE", "2017-02-01", "month"),
    ("2016-Q3", "DATE", "2016-07-01", "quarter"),
    ("2017-H2", "DATE", "2017-07-01", "half"),
    ("2017-SU", "DATE", "2017-06-01", "season"),
    ("2011", "DATE", "2011-01-01", "year"),
    ("199X", "DATE", "1990-01-01", "decade"),
    ("19", "DATE", "1900-01-01", "century"),
    ("PAST_REF", "DATE", None, "reference"),
    ("P3Y", "DURATION", None, "duration"),
    ("P1W", "SET", None, "set"),
    (None, "DATE", None, None),
])
def test_dates_get_an_iso_day_and_a_granularity(
    store: Store, value: str | None, typ: str, date: str | None, granularity: str | None
) -> None:
    a = corbyn_article()
    a.dates = [{**a.dates[0], "value": value, "type": typ}]
    store.add_articles([a])
    (row,) = _rows(store, "dates")
    assert (row["value"], row["date"], row["granularity"]) == (value, date, granularity)
    assert row["text"] == a.text[row["start"]:row["end"]] == "Tuesday"
    assert (row["anchor_date"], row["anchor_source"], row["estimated"]) == (
        "2017-02-21", "metadata", 0)


def test_entities_keep_text_label_and_name(store: Store) -> None:
    a = corbyn_article()
    store.add_articles([a])
    rows = _rows(store, "entities")
    assert [(r["text"], r["label"], r["name"]) for r in rows] == [
        ("Mr Corbyn", "PERSON", "Jeremy Corbyn"), ("Pat O'Neill", "PERSON", "Pat O'Neill"),
        ("U.S.", "GPE", "U.S.")]
    assert all(a.text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_a_record_missing_a_required_field_stays_in_records_only(store: Store) -> None:
    a = corbyn_article()
    a.quotes.append({"content": [], "speaker_name": None})
    a.claims.append({"kind": "count", "value": 3})
    store.add_articles([a])
    assert store.conn.execute("SELECT count(*) FROM statements").fetchone()[0] == 2
    assert store.conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 2
    assert store.conn.execute("SELECT count(*) FROM records").fetchone()[0] == 13


def test_person_ids_follow_the_corpus_people_stage(store: Store) -> None:
    a, b = corbyn_article(1), corbyn_article(2)
    store.add_articles([a, b])
    assert store.conn.execute("SELECT count(person_id) FROM statements").fetchone()[0] == 0
    ids = resolve_people(store)
    got = dict(store.conn.execute("SELECT speaker_name, person_id FROM statements"))
    assert got == {"Jeremy Corbyn": ids["Jeremy Corbyn"], "Pat O'Neill": ids["Pat O'Neill"]}
    # a merge (the stage updates person_names, then deletes the old person)
    with store.transaction():
        store.conn.execute("UPDATE person_names SET person_id = ? WHERE person_id = ?",
                           (ids["Jeremy Corbyn"], ids["Pat O'Neill"]))
        store.conn.execute("DELETE FROM persons WHERE id = ?", (ids["Pat O'Neill"],))
    assert {r[0] for r in store.conn.execute("SELECT person_id FROM statements")} == {
        ids["Jeremy Corbyn"]}
    with store.transaction():
        store.conn.execute("DELETE FROM person_names WHERE article_id = ?", (a.id,))
    assert store.conn.execute(
        "SELECT count(*) FROM statements WHERE person_id IS NULL").fetchone()[0] == 2


def test_people_view_counts_each_person_once_across_articles(store: Store) -> None:
    a, b, copy = corbyn_article(1, "Post"), corbyn_article(2, "Herald"), corbyn_article(3)
    store.add_articles([a, b, copy])
    ids = resolve_people(store)
    with store.transaction():
        store.conn.execute("INSERT INTO duplicates (article_id, original_id, jaccard, containment) "
                           "VALUES (?, ?, 0.9, 0.9)", (copy.id, a.id))
    row = dict(store.conn.execute("SELECT * FROM people WHERE id = ?",
                                  (ids["Jeremy Corbyn"],)).fetchone())
    assert row["name"] == "Jeremy Corbyn"
    assert (row["n_statements"], row["n_articles"]) == (2, 2)  # the copy left out
    assert set(str(row["outlets"]).split(",")) == {"Post", "Herald", "Example Post"}
    assert (row["roles"], row["aliases"]) == ("Labour leader", "Mr Corbyn")
    assert (row["first_published"], row["last_published"]) == ("2017-02-21", "2017-02-21")


def test_statements_fts_stays_in_step_with_statements(store: Store) -> None:
    store.add_articles([corbyn_article()])
    hits = store.conn.execute(
        "SELECT s.speaker_name FROM statements_fts JOIN statements s ON s.id = "
        "statements_fts.rowid WHERE statements_fts MATCH 'nuclear'").fetchall()
    assert [h[0] for h in hits] == ["Jeremy Corbyn"]
    with store.transaction():
        store.conn.execute("DELETE FROM articles")
    assert store.conn.execute("SELECT count(*) FROM statements").fetchone()[0] == 0
    assert store.conn.execute(
        "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'nuclear'"
    ).fetchone()[0] == 0


def test_migrating_a_version_4_store_backfills_the_typed_tables(tmp_path: Path) -> None:
    articles = [corbyn_article(1), corbyn_article(2, published=None)]
    old = tmp_path / "old.db"
    version4_store(old, articles)
    with Store(old) as migrated, Store(tmp_path / "new.db") as fresh:
        assert migrated.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        fresh.add_articles(articles)
        for table in TYPED:
            assert _rows(migrated, table) == _rows(fresh, table), table
        assert len(_rows(migrated, "polls")) == 4
        n = migrated.conn.execute(
            "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'safe'").fetchone()
        assert n[0] == 2


def test_migration_fills_person_ids_the_corpus_stage_already_resolved(tmp_path: Path) -> None:
    a = corbyn_article()
    old = tmp_path / "old.db"
    version4_store(old, [a])
    import sqlite3

    with sqlite3.connect(old) as conn:
        conn.execute("INSERT INTO persons (id, name, surname) VALUES (7, 'Jeremy Corbyn', "
                     "'corbyn')")
        conn.execute("INSERT INTO person_names VALUES (?, 'Jeremy Corbyn', 7)", (a.id,))
    with Store(old) as store:
        got = dict(store.conn.execute("SELECT speaker_name, person_id FROM statements"))
        assert got == {"Jeremy Corbyn": 7, "Pat O'Neill": None}
        [person] = [dict(r) for r in store.conn.execute("SELECT * FROM people")]
        assert (person["id"], person["n_statements"]) == (7, 1)


def test_names_view_keeps_the_pre_corpus_people(store: Store) -> None:
    store.add_articles([corbyn_article(1), corbyn_article(2)])
    rows = {r["name"]: dict(r) for r in store.people()}
    assert rows["Jeremy Corbyn"]["n_statements"] == 2
    assert rows["Jeremy Corbyn"]["n_articles"] == 2
    assert rows["Jeremy Corbyn"]["aliases"] == "Mr Corbyn"


LINKED = ("removed", "flags", "records", "story_articles", "person_names", "timeline",
          "duplicates")


def test_writers_giving_only_article_id_get_the_article_key(store: Store) -> None:
    import sqlite3

    a, b = corbyn_article(1), corbyn_article(2)
    store.add_articles([a, b])
    rowid = dict(store.conn.execute("SELECT id, rowid FROM articles"))
    resolve_people(store)  # person_names, written by article id as the corpus stage does
    conn = store.conn
    with store.transaction():
        conn.execute("INSERT INTO flags (article_id, name, score, evidence) "
                     "VALUES (?, 'near_duplicate', 0.9, '[]')", (b.id,))
        conn.execute("INSERT INTO duplicates (article_id, original_id, jaccard, containment) "
                     "VALUES (?, ?, 0.9, 0.9)", (b.id, a.id))
        conn.execute("INSERT INTO timeline (article_id, date, date_start, date_end, start, end, "
                     "who) VALUES (?, '2017', 0, 1, 0, 1, '[]')", (a.id,))
    for table in LINKED:
        if table in ("story_articles", "removed"):  # none in these articles
            continue
        rows = conn.execute(f"SELECT article_id, article_rowid FROM {table}").fetchall()
        assert rows and all(rowid[aid] == key for aid, key in rows), table
    assert conn.execute("SELECT original_rowid FROM duplicates").fetchone()[0] == rowid[a.id]
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), store.transaction():
        conn.execute("INSERT INTO flags (article_id, name, score, evidence) "
                     "VALUES ('nope', 'x', 1, '[]')")


def test_migration_links_the_old_child_rows_to_their_article(tmp_path: Path) -> None:
    import sqlite3

    a, b = corbyn_article(1), corbyn_article(2)
    old = tmp_path / "old.db"
    version4_store(old, [a, b])
    with sqlite3.connect(old) as conn:
        before = conn.execute("SELECT rowid, article_id, kind FROM records ORDER BY rowid"
                              ).fetchall()
        conn.execute("INSERT INTO removed (article_id, start, end, reason) "
                     "VALUES (?, 0, 4, 'spam')", (b.id,))
    with Store(old) as store:
        after = store.conn.execute("SELECT rowid, article_id, kind FROM records ORDER BY rowid"
                                   ).fetchall()
        assert [tuple(r) for r in after] == before
        keys = dict(store.conn.execute("SELECT id, rowid FROM articles"))
        for table in ("records", "removed"):
            for aid, key in store.conn.execute(f"SELECT article_id, article_rowid FROM {table}"):
                assert keys[aid] == key
        back = store.get(a.id)
        assert back is not None and back.quotes == a.quotes
