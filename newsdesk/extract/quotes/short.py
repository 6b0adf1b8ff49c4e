"""Short quotes no cue claimed: scare quotes, or statements of their own?

`The party's slogan is "Build the bridge"`, `chants of "Save our pier"`: a quote of
a few words with no verb of saying is most often the writer's scare quote,
but under some nouns and in headlines it is what someone said. Each such
quote gives two candidate statements: the quote alone, and the phrase its
head governs (`his vow to "fundamentally transform" the country`). A
logistic regression over a few features of the quote, its head and its line
(trained on the PolNeAR train split by `scripts/train_short_quotes.py`,
weights in `short_quote_model.json`) scores both; the likelier one becomes a
statement when it clears the trained threshold. Without the weights file
every short quote stays a scare quote.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..logistic import Logistic, read_weights
from .cues import SAYING_VERBS, cue_probability
from .speaker_spans import speaker_span, speaker_token
from .statement import Statement, trim

if TYPE_CHECKING:
    from .layout import QuoteLayout
    from .marks import Quoted

#: Nouns that name something said: what they govern in quotes was said.
SPEECH_NOUNS = frozenset(
    (
        "slogan chant chants motto phrase term word words comment comments remark remarks "
        "label nickname moniker catchphrase cry message line quote call calls accusation "
        "claim claims charge promise pledge vow refrain mantra tagline description "
        "characterization reference rhetoric speech statement warning insult dig jab"
    ).split()
)
#: Words right before a quote that name it rather than say it.
NAMING_WORDS = frozenset("called calls call dubbed dubs labeled labelled termed named".split())
_PERSONAL = frozenset("i i'm me my we our us you your".split())
#: "the word", "the term" right before a quote: the quote is a word named.
_WORD_MENTIONED = re.compile(r"\b[Tt]he (?:word|term) $")
#: A head phrase longer than this is a sentence, not a phrase around a quote.
MAX_PHRASE_WORDS = 30

QUOTE_FEATURES = (
    "log_words", "title_case", "first_upper", "ends_sentence", "personal_pronoun",
    "has_verb", "owned_cue", "colon_before", "line_title_case", "line_is_quote_end",
    "opens_paragraph", "ends_paragraph", "naming_word_before", "speech_noun_near",
    "head_cue_probability", "head_saying_verb", "head_is_verb", "head_is_noun",
    "root_amod_or_compound", "root_pobj", "root_dobj_or_attr", "root_appos",
    "head_is_own", "single_quote_marks", "speaker_found", "speaker_possessive",
    "speech_noun_after", "head_speech_noun", "window_cue_probability", "lowercase_single",
)
#: Each feature for the quote alone and for the head's phrase, plus the
#: phrase's own length.
FEATURES = (
    *(f"quote:{f}" for f in QUOTE_FEATURES),
    *(f"phrase:{f}" for f in QUOTE_FEATURES),
    "phrase:log_words_phrase",
)


@dataclass
class Candidate:
    """One way to read a short quote as a statement."""

    content: tuple[int, int]
    #: 0 for the quote alone, 1 for the phrase its head governs.
    level: int
    cue: Token | None
    speaker: Token | None
    x: list[float] = field(default_factory=list)


def _path_up(root: Token, start: int, end: int, steps: int = 6) -> list[Token]:
    """Heads above the quote's root, outside the quote, nearest first."""
    out: list[Token] = []
    tok = root
    for _ in range(steps):
        if tok.head == tok:  # spaCy makes a new Token on each access: compare, not `is`
            break
        tok = tok.head
        if not start <= tok.idx < end:
            out.append(tok)
    return out


def _speaker(
    layout: QuoteLayout, path: list[Token], colon: Token | None, content: tuple[int, int]
) -> tuple[Token | None, bool]:
    """Who said it: a possessor on the way up (`his slogan`), else the subject
    of the first verb up, else (`Trump Addresses Attack: 'This Cannot
    Continue.'`) the subject or first name of the clause before a colon.
    Never a word of the content. Also whether it was a possessor."""
    s, e = content
    for tok in path:
        if s <= tok.idx < e and tok.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
            continue
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None and tok.pos_ in ("NOUN", "PROPN") and not s <= poss.idx < e:
            return poss, True
        if tok.pos_ in ("VERB", "AUX"):
            subj = speaker_token(tok)
            if subj is not None and not s <= subj.idx < e:
                return subj, False
    if colon is None:
        return None, False
    root = colon.sent.root
    if root.pos_ in ("VERB", "AUX"):
        return speaker_token(root), False
    line = layout.text.rfind("\n", 0, colon.idx) + 1
    names = [ent.root for ent in layout.doc.ents if line <= ent.start_char < colon.idx
             and ent.label_ in ("PERSON", "ORG", "NORP", "GPE")]
    return (names[0] if names else None), False


