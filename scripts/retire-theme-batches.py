#!/usr/bin/env python3
"""Copies the retired blind batches' complaints into training/themes/retired/, one file per batch (see its README).

Run from the repository root after a batch's first run is reported and it is retired: add its folder name to RETIRED.
A complaint whose folded text is also a line of another batch or of a set that still measures (the held-out sets) is
not copied: leaving one batch out must leave out every copy of its lines. Only the folders named here are read: never
a kept-back batch.
"""
import glob
import os
import re
from collections import defaultdict

EVALUATION = "tests/NpsBot.Language.Tests/Evaluation"
TARGET = "training/themes/retired"
RETIRED = [
    "blind-2026-12-01", "blind-2026-12-01-b", "blind-2026-12-01-c", "blind-2026-12-01-d",
    "blind-2026-12-02-e", "blind-2026-12-02-f", "blind-2026-12-02-g", "blind-2026-12-02-h",
    "blind-2026-12-02-i", "blind-2026-12-02-j", "blind-2026-12-02-k", "blind-2026-12-02-l",
    "blind-2026-12-03-m", "blind-2026-12-03-n", "blind-2026-12-03-o", "blind-2026-12-03-p", "blind-2026-12-03-q", "blind-2026-12-03-r",
    "complaints-blind",
]
# Sets that still measure (never trained on): the own held-out sets.
HELD_OUT = ["sectors-*", "themes12d-*", "escalation-own-*"]


def fold(text):
    """As TrainingDataTests folds: lower case, letters and digits only, one space between words."""
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def files_of(name):
    if name == "complaints-blind":
        return [os.path.join(EVALUATION, "complaints-blind.tsv")]
    return sorted(glob.glob(os.path.join(EVALUATION, name, "complaints*.tsv")))


def rows(path):
    """(language, theme, text) of a blind-format (5 columns) or older (4 columns) complaint file."""
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\r\n")
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        yield parts[0], parts[1], parts[-1].strip()


def main():
    batches = {name: [r for f in files_of(name) for r in rows(f)] for name in RETIRED}
    held_out = [f for pattern in HELD_OUT for f in glob.glob(os.path.join(EVALUATION, pattern, "complaints*.tsv"))]
    held_out.append(os.path.join(EVALUATION, "complaints.tsv"))
    owners = defaultdict(set)
    for name, complaints in batches.items():
        for _, _, text in complaints:
            owners[fold(text)].add(name)
    for path in held_out:
        for _, _, text in rows(path):
            owners[fold(text)].add("held-out")

    os.makedirs(TARGET, exist_ok=True)
    for name, complaints in batches.items():
        kept, skipped, seen = defaultdict(list), 0, set()
        for language, theme, text in complaints:
            key = fold(text)
            if owners[key] != {name} or key in seen:
                skipped += key not in seen
                seen.add(key)
                continue
            seen.add(key)
            kept[language].append((theme, re.sub(r"\s+", " ", text)))
        with open(os.path.join(TARGET, name + ".tsv"), "w", encoding="utf-8", newline="\n") as out:
            out.write(f"# Retired evaluation batch {name}: its complaints as its writers labelled them (theme<TAB>text, by language),\n")
            out.write(f"# copied by scripts/retire-theme-batches.py; {skipped} complaints shared with another batch or a held-out set left out.\n")
            out.write(f"# from batches: {name}\n")
            for language in sorted(kept):
                out.write(f"# language: {language}\n")
                out.writelines(f"{theme}\t{text}\n" for theme, text in kept[language])
        print(name, sum(len(v) for v in kept.values()), "copied,", skipped, "left out")


if __name__ == "__main__":
    main()
