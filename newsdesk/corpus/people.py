"""People across the corpus: one person per real person, across articles and outlets.

Within an article, who-said-what already gives each person one canonical name
("Mr Corbyn", "JEREMY Corbyn" and a bound "the Labour leader" are all
"Jeremy Corbyn"). Across articles, canonical names are matched:

- the same full name (case-insensitive), or a near spelling of it with the
  same surname (`rapidfuzz` ratio >= 90: "Jeremy Corbin");
- a bare surname ("Corbyn", when the article never gives the first name) goes
  to the one person with that surname in the same story, else to the one
  person in the corpus with that surname; when several people share it, it
  stays a person of its own rather than a guess;
- two full names with the same surname and different first names ("Hillary
  Clinton", "Bill Clinton") stay apart.

Anonymous sources and organisations are never persons, so never merged.
"""

from __future__ import annotations

import sqlite3

from rapidfuzz import fuzz

from ..article import Article

#: Two full names with the same surname are one person from this ratio up.
SPELLING_RATIO = 90.0


#: First words that make a "name" a description ("The Labour leader", "One MP").
_NOT_NAME_START = {"the", "a", "an", "one", "some", "his", "her", "their", "our", "this"}


def looks_like_name(name: str) -> bool:
    """A proper name: capitalised words, not a description left unresolved."""
    words = name.split()
    if not words or words[0].casefold() in _NOT_NAME_START:
        return False
    if len(words) > 1 and words[-1].casefold() in _NOT_SURNAME:
        return False  # "Labour MPs", "Albert Museum", "Stoke-on-Trent Central"
    return all(w[0].isupper() or w.casefold() in _PARTICLES for w in words)


#: Last words that make a capitalised phrase a group, place or body, not a person.
_NOT_SURNAME = {
    "mps", "members", "voters", "supporters", "museum", "central", "street", "square",
    "party", "council", "committee", "centre", "center", "university", "college", "hospital",
    "trust", "court", "office", "department", "ministry", "agency", "church", "station",
}


_PARTICLES = {"de", "van", "von", "der", "da", "di", "la", "le", "bin", "al", "el", "du"}


def person_names(article: Article) -> list[str]:
    """The article's canonical person names: PERSON entities and person speakers."""
    names: dict[str, None] = {}
    for ent in article.entities:
        if ent.get("label") == "PERSON" and ent.get("name"):
            names[str(ent["name"])] = None
    for q in article.quotes:
        if q.get("speaker_type") == "person" and q.get("speaker_name"):
            names[str(q["speaker_name"])] = None
    return [n for n in names if looks_like_name(n)]


def _surname(name: str) -> str:
    return name.split()[-1].casefold()


class PersonIndex:
    """Tables `persons` and `person_names`. Callers hold the transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, article: Article, story_id: int | None) -> dict[str, int]:
        """Resolve the article's names to persons; return name -> person id."""
        out: dict[str, int] = {}
        names = person_names(article)
        # Full names first, so a bare surname can go to a full name in this article.
        for name in sorted(names, key=lambda n: -len(n.split())):
            pid = self._resolve(name, story_id, out)
            out[name] = pid
            self.conn.execute(
                "INSERT OR IGNORE INTO person_names (article_id, name, person_id) "
                "VALUES (?, ?, ?)",
                (article.id, name, pid),
            )
        return out

    def _resolve(self, name: str, story_id: int | None, local: dict[str, int]) -> int:
        surname = _surname(name)
        if len(name.split()) == 1:
            here = {pid for n, pid in local.items() if _surname(n) == surname}
            if len(here) == 1:
                return here.pop()
            return self._bare_surname(name, story_id)
        same_surname = self._with_surname(surname)
        for pid, known in same_surname:
            if known.casefold() == name.casefold():
                return pid
        for pid, known in same_surname:
            if len(known.split()) > 1 and fuzz.ratio(known.casefold(), name.casefold()) >= (
                SPELLING_RATIO
            ):
                return pid
        pid = self._create(name)
        # A bare-surname person seen before may now have a full name: merge it
        # when this is the only full name with that surname.
        full = [p for p, n in same_surname if len(n.split()) > 1]
        bare = [p for p, n in same_surname if len(n.split()) == 1]
        if not full and bare:
            for old in bare:
                self.conn.execute(
                    "UPDATE person_names SET person_id = ? WHERE person_id = ?", (pid, old)
                )
                self.conn.execute("DELETE FROM persons WHERE id = ?", (old,))
        return pid

    def _bare_surname(self, name: str, story_id: int | None) -> int:
        surname = _surname(name)
        full = [(p, n) for p, n in self._with_surname(surname) if len(n.split()) > 1]
        if story_id is not None and len(full) > 1:
            rows = self.conn.execute(
                "SELECT pn.person_id, count(*) FROM person_names pn "
                "JOIN story_articles sa ON sa.article_id = pn.article_id "
                "WHERE sa.story_id = ? GROUP BY pn.person_id",
                (story_id,),
            ).fetchall()
            in_story = {int(r[0]) for r in rows}
            full = [(p, n) for p, n in full if p in in_story]
        if len(full) == 1:
            return full[0][0]
        # None or several: a person of its own under the bare surname, never a guess.
        bare = [p for p, n in self._with_surname(surname) if len(n.split()) == 1]
        return bare[0] if bare else self._create(name)

    def _with_surname(self, surname: str) -> list[tuple[int, str]]:
        rows = self.conn.execute(
            "SELECT id, name FROM persons WHERE surname = ?", (surname,)
        ).fetchall()
        return [(int(r[0]), str(r[1])) for r in rows]

    def _create(self, name: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO persons (name, surname) VALUES (?, ?)", (name, _surname(name))
        )
        return int(cur.lastrowid or 0)