def candidates(layout: QuoteLayout, q: Quoted) -> list[Candidate]:
    """The quote alone and, when its head is outside it, the head's phrase."""
    doc, text = layout.doc, layout.text
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    s, e = q.inner
    words = text[s:e].split()
    alpha = [w for w in words if w[:1].isalpha()]
    root = span.root
    path = _path_up(root, q.start, q.end)
    head = path[0] if path else None
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    line_words = [w for w in text[line_start:line_end].split() if w[:1].isalpha()]
    before = text[max(0, q.start - 40) : q.start].lower().split()
    near = before[-4:]
    after = text[q.end : q.end + 30].lower().split()[:2]
    window = [t for t in doc[max(0, span.start - 5) : span.end + 2]
              if not q.start <= t.idx < q.end and t.pos_ in ("NOUN", "VERB")]
    owned = next((ti for qi, ti in layout.owner.items() if layout.quotes[qi] == q), None)
    colon_before = text[max(0, q.start - 8) : q.start].rstrip().endswith(":")
    colon = doc[span.start - 1] if colon_before and span.start > 0 else None
    speaker, possessive = _speaker(layout, path, colon, (q.start, q.end))
    subjects = [c for t in path[:2] for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    base = [
        math.log1p(len(words)),
        float(bool(alpha) and all(w[0].isupper() for w in alpha)),
        float(words[0][:1].isupper() if words else False),
        float(text[s:e].rstrip()[-1:] in ".!?"),
        float(any(w.lower().strip(".,!?'’") in _PERSONAL for w in words)),
        float(any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in span)),
        cue_probability(doc[owned]) if owned is not None else 0.0,
        float(colon_before),
        float(len(line_words) >= 3 and sum(w[0].isupper() for w in line_words)
              > 0.7 * len(line_words)),
        float(text[q.end:line_end].strip() == ""),
        float(text[line_start:q.start].strip() == ""),
        float(text[q.end:line_end].strip(" .,;") == ""),
        float(bool(near) and near[-1].strip(",:") in NAMING_WORDS),
        float(any(w.strip(",:'’s") in SPEECH_NOUNS for w in near)),
        cue_probability(head) if head is not None else 0.0,
        float(head is not None and head.lemma_.lower() in SAYING_VERBS),
        float(head is not None and head.pos_ in ("VERB", "AUX")),
        float(head is not None and head.pos_ in ("NOUN", "PROPN")),
        float(root.dep_ in ("amod", "compound", "nmod", "advmod")),
        float(root.dep_ == "pobj"),
        float(root.dep_ in ("dobj", "attr", "oprd")),
        float(root.dep_ == "appos"),
        float(head is None),
        float(text[q.start : q.start + 1] in "'‘"),
        float(speaker is not None),
        float(possessive),
        float(any(w.strip(",.;:'’s") in SPEECH_NOUNS for w in after)),
        float(any(t.lemma_.lower() in SPEECH_NOUNS for t in path[:2] + subjects)),
        max((cue_probability(t) for t in window), default=0.0),
        float(len(words) == 1 and words[0][:1].islower()),
    ]
    zeros = [0.0] * len(base)
    out = [Candidate((q.start, q.end), 0, head, speaker, [*base, *zeros, 0.0])]
    if head is not None:
        sent = root.sent  # built once: `t.sent` makes a Span per token
        sub = [t.i for t in head.subtree if sent.start <= t.i < sent.end]
        phrase = trim(doc, min(sub), max(sub) + 1) if sub else None
        if phrase is not None:
            ps, pe = min(phrase[0], q.start), max(phrase[1], q.end)
            n = len(text[ps:pe].split())
            if n <= MAX_PHRASE_WORDS and (ps, pe) != (q.start, q.end):
                who, _ = _speaker(layout, path, colon, (ps, pe))
                out.append(Candidate((ps, pe), 1, head, who, [*zeros, *base, math.log1p(n)]))
    return out


@dataclass
class ShortQuoteModel(Logistic):
    threshold: float = 1.0

    @property
    def trained(self) -> bool:
        return len(self.weights) == len(FEATURES)


def load() -> ShortQuoteModel:
    """The trained weights, or an untrained model (every quote a scare quote)."""
    data = read_weights("newsdesk.extract.quotes", "short_quote_model.json", FEATURES)
    if data is None:
        return ShortQuoteModel()
    return ShortQuoteModel(
        data["weights"], data["bias"], data["mean"], data["scale"], data["threshold"]
    )


MODEL = load()


def short_quote_statement(layout: QuoteLayout, q: Quoted, para: int) -> Statement | None:
    """The statement a short unclaimed quote makes, or None for a scare quote."""
    if not MODEL.trained:
        return None
    if _WORD_MENTIONED.search(layout.text, max(0, q.start - 12), q.start) and (
            layout.quoted_words(q) <= 2):
        return None  # 'the word "crisis" was being used': a word, mentioned
    scored = [(MODEL.score(c.x), c) for c in candidates(layout, q)]
    if not scored:
        return None
    p, best = max(scored, key=lambda pc: pc[0])
    if p < MODEL.threshold:
        return None
    content = [best.content]
    cue = best.cue
    return Statement(
        content,
        (cue.idx, cue.idx + len(cue.text)) if cue is not None else None,
        speaker_span(layout.doc, best.speaker, content),
        layout.is_direct(content),
        para,
        cue_token=cue.i if cue is not None else None,
        via="short",
        confidence=p,
    )
