"""Cluster the hand-labelled PolNeAR story set with newsdesk and score it.

The gold articles (eval/stories_gold.tsv) go through `newsdesk analyze` once,
as JSONL with their outlet, date and headline from PolNeAR's metadata.tsv,
into a cached store. Each scoring run copies that store, clears the corpus
stages and runs them again with the given thresholds, so the clustering can
be re-scored in seconds. Thresholds are chosen on the train rows; the dev rows
are the reported figure.

    .venv/bin/python eval/story_clusters.py                 # score the defaults
    .venv/bin/python eval/story_clusters.py --sweep --split train \
        --thresholds 0.1 0.15 --decays 3 5 --lines 0.25 --lead-shares 0.5 --entity-shares 0.2

In a sweep the share of the all-terms cosine is what the entity and lead
shares leave (1 - entity - lead).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.stories import POLNEAR, bcubed, gold_articles  # noqa: E402
from newsdesk.corpus.stories import StorySettings  # noqa: E402
from newsdesk.corpus.update import update_corpus  # noqa: E402
from newsdesk.runner import analyze  # noqa: E402
from newsdesk.store import Store  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "newsdesk_story_gold.db"
_CORPUS_TABLES = (
    "corpus_done", "signatures", "lsh_bands", "duplicates", "terms", "corpus_meta",
    "story_articles", "stories", "storylines", "person_names", "persons", "timeline",
    "article_sentences",
)


def build_store(path: Path = CACHE) -> Path:
    """Analyze every gold article (all splits) into `path`, once."""
    if path.exists():
        return path
    meta = {}
    with (POLNEAR / "metadata.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            meta[row["filename"]] = row
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "gold.jsonl"
        with jsonl.open("w", encoding="utf-8") as out:
            for r in gold_articles("all"):
                m = meta.get(r.article, {})
                out.write(json.dumps({
                    "text": r.path().read_text(encoding="utf-8"),
                    "outlet": m.get("publisher"), "published": r.published,
                    "title": m.get("title"),
                }) + "\n")
        partial = path.with_suffix(".partial")
        with Store(partial) as store:
            summary = analyze([jsonl], store)
            if summary.problems:
                raise SystemExit(f"analyze failed: {summary.problems[:3]}")
        shutil.move(partial, path)
    return path


def cluster(settings: StorySettings, source: Path = CACHE) -> tuple[dict[str, str], dict[str, str]]:
    """Article id -> story id and storyline id, with the corpus stages rerun."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "run.db"
        shutil.copy(source, db)
        with Store(db) as store:
            for table in _CORPUS_TABLES:
                store.conn.execute(f"DELETE FROM {table}")
            store.conn.execute("DELETE FROM flags WHERE name = 'near_duplicate'")
            update_corpus(store, settings, briefs=False)
            rows = store.conn.execute(
                "SELECT sa.article_id, s.id, s.storyline_id FROM story_articles sa "
                "JOIN stories s ON s.id = sa.story_id"
            ).fetchall()
    return {r[0]: str(r[1]) for r in rows}, {r[0]: str(r[2]) for r in rows}


def score(settings: StorySettings, split: str) -> dict[str, float]:
    rows = gold_articles(split)
    story, line = cluster(settings)
    sp, sr, sf = bcubed(story, {r.sha: r.story for r in rows})
    lp, lr, lf = bcubed(line, {r.sha: r.storyline for r in rows})
    return {"story_p": sp, "story_r": sr, "story_f1": sf,
            "storyline_p": lp, "storyline_r": lr, "storyline_f1": lf}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "train", "all"))
    ap.add_argument("--sweep", action="store_true", help="grid over thresholds (train only!)")
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.1, 0.15, 0.2, 0.25, 0.3])
    ap.add_argument("--decays", type=float, nargs="+", default=[2.0, 5.0])
    ap.add_argument("--lines", type=float, nargs="+", default=[0.1, 0.2])
    ap.add_argument("--entity-shares", type=float, nargs="+",
                    default=[StorySettings().entity_share])
    ap.add_argument("--lead-shares", type=float, nargs="+", default=[StorySettings().lead_share])
    ap.add_argument("--threshold", type=float, default=StorySettings().threshold)
    ap.add_argument("--decay-days", type=float, default=StorySettings().decay_days)
    ap.add_argument("--storyline-threshold", type=float,
                    default=StorySettings().storyline_threshold)
    ap.add_argument("--text-share", type=float, default=StorySettings().text_share)
    ap.add_argument("--entity-share", type=float, default=StorySettings().entity_share)
    ap.add_argument("--lead-share", type=float, default=StorySettings().lead_share)
    args = ap.parse_args(argv)
    build_store()
    if args.sweep:
        if args.split == "dev":
            raise SystemExit("sweep on train: thresholds are never chosen on dev")
        for th, decay, line, ent, lead in itertools.product(
            args.thresholds, args.decays, args.lines, args.entity_shares, args.lead_shares
        ):
            s = score(StorySettings(threshold=th, decay_days=decay, storyline_threshold=line,
                                    text_share=1 - ent - lead, entity_share=ent,
                                    lead_share=lead), args.split)
            print(f"threshold {th:.2f} decay {decay:4.1f} line {line:.2f} "
                  f"entity {ent:.2f} lead {lead:.2f}  "
                  f"story P/R/F1 {s['story_p']:.3f}/{s['story_r']:.3f}/{s['story_f1']:.3f}  "
                  f"storyline F1 {s['storyline_f1']:.3f}", flush=True)
        return 0
    settings = StorySettings(threshold=args.threshold, decay_days=args.decay_days,
                             storyline_threshold=args.storyline_threshold,
                             text_share=args.text_share, entity_share=args.entity_share,
                             lead_share=args.lead_share)
    s = score(settings, args.split)
    print(f"split {args.split}: {len(gold_articles(args.split))} gold articles; {settings}")
    print(f"story      B-cubed P {s['story_p']:.3f}  R {s['story_r']:.3f}  F1 {s['story_f1']:.3f}")
    print(f"storyline  B-cubed P {s['storyline_p']:.3f}  R {s['storyline_r']:.3f}  "
          f"F1 {s['storyline_f1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
