"""Score newsdesk's who-said-what against NewsQuotes, its own gold outside PolNeAR.

The gold (`eval/newsquotes_gold.jsonl`, guide `eval/NEWSQUOTES_GUIDE.md`,
documents and split in `eval/newsquotes_docs.py`) marks every statement of 71
real news pages with its content, cue and the speaker a reader of the whole
article would name, and lists the people each page names.

Measures, summed over the documents of the split:

- **Statements**: a prediction matches a gold statement when its content covers
  at least 30 % of the gold content's characters (the Gender Gap Tracker's
  rule); matching is one to one (Hungarian: most pairs, then most covered
  characters). Precision = matched predictions / predictions, recall = matched
  gold / gold statements.
- **Speaker name accuracy** over matched pairs (continuations included): names
  agree when equal after case, accents, punctuation, courtesy titles and a
  leading "the" are set aside; two person names also agree when their first and
  last words agree (`Donald J. Trump` = `Donald Trump`); an organisation's or a
  document's name when one is the other with words left out (`the Sheriff's
  Office` = `Harris County Sheriff's Office`) or its acronym (`IMF`). A gold anonymous source is
  matched by a prediction of type `anonymous`; a gold `unknown` by a prediction
  with no speaker name.
- **People**: each article's people are the distinct names of its `PERSON`
  entities (`extract --jsonl` `entities[].name`). A listed person is real when
  its name agrees with one of the gold people (as above, or as that person's
  surname alone); a gold person listed under two names counts as a duplicate.

Predictions come from the pipeline run in-process on each document's reference
text, or from a file: write the inputs with `inputs`, run `newsdesk extract`
on them, and pass the output with `--predictions`.

    .venv/bin/python eval/newsquotes.py --split dev
    .venv/bin/python eval/newsquotes.py --split test --json
    .venv/bin/python eval/newsquotes.py inputs > nq.jsonl
    .venv/bin/newsdesk extract nq.jsonl --jsonl > pred.jsonl
    .venv/bin/python eval/newsquotes.py --predictions pred.jsonl --errors 20
    .venv/bin/python eval/newsquotes.py people --split test   # `newsdesk people`'s list
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment  # type: ignore[import-untyped]

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.newsquotes_docs import BATCH_2, BATCH_3, BATCH_4, REPO, Reference, names, reference

DEFAULT_GOLD = REPO / "eval" / "newsquotes_gold.jsonl"
MIN_COVER = 0.30

Spans = list[list[int]]

_TITLES = frozenset(
    """mr mrs ms miss dr prof professor sir dame lord lady sen senator rep representative
    gov governor president vice pm premier minister mayor judge justice gen general col
    colonel capt captain lt sgt sergeant officer det detective chief rev reverend
    father fr sister brother saint st councilman councilwoman councillor congressman
    congresswoman commissioner secretary chairman chairwoman chancellor king queen prince
    princess sheikh""".split()
)


def _words(name: str) -> list[str]:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch)).casefold()
    name = re.sub(r"['’]s\b", "", name)
    words = re.findall(r"[a-z0-9]+", name)
    # initials written with or without dots are one word: `L.A. Weekly` is `LA Weekly`
    out: list[str] = []
    run = False  # the last word was built from single letters
    for w in words:
        if len(w) == 1 and w.isalpha():
            if run:
                out[-1] += w
            else:
                out.append(w)
            run = True
        else:
            out.append(w)
            run = False
    return out


def _person_words(name: str) -> list[str]:
    words = _words(name)
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return [w for w in words if w not in ("jr", "sr", "ii", "iii")] or words


def _acronym_of(short: str, long_: str) -> bool:
    """`IMF` for `International Monetary Fund`, `HCSO` for `Harris County Sheriff's Office`."""
    short = short.strip().removeprefix("the ").strip()
    if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()):
        return False
    initials = "".join(w[0] for w in _words(long_) if w not in ("of", "the", "and", "for"))
    return initials == short.casefold()


def names_agree(gold: str, pred: str, kind: str = "person") -> bool:
    """Whether a predicted name names the gold speaker (see the module docstring)."""
    if kind == "person":
        g, p = _person_words(gold), _person_words(pred)
        if not g or not p:
            return False
        if g == p:
            return True
        return len(g) > 1 and len(p) > 1 and g[0] == p[0] and g[-1] == p[-1]
    if _acronym_of(gold, pred) or _acronym_of(pred, gold):
        return True
    g, p = _words(gold), _words(pred)
    g = g[1:] if g[:1] == ["the"] else g
    p = p[1:] if p[:1] == ["the"] else p
    if not g or not p:
        return False
    if g == p:
        return True
    short, long_ = (g, p) if len(g) <= len(p) else (p, g)
    it = iter(long_)
    return all(w in it for w in short) and len(short) * 2 >= len(long_)


def speaker_right(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    kind = gold["speaker_type"]
    pname = pred.get("speaker_name")
    if kind == "unknown":
        return not pname or pred.get("speaker_type") == "unknown"
    if kind == "anonymous":
        return pred.get("speaker_type") == "anonymous" or bool(
            pname and names_agree(gold["speaker_name"], pname, "anonymous")
        )
    if not pname:
        return False
    return names_agree(gold["speaker_name"], pname, "person" if kind == "person" else kind)


def _chars(spans: Iterable[Sequence[int]]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(range(s, e))
    return out


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index) with >= 30 % coverage."""
    if not gold or not pred:
        return []
    g_chars = [_chars(g["content"]) for g in gold]
    p_chars = [_chars(p["content"]) for p in pred]
    weight = np.zeros((len(gold), len(pred)))
    for i, gc in enumerate(g_chars):
        for j, pc in enumerate(p_chars):
            if gc:
                cover = len(gc & pc) / len(gc)
                if cover >= MIN_COVER:
                    weight[i, j] = 1.0 + cover
    rows, cols = linear_sum_assignment(-weight)
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if weight[i, j] > 0]


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    speaker_right: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    people_listed: int = 0
    people_real: int = 0
    people_duplicates: int = 0
    errors: dict[str, list[str]] = field(default_factory=dict)

    def add_error(self, kind: str, line: str) -> None:
        self.errors.setdefault(kind, []).append(line)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    def as_dict(self) -> dict[str, Any]:
        p = self._ratio(self.matched, self.pred)
        r = self._ratio(self.matched, self.gold)
        out: dict[str, Any] = {
            "gold": self.gold,
            "predicted": self.pred,
            "matched": self.matched,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "speaker_accuracy": round(self._ratio(self.speaker_right, self.matched), 4),
            "people_listed": self.people_listed,
            "people_real_share": round(self._ratio(self.people_real, self.people_listed), 4),
            "people_duplicates": self.people_duplicates,
        }
        for key in sorted(k for k in self.by_kind if k.endswith(":gold")):
            kind = key[: -len(":gold")]
            out[f"recall_{kind}"] = round(
                self._ratio(self.by_kind[f"{kind}:matched"], self.by_kind[key]), 4
            )
            if self.by_kind[f"{kind}:matched"]:
                out[f"speaker_accuracy_{kind}"] = round(
                    self._ratio(self.by_kind[f"{kind}:right"], self.by_kind[f"{kind}:matched"]), 4
                )
        return out


