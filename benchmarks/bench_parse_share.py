"""How much limiting spaCy's dependency parse to some sentences could save.

Issue 13 asks whether the parse can be limited to the sentences that can hold
a statement, a claim or a date, with entities, tags and lemmas still found
everywhere. This measures the ceiling before anything is built, on the texts
`analyze` parses (cleaned, removed spans masked), on this process's CPU clock
(user + system, so other load on the machine matters less), in three parts:

1. each component of newsdesk's pipeline run on its own over all texts, and
   `senter`, which would have to give the sentence boundaries the parser
   gives today;
2. the whole pipeline (`nlp.pipe`) against the same pipeline without the
   parser and with `senter` enabled;
3. the share of sentences (by `senter`) and of tokens that a cheap test marks
   as candidates, test by test: a quote (`marks.find_quotes`), a date rule
   match (`dates.finder.find_candidates`), a number (`claims.numbers`, or a
   digit), a cue lemma (the learned lexicon, the verbs of saying, `according`),
   a colon or dash; and the parser's CPU time over only the candidate
   sentences (contiguous runs parsed as one Doc carrying the tok2vec tensor);
4. what the pipeline without the parser changes in the annotations the
   stages read everywhere: sentence boundaries (senter against the parser),
   POS and lemmas (13 of the attribute_ruler's patterns test DEP), entities.

    .venv/bin/python benchmarks/bench_parse_share.py --limit 200 --repeat 3

Set OPENBLAS_NUM_THREADS=1 (as the worker pool does) so that BLAS threads
spinning on a second core do not count as parse time. Results:
docs/BENCHMARKS.md, "Parsing only candidate sentences (issue 13)".
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsdesk.article import Article
from newsdesk.extract.claims.numbers import find_numbers
from newsdesk.extract.dates.finder import find_candidates
from newsdesk.extract.quotes.cues import lexicon
from newsdesk.extract.quotes.marks import find_quotes
from newsdesk.extract.quotes.speech import SPEECH_VERBS
from newsdesk.nlp import MODEL, load_nlp, masked_text
from newsdesk.pipeline import Pipeline

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "eval" / "polnear" / "train" / "text"

#: Lemmas that can make a sentence hold a statement: every verb of the learned
#: cue lexicon (the finder tries them all down to probability 0.1), the verbs
#: of saying, and `according (to)`.
CUE_LEMMAS = frozenset(k.split("/")[0] for k in lexicon()) | SPEECH_VERBS | {"according"}
_COLON_DASH = re.compile(r"[:—–]| - ")
#: The tests, in the order printed; "any" is their union, "any + previous"
#: adds the sentence before each candidate (speakers.py looks for a pronoun's
#: antecedent in the subject of the sentence before).
TESTS = ("quote", "date", "number", "cue", "colon/dash", "any", "any + previous")


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def timed(fn: Callable[[], object]) -> float:
    start = cpu()
    fn()
    return cpu() - start


def load_texts(data: Path, limit: int | None) -> list[str]:
    files = sorted(data.glob("*.txt"))[:limit]
    clean = Pipeline(("clean.spam", "clean.boilerplate", "clean.headline"))
    arts = [clean(Article(text=f.read_text(encoding="utf-8"), source=str(f))) for f in files]
    return [masked_text(a) for a in arts]


def no_parser_pipeline() -> Language:
    """newsdesk's pipeline without the parser, `senter` giving the sentences."""
    nlp = spacy.load(MODEL, disable=["parser"])
    nlp.enable_pipe("senter")
    nlp.add_pipe("newsdesk_paragraphs", after="senter")
    return nlp


def run_component(proc: Callable[[Doc], Doc], docs: list[Doc]) -> list[Doc]:
    pipe = getattr(proc, "pipe", None)
    if pipe is not None:
        return list(pipe(docs, batch_size=16))
    return [proc(d) for d in docs]


