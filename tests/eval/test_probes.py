"""Probes, Probes 2 to 5, the stories written for the who-said-what evaluation:
the gold is well formed, and the figures may not fall below pinned minimums (a
little under what docs/EVALUATION.md records; Probes 2, 4 and 5 pin their dev
halves, the halves rules were written against, and only check their test
halves' gold)."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from eval.probes import DEFAULT_GOLD, evaluate, load_gold  # noqa: E402

PROBES_2 = ROOT / "eval" / "probes2_gold.jsonl"
PROBES_3 = ROOT / "eval" / "probes3_gold.jsonl"
PROBES_4 = ROOT / "eval" / "probes4_gold.jsonl"
PROBES_5 = ROOT / "eval" / "probes5_gold.jsonl"
PROBES_6 = ROOT / "eval" / "probes6_gold.jsonl"
PROBES_7 = ROOT / "eval" / "probes7_gold.jsonl"
PROBES_8 = ROOT / "eval" / "probes8_gold.jsonl"
PROBES_9 = ROOT / "eval" / "probes9_gold.jsonl"
PROBES_10 = ROOT / "eval" / "probes10_gold.jsonl"
PROBES_11 = ROOT / "eval" / "probes11_gold.jsonl"
PROBES_12 = ROOT / "eval" / "probes12_gold.jsonl"
PROBES_13 = ROOT / "eval" / "probes13_gold.jsonl"
PROBES_14 = ROOT / "eval" / "probes14_gold.jsonl"
PROBES_15 = ROOT / "eval" / "probes15_gold.jsonl"
PROBES_16 = ROOT / "eval" / "probes16_gold.jsonl"
PROBES_17 = ROOT / "eval" / "probes17_gold.jsonl"
PROBES_18 = ROOT / "eval" / "probes18_gold.jsonl"
PROBES_19 = ROOT / "eval" / "probes19_gold.jsonl"
PROBES_20 = ROOT / "eval" / "probes20_gold.jsonl"
PROBES_21 = ROOT / "eval" / "probes21_gold.jsonl"
PROBES_22 = ROOT / "eval" / "probes22_gold.jsonl"
PROBES_23 = ROOT / "eval" / "probes23_gold.jsonl"
PROBES_24 = ROOT / "eval" / "probes24_gold.jsonl"
PROBES_25 = ROOT / "eval" / "probes25_gold.jsonl"
PROBES_26 = ROOT / "eval" / "probes26_gold.jsonl"
PROBES_27 = ROOT / "eval" / "probes27_gold.jsonl"
PROBES_28 = ROOT / "eval" / "probes28_gold.jsonl"
PROBES_29 = ROOT / "eval" / "probes29_gold.jsonl"
PROBES_30 = ROOT / "eval" / "probes30_gold.jsonl"
PROBES_31 = ROOT / "eval" / "probes31_gold.jsonl"
PROBES_32 = ROOT / "eval" / "probes32_gold.jsonl"
PROBES_33 = ROOT / "eval" / "probes33_gold.jsonl"
PROBES_34 = ROOT / "eval" / "probes34_gold.jsonl"
PROBES_35 = ROOT / "eval" / "probes35_gold.jsonl"
PROBES_36 = ROOT / "eval" / "probes36_gold.jsonl"
PROBES_37 = ROOT / "eval" / "probes37_gold.jsonl"
PROBES_38 = ROOT / "eval" / "probes38_gold.jsonl"
PROBES_39 = ROOT / "eval" / "probes39_gold.jsonl"
PROBES_40 = ROOT / "eval" / "probes40_gold.jsonl"
PROBES_41 = ROOT / "eval" / "probes41_gold.jsonl"
PROBES_42 = ROOT / "eval" / "probes42_gold.jsonl"
PROBES_43 = ROOT / "eval" / "probes43_gold.jsonl"
PROBES_44 = ROOT / "eval" / "probes44_gold.jsonl"
PROBES_45 = ROOT / "eval" / "probes45_gold.jsonl"
PROBES_46 = ROOT / "eval" / "probes46_gold.jsonl"
PROBES_47 = ROOT / "eval" / "probes47_gold.jsonl"
PROBES_48 = ROOT / "eval" / "probes48_gold.jsonl"
PROBES_49 = ROOT / "eval" / "probes49_gold.jsonl"
PROBES_50 = ROOT / "eval" / "probes50_gold.jsonl"
PROBES_51 = ROOT / "eval" / "probes51_gold.jsonl"
PROBES_52 = ROOT / "eval" / "probes52_gold.jsonl"
PROBES_53 = ROOT / "eval" / "probes53_gold.jsonl"
PROBES_54 = ROOT / "eval" / "probes54_gold.jsonl"
PROBES_55 = ROOT / "eval" / "probes55_gold.jsonl"
PROBES_56 = ROOT / "eval" / "probes56_gold.jsonl"

MINIMUMS = {
    "precision": 0.93,
    "recall": 0.90,
    "speaker_accuracy": 0.88,
    "people_real_share": 0.92,
}
PROBES_3_MINIMUMS = {
    "precision": 0.95,
    "recall": 0.90,
    "speaker_accuracy": 0.91,
    "people_real_share": 0.95,
}
PROBES_4_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.93,
    "speaker_accuracy": 0.90,
    "people_real_share": 0.94,
}
PROBES_5_DEV_MINIMUMS = {
    "precision": 0.90,
    "recall": 0.85,
    "speaker_accuracy": 0.80,
    "people_real_share": 0.94,
}
PROBES_6_DEV_MINIMUMS = {
    "precision": 0.95,
    "recall": 0.90,
    "speaker_accuracy": 0.82,
    "people_real_share": 0.93,
}
PROBES_7_DEV_MINIMUMS = {
    "precision": 0.95,
    "recall": 0.93,
    "speaker_accuracy": 0.93,
    "people_real_share": 0.88,
}
PROBES_8_DEV_MINIMUMS = {
    "precision": 0.94,
    "recall": 0.94,
    "speaker_accuracy": 0.81,
    "people_real_share": 0.91,
}
PROBES_9_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.95,
    "speaker_accuracy": 0.92,
    "people_real_share": 0.97,
}
PROBES_10_DEV_MINIMUMS = {
    "precision": 0.95,
    "recall": 0.95,
    "speaker_accuracy": 0.93,
    "people_real_share": 0.95,
}
PROBES_11_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.95,
    "speaker_accuracy": 0.92,
    "people_real_share": 0.93,
}
PROBES_12_DEV_MINIMUMS = {
    "precision": 0.95,
    "recall": 0.95,
    "speaker_accuracy": 0.91,
    "people_real_share": 0.90,
}
PROBES_13_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.95,
    "speaker_accuracy": 0.93,
    "people_real_share": 0.98,
}
PROBES_14_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.95,
    "speaker_accuracy": 0.89,
    "people_real_share": 0.95,
}
#: Probes 15 (Africa, local news, business, Europe), first look 0.938 / 0.938 / 0.868 / 0.877
PROBES_15_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.97,
    "speaker_accuracy": 0.94,
    "people_real_share": 0.98,
}
PROBES_16_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.90,
    "speaker_accuracy": 0.91,
    "people_real_share": 0.93,
}
#: Probes 17 (Oceania and Canada, science desks, Ireland and tabloids, business
#: and Q&A), first look 0.975 / 0.929 / 0.817 / 0.913
PROBES_17_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.95,
    "speaker_accuracy": 0.91,
    "people_real_share": 0.97,
}
#: Probes 18 (US state and local politics, conflict wires, features and
#: obituaries, tech and sport business), first look 0.967 / 0.890 / 0.842 / 0.955
PROBES_18_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.88,
    "speaker_accuracy": 0.85,
    "people_real_share": 0.95,
}
#: Probes 19 (live blogs, lobby briefings and Q&A, courts and inquiries, Latin
#: American and Caribbean papers, Eastern Europe and Central Asia), first look
#: 0.977 / 0.927 / 0.699 / 0.872
PROBES_19_DEV_MINIMUMS = {
    "precision": 0.98,
    "recall": 0.92,
    "speaker_accuracy": 0.82,
    "people_real_share": 0.90,
}
#: Probes 20 (East Asian outlets, parliaments and elections, climate and global
#: health, social media and translated news), first look 0.939 / 0.947 / 0.852 / 0.908
PROBES_20_DEV_MINIMUMS = {
    "precision": 0.95,
    "recall": 0.96,
    "speaker_accuracy": 0.91,
    "people_real_share": 0.93,
}
#: Probes 21 (Middle Eastern and North African outlets, briefs and disasters,
#: Pacific and Southeast Asian outlets, council meetings), first look
#: 0.946 / 0.963 / 0.885 / 0.854
PROBES_21_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.96,
    "speaker_accuracy": 0.94,
    "people_real_share": 0.92,
}
#: Probes 22 (francophone and lusophone Africa, markets wires, crime and local
#: courts, long-form profiles), first look 0.948 / 0.938 / 0.823 / 0.875
PROBES_22_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.94,
    "speaker_accuracy": 0.92,
    "people_real_share": 0.96,
}
#: Probes 23 (sport, technology, farming, Balkan, Baltic and Caucasus outlets),
#: first look 0.950 / 0.963 / 0.860 / 0.917
PROBES_23_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.96,
    "speaker_accuracy": 0.90,
    "people_real_share": 0.98,
}
#: Probes 24 (arts and religion, education, health, defence and diplomacy),
#: first look 0.985 / 0.919 / 0.850 / 0.841
PROBES_24_DEV_MINIMUMS = {
    "precision": 0.98,
    "recall": 0.91,
    "speaker_accuracy": 0.88,
    "people_real_share": 0.90,
}
#: Probes 25 (obituaries, parliaments, press releases and broadcast write-ups,
#: Latin American and US regional politics), first look 0.960 / 0.936 / 0.874 / 0.878
PROBES_25_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.95,
    "speaker_accuracy": 0.91,
    "people_real_share": 0.95,
}
#: Probes 26 (science desks, transcripts, opinion and letters pages, East African
#: and South Asian outlets), first look 0.985 / 0.840 / 0.742 / 0.779
PROBES_26_DEV_MINIMUMS = {
    "precision": 0.99,
    "recall": 0.95,
    "speaker_accuracy": 0.88,
    "people_real_share": 0.91,
}
PROBES_27_DEV_MINIMUMS = {
    "precision": 0.98,
    "recall": 0.95,
    "speaker_accuracy": 0.93,
    "people_real_share": 0.98,
}
PROBES_28_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.93,
    "speaker_accuracy": 0.89,
    "people_real_share": 0.91,
}
PROBES_29_DEV_MINIMUMS = {
    "precision": 0.95,
    "recall": 0.96,
    "speaker_accuracy": 0.92,
    "people_real_share": 0.94,
}
PROBES_30_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.96,
    "speaker_accuracy": 0.93,
    "people_real_share": 0.96,
}
PROBES_31_DEV_MINIMUMS = {
    "precision": 0.95,
    "recall": 0.89,
    "speaker_accuracy": 0.82,
    "people_real_share": 0.84,
}
PROBES_32_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.96,
    "speaker_accuracy": 0.90,
    "people_real_share": 0.97,
}
PROBES_33_DEV_MINIMUMS = {
    "precision": 0.95,
    "recall": 0.95,
    "speaker_accuracy": 0.87,
    "people_real_share": 0.98,
}
PROBES_34_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.90,
    "speaker_accuracy": 0.91,
    "people_real_share": 0.93,
}
PROBES_35_DEV_MINIMUMS = {
    "precision": 0.98,
    "recall": 0.94,
    "speaker_accuracy": 0.96,
    "people_real_share": 0.98,
}
PROBES_36_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.92,
    "speaker_accuracy": 0.95,
    "people_real_share": 0.98,
}
PROBES_37_DEV_MINIMUMS = {
    "precision": 0.98,
    "recall": 0.96,
    "speaker_accuracy": 0.90,
    "people_real_share": 0.93,
}
PROBES_38_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.90,
    "speaker_accuracy": 0.91,
    "people_real_share": 0.94,
}
PROBES_39_DEV_MINIMUMS = {
    # (0.99 until session 45: "The city has denied the allegations", a denial
    # in words the other sets' gold mostly counts, is no statement in this one's)
    "precision": 0.98,
    "recall": 0.98,
    "speaker_accuracy": 0.87,
    "people_real_share": 0.96,
}
PROBES_40_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.97,
    "speaker_accuracy": 0.94,
    "people_real_share": 0.99,
}
PROBES_41_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.95,
    "speaker_accuracy": 0.89,
    "people_real_share": 0.98,
}
PROBES_42_DEV_MINIMUMS = {
    "precision": 0.99,
    "recall": 0.95,
    "speaker_accuracy": 0.91,
    "people_real_share": 0.98,
}
PROBES_43_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.94,
    "speaker_accuracy": 0.84,
    "people_real_share": 0.84,
}
PROBES_44_DEV_MINIMUMS = {
    "precision": 0.99,
    "recall": 0.93,
    "speaker_accuracy": 0.88,
    # (0.937 since session 43: "Wade, 41," is listed, a real person the gold
    # names with the family's surname, "Wade Pruitt", which the text never writes)
    "people_real_share": 0.93,
}
PROBES_45_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.95,
    "speaker_accuracy": 0.95,
    "people_real_share": 0.93,
}
PROBES_46_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.93,
    "speaker_accuracy": 0.89,
    "people_real_share": 0.98,
}
PROBES_47_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.95,
    "speaker_accuracy": 0.84,
    "people_real_share": 0.94,
}
PROBES_48_DEV_MINIMUMS = {
    "precision": 0.98,
    "recall": 0.94,
    "speaker_accuracy": 0.90,
    "people_real_share": 0.94,
}
PROBES_49_DEV_MINIMUMS = {
    "precision": 0.98,
    "recall": 0.96,
    "speaker_accuracy": 0.94,
    "people_real_share": 0.93,
}
PROBES_50_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.97,
    "speaker_accuracy": 0.98,
    "people_real_share": 0.98,
}
PROBES_51_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.96,
    "speaker_accuracy": 0.91,
    "people_real_share": 0.92,
}
PROBES_52_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.97,
    "speaker_accuracy": 0.88,
    "people_real_share": 0.96,
}
PROBES_53_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.98,
    "speaker_accuracy": 0.90,
    "people_real_share": 0.90,
}
PROBES_54_DEV_MINIMUMS = {
    "precision": 0.96,
    "recall": 0.94,
    "speaker_accuracy": 0.88,
    "people_real_share": 0.98,
}
PROBES_55_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.93,
    "speaker_accuracy": 0.94,
    "people_real_share": 0.95,
}
PROBES_56_DEV_MINIMUMS = {
    "precision": 0.97,
    "recall": 0.99,
    "speaker_accuracy": 0.94,
    "people_real_share": 0.99,
}
PROBES_2_DEV_MINIMUMS = {
    "precision": 0.95,
    "recall": 0.85,
    "speaker_accuracy": 0.95,
    "people_real_share": 0.94,
}


@pytest.mark.parametrize(
    ("gold", "stories_in_it"),
    [(DEFAULT_GOLD, 20), (PROBES_2, 20), (PROBES_3, 20), (PROBES_4, 20), (PROBES_5, 24),
     (PROBES_6, 24), (PROBES_7, 24), (PROBES_8, 24), (PROBES_9, 24), (PROBES_10, 24),
     (PROBES_11, 24), (PROBES_12, 24), (PROBES_13, 24), (PROBES_14, 24),
     (PROBES_15, 24), (PROBES_16, 24), (PROBES_17, 24), (PROBES_18, 24), (PROBES_19, 24),
     (PROBES_20, 24), (PROBES_21, 24), (PROBES_22, 24), (PROBES_23, 24),
     (PROBES_24, 24), (PROBES_25, 24), (PROBES_26, 24), (PROBES_27, 24),
     (PROBES_28, 24), (PROBES_29, 24), (PROBES_30, 24), (PROBES_31, 24),
     (PROBES_32, 24), (PROBES_33, 24), (PROBES_34, 24),
     (PROBES_35, 24), (PROBES_36, 24), (PROBES_37, 24), (PROBES_38, 24),
     (PROBES_39, 24), (PROBES_40, 24), (PROBES_41, 24), (PROBES_42, 24),
     (PROBES_43, 24), (PROBES_44, 24), (PROBES_45, 24),
     (PROBES_46, 24), (PROBES_47, 24), (PROBES_48, 24), (PROBES_49, 24),
     (PROBES_50, 24), (PROBES_51, 24), (PROBES_52, 24),
     (PROBES_53, 24), (PROBES_54, 24), (PROBES_55, 24), (PROBES_56, 24)],
    ids=["probes", "probes2", "probes3", "probes4", "probes5", "probes6", "probes7", "probes8",
         "probes9", "probes10", "probes11", "probes12", "probes13", "probes14", "probes15",
         "probes16", "probes17", "probes18", "probes19", "probes20", "probes21",
         "probes22", "probes23", "probes24", "probes25", "probes26", "probes27",
         "probes28", "probes29", "probes30", "probes31", "probes32", "probes33",
         "probes34", "probes35", "probes36", "probes37", "probes38", "probes39",
         "probes40", "probes41", "probes42", "probes43", "probes44", "probes45",
         "probes46", "probes47", "probes48", "probes49", "probes50", "probes51",
         "probes52", "probes53", "probes54", "probes55", "probes56"],
)
def test_every_statement_is_words_of_its_story(gold: Path, stories_in_it: int) -> None:
    stories = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    assert len(stories) == stories_in_it
    for story in stories:
        for st in story["statements"]:
            for piece in st["content"]:
                # written once, but for a headline's words quoted again in the
                # body (Probes 5, 10 and 13): the loader takes the first, the headline's; a
                # one-word piece written twice (Probes 9's "enough", Probes 12's
                # "First Minister"), the one nearest after the statement before
                assert story["text"].count(piece) == 1 or (
                    gold in (PROBES_5, PROBES_10, PROBES_13)
                    and story["text"].find(piece) < story["text"].find("\n")
                ) or (gold == PROBES_9 and len(piece.split()) == 1) or (
                    gold == PROBES_12 and len(piece.split()) <= 2), (story["doc"], piece[:40])
            assert st["speaker_type"] in ("person", "organisation", "anonymous", "document",
                                          "unknown")


def test_the_loader_gives_character_offsets_of_those_words() -> None:
    raw = json.loads(DEFAULT_GOLD.read_text(encoding="utf-8").splitlines()[0])
    story = load_gold()[0]
    first = story["statements"][0]
    start, end = first["content"][0]
    assert story["text"][start:end] == raw["statements"][0]["content"][0]


#: Each set pinned: its gold, the split its minimums hold for (None: all of
#: it), and the minimums.
PINNED = {
    "probes": (DEFAULT_GOLD, None, MINIMUMS),
    "probes2-dev": (PROBES_2, "dev", PROBES_2_DEV_MINIMUMS),
    "probes3": (PROBES_3, None, PROBES_3_MINIMUMS),
    "probes4-dev": (PROBES_4, "dev", PROBES_4_DEV_MINIMUMS),
    "probes5-dev": (PROBES_5, "dev", PROBES_5_DEV_MINIMUMS),
    "probes6-dev": (PROBES_6, "dev", PROBES_6_DEV_MINIMUMS),
    "probes7-dev": (PROBES_7, "dev", PROBES_7_DEV_MINIMUMS),
    "probes8-dev": (PROBES_8, "dev", PROBES_8_DEV_MINIMUMS),
    "probes9-dev": (PROBES_9, "dev", PROBES_9_DEV_MINIMUMS),
    "probes10-dev": (PROBES_10, "dev", PROBES_10_DEV_MINIMUMS),
    "probes11-dev": (PROBES_11, "dev", PROBES_11_DEV_MINIMUMS),
    "probes12-dev": (PROBES_12, "dev", PROBES_12_DEV_MINIMUMS),
    "probes13-dev": (PROBES_13, "dev", PROBES_13_DEV_MINIMUMS),
    "probes14-dev": (PROBES_14, "dev", PROBES_14_DEV_MINIMUMS),
    "probes15-dev": (PROBES_15, "dev", PROBES_15_DEV_MINIMUMS),
    "probes16-dev": (PROBES_16, "dev", PROBES_16_DEV_MINIMUMS),
    "probes17-dev": (PROBES_17, "dev", PROBES_17_DEV_MINIMUMS),
    "probes18-dev": (PROBES_18, "dev", PROBES_18_DEV_MINIMUMS),
    "probes19-dev": (PROBES_19, "dev", PROBES_19_DEV_MINIMUMS),
    "probes20-dev": (PROBES_20, "dev", PROBES_20_DEV_MINIMUMS),
    "probes21-dev": (PROBES_21, "dev", PROBES_21_DEV_MINIMUMS),
    "probes22-dev": (PROBES_22, "dev", PROBES_22_DEV_MINIMUMS),
    "probes23-dev": (PROBES_23, "dev", PROBES_23_DEV_MINIMUMS),
    "probes24-dev": (PROBES_24, "dev", PROBES_24_DEV_MINIMUMS),
    "probes25-dev": (PROBES_25, "dev", PROBES_25_DEV_MINIMUMS),
    "probes26-dev": (PROBES_26, "dev", PROBES_26_DEV_MINIMUMS),
    "probes27-dev": (PROBES_27, "dev", PROBES_27_DEV_MINIMUMS),
    "probes28-dev": (PROBES_28, "dev", PROBES_28_DEV_MINIMUMS),
    "probes29-dev": (PROBES_29, "dev", PROBES_29_DEV_MINIMUMS),
    "probes30-dev": (PROBES_30, "dev", PROBES_30_DEV_MINIMUMS),
    "probes31-dev": (PROBES_31, "dev", PROBES_31_DEV_MINIMUMS),
    "probes32-dev": (PROBES_32, "dev", PROBES_32_DEV_MINIMUMS),
    "probes33-dev": (PROBES_33, "dev", PROBES_33_DEV_MINIMUMS),
    "probes34-dev": (PROBES_34, "dev", PROBES_34_DEV_MINIMUMS),
    "probes35-dev": (PROBES_35, "dev", PROBES_35_DEV_MINIMUMS),
    "probes36-dev": (PROBES_36, "dev", PROBES_36_DEV_MINIMUMS),
    "probes37-dev": (PROBES_37, "dev", PROBES_37_DEV_MINIMUMS),
    "probes38-dev": (PROBES_38, "dev", PROBES_38_DEV_MINIMUMS),
    "probes39-dev": (PROBES_39, "dev", PROBES_39_DEV_MINIMUMS),
    "probes40-dev": (PROBES_40, "dev", PROBES_40_DEV_MINIMUMS),
    "probes41-dev": (PROBES_41, "dev", PROBES_41_DEV_MINIMUMS),
    "probes42-dev": (PROBES_42, "dev", PROBES_42_DEV_MINIMUMS),
    "probes43-dev": (PROBES_43, "dev", PROBES_43_DEV_MINIMUMS),
    "probes44-dev": (PROBES_44, "dev", PROBES_44_DEV_MINIMUMS),
    "probes45-dev": (PROBES_45, "dev", PROBES_45_DEV_MINIMUMS),
    "probes46-dev": (PROBES_46, "dev", PROBES_46_DEV_MINIMUMS),
    "probes47-dev": (PROBES_47, "dev", PROBES_47_DEV_MINIMUMS),
    "probes48-dev": (PROBES_48, "dev", PROBES_48_DEV_MINIMUMS),
    "probes49-dev": (PROBES_49, "dev", PROBES_49_DEV_MINIMUMS),
    "probes50-dev": (PROBES_50, "dev", PROBES_50_DEV_MINIMUMS),
    "probes51-dev": (PROBES_51, "dev", PROBES_51_DEV_MINIMUMS),
    "probes52-dev": (PROBES_52, "dev", PROBES_52_DEV_MINIMUMS),
    "probes53-dev": (PROBES_53, "dev", PROBES_53_DEV_MINIMUMS),
    "probes54-dev": (PROBES_54, "dev", PROBES_54_DEV_MINIMUMS),
    "probes55-dev": (PROBES_55, "dev", PROBES_55_DEV_MINIMUMS),
    "probes56-dev": (PROBES_56, "dev", PROBES_56_DEV_MINIMUMS),
}


@functools.cache
def _scores(name: str) -> dict[str, Any]:
    gold, split, _ = PINNED[name]
    stories = [s for s in load_gold(gold) if split is None or s["split"] == split]
    return evaluate(stories).as_dict()


@pytest.mark.parametrize(
    ("name", "key", "minimum"),
    [(name, key, minimum)
     for name, (_, _, minimums) in PINNED.items() for key, minimum in minimums.items()],
)
def test_figure_stays_above_its_minimum(name: str, key: str, minimum: float) -> None:
    score = _scores(name)[key]
    assert score >= minimum, f"{name} {key} {score} < {minimum}"


@pytest.mark.parametrize(
    "gold", [PROBES_2, PROBES_4, PROBES_5, PROBES_6, PROBES_10, PROBES_11, PROBES_12, PROBES_13,
             PROBES_14, PROBES_15, PROBES_16, PROBES_17, PROBES_18, PROBES_19, PROBES_20,
             PROBES_21, PROBES_22, PROBES_23, PROBES_24, PROBES_25, PROBES_26, PROBES_27,
             PROBES_28, PROBES_29, PROBES_30, PROBES_31, PROBES_32, PROBES_33,
             PROBES_34, PROBES_35, PROBES_36, PROBES_37, PROBES_38,
             PROBES_39, PROBES_40, PROBES_41, PROBES_42, PROBES_43,
             PROBES_44, PROBES_45, PROBES_46, PROBES_47, PROBES_48, PROBES_49, PROBES_50,
             PROBES_51, PROBES_52, PROBES_53, PROBES_54, PROBES_55, PROBES_56],
    ids=["probes2", "probes4", "probes5", "probes6", "probes10", "probes11", "probes12",
         "probes13", "probes14", "probes15", "probes16", "probes17", "probes18", "probes19",
         "probes20", "probes21", "probes22", "probes23", "probes24", "probes25",
         "probes26", "probes27", "probes28", "probes29", "probes30", "probes31",
         "probes32", "probes33", "probes34", "probes35",
         "probes36", "probes37", "probes38", "probes39", "probes40",
         "probes41", "probes42", "probes43", "probes44", "probes45", "probes46",
         "probes47", "probes48", "probes49", "probes50", "probes51", "probes52",
         "probes53", "probes54", "probes55", "probes56"])
def test_probes_2_4_5_6_and_10_to_56_are_split_half_and_half(gold: Path) -> None:
    stories = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    half = len(stories) // 2
    assert sorted(s["split"] for s in stories) == ["dev"] * half + ["test"] * half