def _kinds(st: dict[str, Any]) -> list[str]:
    kinds = ["direct" if st["direct"] else "reported"]
    if st.get("continues"):
        kinds.append("continuation")
    return kinds


def _snippet(text: str, spans: Sequence[Sequence[int]], width: int = 90) -> str:
    s = " … ".join(text[a:b] for a, b in spans)
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def score_document(
    score: Score, gold: dict[str, Any], article: dict[str, Any], text: str
) -> None:
    golds = gold["statements"]
    preds = article.get("quotes") or []
    pairs = match(golds, preds)
    score.gold += len(golds)
    score.pred += len(preds)
    score.matched += len(pairs)
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for st in golds:
        for kind in _kinds(st):
            score.by_kind[f"{kind}:gold"] += 1
    for i, j in pairs:
        right = speaker_right(golds[i], preds[j])
        score.speaker_right += right
        for kind in _kinds(golds[i]):
            score.by_kind[f"{kind}:matched"] += 1
            score.by_kind[f"{kind}:right"] += right
        if not right:
            score.add_error(
                "wrong speaker",
                f"{gold['doc']}: {'/'.join(_kinds(golds[i]))}:"
                f" gold {golds[i]['speaker_name']!r} ({golds[i]['speaker_type']})"
                f" pred {preds[j].get('speaker_name')!r} ({preds[j].get('speaker_type')}):"
                f" {_snippet(text, golds[i]['content'])}",
            )
    for i, st in enumerate(golds):
        if i not in matched_g:
            score.add_error(
                "missed",
                f"{gold['doc']}: [{st['speaker_name']}] {_snippet(text, st['content'])}",
            )
    for j, st in enumerate(preds):
        if j not in matched_p:
            score.add_error(
                "not a gold statement",
                f"{gold['doc']}: [{st.get('speaker_name')}] {_snippet(text, st['content'])}",
            )
    score_people(score, gold, article)


def score_people(score: Score, gold: dict[str, Any], article: dict[str, Any]) -> None:
    listed = sorted(
        {e["name"] for e in article.get("entities") or [] if e.get("label") == "PERSON"}
    )
    gold_people = gold["people"]
    surnames = Counter(_person_words(p)[-1] for p in gold_people if _person_words(p))
    found: Counter[str] = Counter()
    for name in listed:
        # the gold person written exactly so first: "Paul Ryan Sr." is the
        # father, not a second listing of "Paul Ryan"
        hit = next((g for g in gold_people if _words(g) == _words(name)), None)
        if hit is None:
            hit = next((g for g in gold_people if names_agree(g, name)), None)
        if hit is None:
            words = _person_words(name)
            if len(words) == 1 and surnames[words[0]] == 1:
                hit = next(g for g in gold_people if _person_words(g)[-1:] == words)
        score.people_listed += 1
        if hit is None:
            score.add_error("not a person", f"{gold['doc']}: {name!r}")
            continue
        score.people_real += 1
        found[hit] += 1
    for person, n in found.items():
        if n > 1:
            score.people_duplicates += 1
            others = [x for x in listed if names_agree(person, x)]
            score.add_error("person listed twice", f"{gold['doc']}: {person!r} as {others}")


