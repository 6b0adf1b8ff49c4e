"""Score newsdesk's who-said-what on Probes, 20 short news stories written for it.

NewsQuotes (`eval/newsquotes.py`) is real news; Probes is written news: ten
stories in the house styles of English-language papers of Nigeria, Ghana,
Kenya, South Africa, India, Pakistan, the Philippines, Singapore, Australia
and Ireland (titles such as "Alhaji", "Engr." and "Oba", "the CM", datelines,
"He further said that"), and ten kinds of story (US wire, UK broadsheet, court
report, earnings, match report, Q&A interview, live blog, study story,
profile, a scraped page with junk around it). Helpers wrote and annotated them
blind, following `eval/NEWSQUOTES_GUIDE.md`, without seeing newsdesk's output.
The gold (`eval/probes_gold.jsonl`) holds each story's text, its people and
its statements, content and cue written as the exact words of the text.

It is a development set: rules were checked and fixed on it (the figures in
docs/EVALUATION.md say when). Probes 2, 3 and 4 (`eval/probes2_gold.jsonl`,
`eval/probes3_gold.jsonl`, `eval/probes4_gold.jsonl`) are more stories written
and annotated blind the same way; Probes 2 and 4 keep half their stories as a
held-out `test` split, measured and never read for errors. Probes 5
(`eval/probes5_gold.jsonl`, session 19) is 24 stories in the kinds of page
NewsQuotes's third batch holds and the others lack: cable-show blogs, an
editor's note, a newsletter, columns, essays, a letters page, reviews, a
blog, an engineering blog, a Q&A, a court blog, a briefing transcript;
half of them `test`. The measures are
NewsQuotes's (30 % character cover, one to one; speaker names as a reader
gives them; people listed).

    .venv/bin/python eval/probes.py
    .venv/bin/python eval/probes.py --errors 20
    .venv/bin/python eval/probes.py --gold eval/probes4_gold.jsonl --split dev
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.newsquotes import Score, report, score_document

DEFAULT_GOLD = Path(__file__).resolve().parent / "probes_gold.jsonl"


def _offsets(text: str, words: str | None, doc: str, near: int = 0) -> list[int] | None:
    """Where `words` are in `text`: a content piece is written once; a cue
    ("said") may be written often, and is the one nearest `near`."""
    if words is None:
        return None
    found = [i for i in range(len(text)) if text.startswith(words, i)]
    if not found:
        raise ValueError(f"{doc}: {words[:40]!r} is not in the text")
    at = min(found, key=lambda i: abs(i - near))
    return [at, at + len(words)]


def load_gold(path: Path = DEFAULT_GOLD) -> list[dict[str, Any]]:
    """The stories, their statements' words turned into character offsets."""
    stories = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        story = json.loads(line)
        text, doc = story["text"], story["doc"]
        statements = []
        for st in story["statements"]:
            content = [_offsets(text, piece, doc) for piece in st["content"]]
            cue = _offsets(text, st["cue"], doc, near=content[0][0] if content[0] else 0)
            statements.append({**st, "content": content, "cue": cue})
        stories.append({**story, "statements": statements})
    return stories


def evaluate(stories: list[dict[str, Any]]) -> Score:
    import newsdesk

    score = Score()
    for story in stories:
        article = newsdesk.extract_text(
            story["text"], source=story["doc"], published=story.get("published")
        )
        predicted = {"quotes": article.quotes, "entities": article.entities}
        score_document(score, story, predicted, story["text"])
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD,
                        help="a probes gold file (default: Probes; eval/probes2_gold.jsonl "
                             "is Probes 2, eval/probes3_gold.jsonl and "
                             "eval/probes4_gold.jsonl Probes 3 and 4)")
    parser.add_argument("--split", choices=("dev", "test"),
                        help="only the stories of this split (a story with no split is dev)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print N examples of each kind of error")
    args = parser.parse_args(argv)
    stories = load_gold(args.gold)
    if args.split:
        stories = [s for s in stories if s.get("split", "dev") == args.split]
    score = evaluate(stories)
    result = {"documents": len(stories), **score.as_dict()}
    report(result, score, as_json=args.json, errors=args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
