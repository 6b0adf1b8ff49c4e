"""What a quote found in an article is, read before any cue claims it: a
short quote that is speech (closing on "!" or "?", alone on its line,
signed with a dash), a quoted title of a show or a term another word names,
and where a clause really opens past a title or a name the parser took in.
The statement finder (finder.py) builds on these."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .asides import SourceAsides
from .attribution import dash_after, dash_before
from .marks import Quoted
from .speech import named_before

_SPOKEN_ENDS = ("!", "?", ",")


#: Words Title Case leaves in lower case inside a title ("Meet the Nation").
_TITLE_SMALL_WORDS = frozenset("the of and a an in on for to at with".split())


class QuoteKinds(SourceAsides):
    """Readings of one article's quotes, shared by the statement finder."""

    def _exclaimed(self, q: Quoted) -> bool:
        """`"All the way!"`, `"Oh, my God," he exclaimed`: a short quote
        whose own punctuation closes a sentence or a clause is speech, not a
        scare quote."""
        s, e = q.inner
        return self.text[s:e].rstrip()[-1:] in _SPOKEN_ENDS

    def _alone(self, q: Quoted, para: int) -> bool:
        """`"Never."`, `"That is untrue."` as a paragraph of their own: a
        line that is nothing but a quote is someone speaking, however short,
        not a scare quote. A quoted noun phrase alone on its line (`'A change
        warrior.'`) is a subheading, and `"Related:"` a label."""
        ps, pe = self.paragraphs[para]
        rest = self.text[ps : q.start] + self.text[q.end : pe]
        s, e = q.inner
        if not q.opened or any(c.isalnum() for c in rest) or self.text[s:e].rstrip()[-1:] == ":":
            return False
        span = self.doc.char_span(s, e, alignment_mode="contract")
        if span is None:
            return False
        tags = {t.pos_ for t in span}
        return bool(tags & {"VERB", "AUX"}) or not tags & {"NOUN", "PROPN"}

    def _signed(self, q: Quoted, para: int) -> bool:
        """`"Enough is enough" – Sharon Graham, Unite.`: a short quote
        signed with a dash and a name that close its line. (A dash after a
        scare quote opens the writer's aside, a longer clause.)"""
        pe = self.paragraphs[para][1]
        where = (self.doc, self.text, self.paragraphs[para], para)
        if dash_before(q, *where) is not None:  # `Mick Lynch - "Going nowhere."`
            return True
        return len(self.text[q.end : pe].split()) <= 8 and dash_after(q, *where) is not None

    def _is_title(self, q: Quoted) -> bool:
        """A quoted name of a show, book or slogan: `on CBS's “This Morning,”`
        is not what anyone said. Title Case, short, after a preposition."""
        s, e = q.inner
        words = [w for w in self.text[s:e].strip(" ,.").split() if w.isalpha()]
        # "Meet the Nation": Title Case keeps its small words small
        if not 1 <= len(words) <= 6 or not all(
            w[:1].isupper() or (0 < k < len(words) - 1 and w in _TITLE_SMALL_WORDS)
            for k, w in enumerate(words)
        ):
            return False
        before = self.text[max(0, q.start - 12) : q.start].split()
        return bool(before) and before[-1].lower().strip("’'s") in (
            "on", "in", "of", "at", "from", "cbs", "nbc", "abc", "hbo", "fox", "cnn", "msnbc"
        )

    def _named_term(self, q: Quoted, verb: Token) -> bool:
        """A quote another word names something by (`pressed her on the ban
        on so-called "ghost cranes"`): a term, not words of `verb`'s."""
        at = named_before(self.text, q.start)
        return at is not None and at != verb.idx

    def _past_a_title(self, span: tuple[int, int]) -> tuple[int, int]:
        """`said on NBC's "Meet the Nation" that ...`: a show's name the parser
        took into the clause opens no content; what follows it does."""
        s, e = span
        q = next((q for q in self.quotes if q.start == s and q.end < e), None)
        if q is None or not self._is_title(q):
            return span
        rest = self.text[q.end : e]
        if not rest.lstrip(" ,").lower().startswith("that "):
            return span
        return (e - len(rest.lstrip(" ,")), e)

    def _past_a_name(self, span: tuple[int, int]) -> tuple[int, int]:
        """`said in a statement carried by the news agency KUNA that ...`: a
        name the parser took for the clause's start opens no content."""
        s, e = span
        opening = self.doc.char_span(s, e, alignment_mode="expand")
        if opening is None:
            return span
        words = list(opening[:5])
        at = next((k for k, t in enumerate(words) if t.lower_ == "that" and t.dep_ == "mark"),
                  None)
        if at and all(t.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") for t in words[:at]):
            return (words[at].idx, e)
        # `said in a statement that it was investing ... and would ...`: the
        # clause the parser hung on the statement is what was said
        setting = _SAID_IN.match(self.text, s, e)
        if setting is None and (s == 0 or self.text[s - 1] == "\n"):
            setting = TEASER_LABEL.match(self.text, s, e)  # "Read more: X, IBGE says"
        return (setting.end(), e) if setting is not None else span


#: Where something was said, opening a clause the parser hung on it: `in a
#: statement that`, `in an interview on Monday that`.
_SAID_IN = re.compile(
    r"(?:in|on|during) (?:a|an|the|its|his|her|their) (?:[\w'’-]+ ){0,3}?(?:statement|"
    r"interview|post|letter|note|release|briefing|speech|address|video|submission)"
    r"(?: [^,.;:\"“]{0,40}?)? (?=that )")
#: The label of a link to another story, at the start of its line: "Read
#: more: <headline>", "READ | <headline>"; the headline is what was said.
TEASER_LABEL = re.compile(r"(?:read (?:more|also|next)|also read|related|read)\s*[:|]\s*", re.I)


def on_a_teaser_line(text: str, at: int) -> bool:
    """Whether character `at` stands on a link line ("Read also: ..., IBGE
    says"): another story's words, no antecedent for this one's."""
    return TEASER_LABEL.match(text, text.rfind("\n", 0, at) + 1) is not None