def load_gold(path: Path, split: str | None, batch: int | None = None) -> list[dict[str, Any]]:
    """The gold documents of one split (`all` or None: every split), optionally of
    one annotation batch only (1: the first 71 documents; 2: the second, all dev;
    3: the third, all test; 4: the fourth, 1989-2000 newswire, all dev)."""
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [
        g for g in lines
        if (split in (None, "all") or g["split"] == split)
        and (batch is None or batch_of(g["doc"]) == batch)
    ]


def batch_of(doc: str) -> int:
    """The annotation batch a document came in (1 to 4)."""
    return 2 if doc in BATCH_2 else 3 if doc in BATCH_3 else 4 if doc in BATCH_4 else 1


def predict_in_process(refs: Sequence[Reference]) -> dict[str, dict[str, Any]]:
    import newsdesk

    out: dict[str, dict[str, Any]] = {}
    for ref in refs:
        article = newsdesk.extract_text(
            ref.text, source=ref.name, title=ref.title, outlet=ref.outlet, published=ref.published
        )
        out[ref.name] = {
            "text": article.text, "quotes": article.quotes, "entities": article.entities
        }
    return out


def read_predictions(path: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            out[obj["id"]] = obj
    return out


def evaluate(
    gold: Sequence[dict[str, Any]], predictions: dict[str, dict[str, Any]] | None = None
) -> Score:
    refs = {g["doc"]: reference(g["doc"]) for g in gold}
    for g in gold:
        if refs[g["doc"]].sha256 != g["text_sha256"]:
            raise SystemExit(
                f"{g['doc']}: the reference text changed since the gold was made "
                "(trafilatura version?); offsets would be wrong"
            )
    if predictions is None:
        predictions = predict_in_process(list(refs.values()))
    score = Score()
    for g in gold:
        article = predictions.get(g["doc"])
        if article is None:
            print(f"no prediction for {g['doc']}: counted as predicting nothing", file=sys.stderr)
            article = {}
        elif article.get("text") not in (None, refs[g["doc"]].text):
            raise SystemExit(f"{g['doc']}: the prediction's text is not the reference text")
        score_document(score, g, article, refs[g["doc"]].text)
    return score


def score_store_people(gold: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The people list `newsdesk people` prints: the documents analysed into a
    fresh store (PERSON entities and person speakers, merged across the corpus,
    a lone word that never spoke left out), each article's people scored
    against the gold people as above."""
    import tempfile

    import newsdesk
    from newsdesk.corpus.queries import people as people_list
    from newsdesk.store import Store

    listed: dict[str, set[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs.jsonl"
        inputs.write_text(
            "".join(json.dumps(reference(g["doc"]).as_input()) + "\n" for g in gold),
            encoding="utf-8",
        )
        db = Path(tmp) / "store.db"
        newsdesk.analyze([inputs], db=db)
        with Store(db) as store:  # article ids are the documents' names (`as_input`)
            for person in people_list(store):
                for aid in person["articles"]:
                    listed.setdefault(str(aid), set()).add(str(person["name"]))
    docs = {g["doc"]: g for g in gold}
    score = Score()
    for aid, people in listed.items():
        entities = [{"label": "PERSON", "name": n} for n in sorted(people)]
        score_people(score, docs[aid], {"entities": entities})
    out = score.as_dict()
    return {k: out[k] for k in ("people_listed", "people_real_share", "people_duplicates")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", nargs="?", choices=("score", "inputs", "people"),
                        default="score",
                        help="score (default); inputs: the documents as JSONL for `newsdesk "
                        "extract`; people: the people list of a store built from them")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--batch", type=int, choices=(1, 2, 3, 4),
                        help="only the documents of one annotation batch "
                        "(2 and 4 are all dev, 3 all test)")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--predictions", type=Path, help="a `newsdesk extract --jsonl` file")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print N examples of each kind of error")
    args = parser.parse_args(argv)

    if args.command == "inputs":
        for name in names(None if args.split == "all" else args.split):
            print(json.dumps(reference(name).as_input(), ensure_ascii=False))
        return 0
    gold = load_gold(args.gold, args.split, args.batch)
    if args.command == "people":
        print(json.dumps({"split": args.split, **score_store_people(gold)}))
        return 0
    preds = read_predictions(args.predictions) if args.predictions else None
    score = evaluate(gold, preds)
    result = {
        "split": args.split, "batch": args.batch or "all", "documents": len(gold),
        **score.as_dict(),
    }
    report(result, score, as_json=args.json, errors=args.errors)
    return 0


def report(result: dict[str, Any], score: Score, *, as_json: bool, errors: int) -> None:
    """Print the figures (one JSON object, or one per line) and `errors`
    examples of each kind of error."""
    if as_json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:28s} {value}")
    for kind, lines in score.errors.items():
        if errors:
            print(f"\n## {kind} ({len(lines)})")
            for line in lines[:errors]:
                print("  " + line)


if __name__ == "__main__":
    sys.exit(main())