def per_component(
    full: Language, senter: Callable[[Doc], Doc], texts: list[str]
) -> dict[str, float]:
    """CPU seconds of each component of `full` over all texts, then `senter`."""
    out: dict[str, float] = {}
    start = cpu()
    docs = [full.make_doc(t) for t in texts]
    out["tokenizer"] = cpu() - start
    for name, proc in full.pipeline:
        start = cpu()
        docs = run_component(proc, docs)
        out[name] = cpu() - start
    fresh = [full.make_doc(t) for t in texts]
    out["senter (disabled today)"] = timed(lambda: run_component(senter, fresh))
    return out


def parse_time(parser: Callable[[Doc], Doc], docs: list[Doc]) -> float:
    start = cpu()
    run_component(parser, docs)
    return cpu() - start


def sentence_flags(text: str, doc: Doc) -> list[dict[str, bool]]:
    """For each sentence of `doc`, which tests mark it a candidate."""
    quotes = [(q.start, q.end) for q in find_quotes(text)]
    dates = [(c[0], c[1]) for c in find_candidates(text)]
    numbers = [(n.start, n.end) for n in find_numbers(text)]
    flags: list[dict[str, bool]] = []
    for sent in doc.sents:
        a, b = sent.start_char, sent.end_char

        def overlaps(spans: Iterable[tuple[int, int]], a: int = a, b: int = b) -> bool:
            return any(s < b and e > a for s, e in spans)

        f = {
            "quote": overlaps(quotes),
            "date": overlaps(dates),
            "number": overlaps(numbers) or any(ch.isdigit() for ch in sent.text),
            "cue": any(t.lemma_.lower() in CUE_LEMMAS for t in sent),
            "colon/dash": bool(_COLON_DASH.search(sent.text)),
        }
        f["any"] = any(f.values())
        flags.append(f)
    for i, f in enumerate(flags):
        f["any + previous"] = f["any"] or (i + 1 < len(flags) and flags[i + 1]["any"])
    return flags


def candidate_runs(doc: Doc, flags: list[dict[str, bool]], test: str) -> list[Span]:
    """Contiguous runs of candidate sentences, each as one span."""
    runs: list[Span] = []
    start: int | None = None
    sents = list(doc.sents)
    for sent, f in zip(sents, flags, strict=True):
        if f[test] and start is None:
            start = sent.start
        elif not f[test] and start is not None:
            runs.append(doc[start : sent.start])
            start = None
    if start is not None:
        runs.append(doc[start : len(doc)])
    return runs


