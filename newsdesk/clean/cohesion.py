"""Lexical cohesion between paragraphs: does the page read as one thread?

A written article keeps coming back to its own people, places and things,
so each paragraph shares some distinctive word with what came before it.
A page stitched from several articles on one broad subject interleaves
several such threads: a paragraph opens a thread no earlier paragraph
prepared, another skips its neighbour to pick up a thread from further up,
and the paragraphs fall into groups that share little with each other.

Words are weighed by how rare they are in news (inverse document frequency
over a background news corpus, `newsdesk/corpus/background_df.json`), so
words every political story shares ("president", "campaign") tie nothing,
and a rare name or place ties a lot. Words are cut to five-letter stems so
that "poll", "polls" and "polling" meet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..corpus.background import background_df
from .lines import Line, content_words

#: A stem with an IDF below this (in nearly every third news story) ties nothing.
MIN_IDF = 1.0
#: Shared weight below which a paragraph has no tie to another: less than
#: one uncommon word.
WEAK_TIE = 2.5
#: Shared weight from which two paragraphs clearly tell the same thread:
#: one rare word, or two or three uncommon ones.
STRONG_TIE = 6.5
#: Paragraphs with fewer weighted stems than this are too short to judge.
MIN_TERMS = 4
#: Paragraphs compared: the measures are quadratic in the paragraphs, and a
#: page's first 300 paragraphs tell whether it was stitched.
MAX_PARAGRAPHS = 300


def idf(word: str) -> float:
    n, df = background_df()
    return math.log((n + 1) / (df.get(word, 0) + 1))


def terms(line: Line) -> dict[str, float]:
    """Five-letter stems of a paragraph's content words, each with the IDF of
    its rarest word."""
    out: dict[str, float] = {}
    for word in content_words(line):
        weight = idf(word)
        if weight >= MIN_IDF:
            stem = word[:5]
            out[stem] = max(out.get(stem, 0.0), weight)
    return out


def page_matrix(body: list[Line]) -> tuple[np.ndarray, np.ndarray]:
    """Which paragraph holds which stem (a 0/1 matrix, paragraphs by stems)
    and each stem's weight on this page: its IDF, with the page's own
    subject words weighed down. A word in most paragraphs ("Corbyn" on a
    page about him) is what every source on the subject shares, rare as it
    is in news at large, so it ties no thread to another. A word in up to a
    third of the paragraphs (or three) keeps its weight; one in all of them
    almost none."""
    bags = [terms(ln) for ln in body]
    index: dict[str, int] = {}
    weight: list[float] = []
    for bag in bags:
        for stem, w in bag.items():
            if stem not in index:
                index[stem] = len(weight)
                weight.append(w)
            weight[index[stem]] = max(weight[index[stem]], w)
    holds = np.zeros((len(bags), len(weight)))
    for row, bag in enumerate(bags):
        holds[row, [index[s] for s in bag]] = 1.0
    n = len(bags)
    spread = np.maximum(holds.sum(0), 1)
    common = max(3.0, n / 3)
    scale = np.minimum(1.0, np.log((n + 1) / spread) / max(1e-9, math.log((n + 1) / common)))
    return holds, np.asarray(weight) * np.where(spread <= common, 1.0, scale)


@dataclass
class Cohesion:
    """What the cohesion measures found, with the paragraphs (indexes into
    the body) that show each."""

    #: Paragraphs long enough to judge.
    judged: int
    #: Paragraphs sharing no distinctive word with anything before them.
    new_threads: list[int]
    #: Paragraphs with no tie to the paragraph before but a strong one further up.
    returns: list[int]
    #: Paragraphs outside the largest group held together by strong ties.
    outside_main: list[int]
    #: 1 - the algebraic connectivity of the paragraphs' similarity graph:
    #: near 1 when the page splits into groups that share few words.
    loose_knit: float
    #: The smaller side of the page's weakest split.
    split_off: list[int]
    #: Mean similarity of neighbouring paragraphs (cosine of weighted terms).
    neighbour_similarity: float
    #: Paragraphs sharing less than one uncommon word with the one before.
    unlinked: list[int]


def _groups(n: int, ties: np.ndarray, judged: list[bool]) -> list[list[int]]:
    """Paragraphs joined by strong ties, largest group first."""
    parent = list(range(n))

    def root(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for i, j in zip(*np.nonzero(np.triu(ties >= STRONG_TIE, 1)), strict=True):
        parent[root(int(i))] = root(int(j))
    groups: dict[int, list[int]] = {}
    for i in range(n):
        if judged[i]:
            groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _weakest_split(sim: np.ndarray) -> tuple[float, list[int]]:
    """Algebraic connectivity of the normalised similarity graph, and the
    paragraphs its weakest cut splits off from the first paragraph.

    The cut is the sweep cut of the Fiedler ordering with the lowest
    conductance (the weight crossing it over the smaller side's weight), so
    two stray paragraphs on a page of nine come out as those two, not as half
    the page; the side named is the one without the page's first paragraph,
    whatever the sign of the eigenvector."""
    n = len(sim)
    degree = sim.sum(1) + 1e-6
    laplacian = np.eye(n) - sim / np.sqrt(np.outer(degree, degree))
    values, vectors = np.linalg.eigh(laplacian)
    order = np.argsort(vectors[:, 1] / np.sqrt(degree), kind="stable")
    total = degree.sum()
    best, best_k = math.inf, 1
    inside = np.zeros(n, dtype=bool)
    crossing = volume = 0.0
    for k in range(1, n):
        # Moving one paragraph inside: its ties to the outside now cross the
        # cut, its ties to the inside no longer do (the diagonal is zero).
        v = order[k - 1]
        to_inside = float(sim[v, inside].sum())
        crossing += float(sim[v].sum()) - 2 * to_inside
        inside[v] = True
        volume += float(degree[v])
        conductance = crossing / max(1e-9, min(volume, total - volume))
        if conductance < best:
            best, best_k = conductance, k
    first = set(order[:best_k].tolist())
    split_off = [i for i in range(n) if (i in first) != (0 in first)]
    return float(values[1]), split_off


def cohesion(body: list[Line]) -> Cohesion:
    body = body[:MAX_PARAGRAPHS]
    holds, weight = page_matrix(body)
    n = len(body)
    # ties: the summed weight of the stems two paragraphs share; sim: the
    # cosine of their weighted stem vectors. The diagonal is no tie.
    ties = (holds * weight) @ holds.T
    vectors = holds * weight
    norms = np.sqrt((vectors**2).sum(1))
    sim = (vectors @ vectors.T) / np.maximum(np.outer(norms, norms), 1e-9)
    np.fill_diagonal(ties, 0.0)
    np.fill_diagonal(sim, 0.0)
    judged = [bool(k >= MIN_TERMS) for k in holds.sum(1)]
    new_threads, returns = [], []
    for i in range(1, n):
        if not judged[i]:
            continue
        if ties[i, :i].max() < WEAK_TIE:
            new_threads.append(i)
        elif i >= 2 and ties[i, i - 1] < WEAK_TIE and ties[i, : i - 1].max() >= STRONG_TIE:
            returns.append(i)
    groups = _groups(n, ties, judged)
    outside = sorted(i for g in groups[1:] for i in g)
    connectivity, split_off = _weakest_split(sim) if n >= 4 else (1.0, [])
    pairs = [i for i in range(1, n) if judged[i] and judged[i - 1]]
    return Cohesion(
        neighbour_similarity=float(np.mean([sim[i, i - 1] for i in pairs])) if pairs else 1.0,
        unlinked=[i for i in pairs if ties[i, i - 1] < WEAK_TIE],
        judged=sum(judged),
        new_threads=new_threads,
        returns=returns,
        outside_main=outside,
        loose_knit=max(0.0, 1.0 - connectivity),
        split_off=split_off,
    )