def agreement(full: Language, partial: Language, texts: list[str]) -> None:
    """Print how the pipeline without the parser differs from the full one."""
    diff: Counter[str] = Counter()
    for a, b in zip(
        full.pipe(texts, batch_size=16), partial.pipe(texts, batch_size=16), strict=True
    ):
        if [(t.idx, t.text) for t in a] != [(t.idx, t.text) for t in b]:
            raise SystemExit("the two pipelines tokenised a text differently")
        diff["tokens"] += len(a)
        for attr in ("tag_", "pos_", "lemma_"):
            diff[attr] += sum(
                getattr(x, attr) != getattr(y, attr) for x, y in zip(a, b, strict=True)
            )
        sa = {(s.start, s.end) for s in a.sents}
        sb = {(s.start, s.end) for s in b.sents}
        starts_a, starts_b = {s for s, _ in sa}, {s for s, _ in sb}
        diff["parser sentences"] += len(sa)
        diff["same sentence"] += len(sa & sb)
        diff["start both"] += len(starts_a & starts_b)
        diff["start senter only"] += len(starts_b - starts_a)
        diff["start parser only"] += len(starts_a - starts_b)
        ea = {(e.start_char, e.end_char, e.label_) for e in a.ents}
        eb = {(e.start_char, e.end_char, e.label_) for e in b.ents}
        diff["entities"] += len(ea)
        diff["same entity"] += len(ea & eb)
    both = diff["start both"]
    print("\nWithout the parser (senter on), against the full pipeline")
    print(
        f"  sentences: {diff['same sentence']:,} of the parser's {diff['parser sentences']:,} "
        f"identical; sentence starts P {both / (both + diff['start senter only']):.3f} "
        f"R {both / (both + diff['start parser only']):.3f}"
    )
    for attr in ("tag_", "pos_", "lemma_"):
        print(f"  {attr:7} differs on {diff[attr]:,} of {diff['tokens']:,} tokens")
    print(f"  entities: {diff['same entity']:,} of {diff['entities']:,} identical")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="a folder of .txt articles")
    ap.add_argument("--limit", type=int, default=200, help="only the first N files")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each timing (median kept)")
    args = ap.parse_args()
    texts = load_texts(args.data, args.limit)
    full = load_nlp()
    partial = no_parser_pipeline()
    senter = partial.get_pipe("senter")
    parser = full.get_pipe("parser")

    comp: dict[str, list[float]] = {}
    whole: dict[str, list[float]] = {"full pipeline": [], "no parser, senter on": []}
    loads: list[str] = []
    docs: list[Doc] = []
    for _ in range(args.repeat):
        loads.append(Path("/proc/loadavg").read_text().split()[0])
        for name, took in per_component(full, senter, texts).items():
            comp.setdefault(name, []).append(took)
        whole["full pipeline"].append(timed(lambda: list(full.pipe(texts, batch_size=16))))
        start = cpu()
        docs = list(partial.pipe(texts, batch_size=16))
        whole["no parser, senter on"].append(cpu() - start)
    total = sum(statistics.median(v) for k, v in comp.items() if not k.startswith("senter"))
    print(f"{len(texts)} texts, {sum(len(d) for d in docs):,} tokens; load before runs: {loads}")
    print("\nCPU s per component (median of runs; share of the components' total)")
    for name, secs in comp.items():
        med = statistics.median(secs)
        runs = " / ".join(f"{s:.2f}" for s in secs)
        print(f"  {name:26} {med:6.2f}  {100 * med / total:5.1f}%   runs {runs}")
    print("\nCPU s of the whole pipeline (median; runs)")
    for name, secs in whole.items():
        runs = " / ".join(f"{s:.2f}" for s in secs)
        print(f"  {name:26} {statistics.median(secs):6.2f}   runs {runs}")

    counts: Counter[str] = Counter()
    tokens: Counter[str] = Counter()
    all_flags = [sentence_flags(t, d) for t, d in zip(texts, docs, strict=True)]
    for doc, flags in zip(docs, all_flags, strict=True):
        for sent, f in zip(doc.sents, flags, strict=True):
            n = sum(1 for t in sent if not t.is_space)
            counts["all"] += 1
            tokens["all"] += n
            for name in TESTS:
                if f[name]:
                    counts[name] += 1
                    tokens[name] += n
    print(f"\nCandidate sentences (senter's {counts['all']:,} sentences)")
    for name in TESTS:
        share_s = 100 * counts[name] / counts["all"]
        share_t = 100 * tokens[name] / tokens["all"]
        print(f"  {name:16} {counts[name]:6,} sentences {share_s:5.1f}%  tokens {share_t:5.1f}%")

    # The parser over the candidate runs only: each run becomes a Doc that
    # carries its slice of the tok2vec tensor, which the parser's listener reads.
    for test in ("any", "quote"):
        pieces = [
            s.as_doc()
            for d, f in zip(docs, all_flags, strict=True)
            for s in candidate_runs(d, f, test)
        ]
        wholes = [d.copy() for d in docs]
        part = [parse_time(parser, pieces) for _ in range(args.repeat)]
        every = [parse_time(parser, wholes) for _ in range(args.repeat)]
        print(
            f"\nparser over '{test}' candidate runs ({len(pieces):,} Docs): "
            f"{statistics.median(part):.2f} CPU s (runs {' / '.join(f'{x:.2f}' for x in part)}); "
            f"every sentence {statistics.median(every):.2f} "
            f"(runs {' / '.join(f'{x:.2f}' for x in every)})"
        )

    agreement(full, partial, texts)


if __name__ == "__main__":
    main()
