#!/usr/bin/env python3
"""Check the hand-written drafts, count them, shuffle with a fixed seed and write the TSV files.

Reads drafts/<lang>_scores.txt (expected|text) and drafts/<lang>_complaints.txt
(theme|escalate|kind|text). Writes scores.tsv and complaints.tsv beside this folder's README.
No lines are generated here: the script only validates, counts and shuffles.
"""
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "drafts"
LANGS = ["en", "fr", "de", "es", "pt", "nl"]
EXPECTED = [str(i) for i in range(11)] + ["none"]
THEMES = ["delivery", "product", "service", "price", "billing", "website", "other"]
KINDS = ["human", "safety", "health", "vulnerable", "legal", "damage", "repeated", "churn_anger", "abuse"]
SEED = 20261210

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    raw = path.read_bytes().decode("utf-8")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for i, line in enumerate(lines, 1):
        if "\r" in line:
            err(f"{path.name}:{i}: carriage return")
        if "\t" in line:
            err(f"{path.name}:{i}: tab inside line")
        if line.strip() == "":
            err(f"{path.name}:{i}: empty line")
    return lines


scores, complaints = [], []
score_counts = {}
theme_counts = {}
kind_counts = {}

for lang in LANGS:
    # --- scores
    p = DRAFTS / f"{lang}_scores.txt"
    seen = set()
    c = Counter()
    for i, line in enumerate(read_lines(p), 1):
        if "|" not in line:
            err(f"{p.name}:{i}: no separator")
            continue
        exp, text = line.split("|", 1)
        if exp not in EXPECTED:
            err(f"{p.name}:{i}: bad expected {exp!r}")
        if not text.strip() or text != text.strip():
            err(f"{p.name}:{i}: empty or padded text")
        if text in seen:
            err(f"{p.name}:{i}: duplicate text {text!r}")
        seen.add(text)
        c[exp] += 1
        scores.append((lang, exp, text))
    n = sum(c.values())
    if n < 115:
        err(f"{p.name}: only {n} lines (need >= 115)")
    share = 1 - c["none"] / n if n else 0
    if not 0.4 <= share <= 0.6:
        err(f"{p.name}: scored share {share:.2f} not about half")
    score_counts[lang] = c

    # --- complaints
    p = DRAFTS / f"{lang}_complaints.txt"
    seen = set()
    tc, kc = Counter(), Counter()
    for i, line in enumerate(read_lines(p), 1):
        parts = line.split("|", 3)
        if len(parts) != 4:
            err(f"{p.name}:{i}: need 4 fields")
            continue
        theme, esc, kind, text = parts
        if theme not in THEMES:
            err(f"{p.name}:{i}: bad theme {theme!r}")
        if esc not in ("yes", "no"):
            err(f"{p.name}:{i}: bad escalate {esc!r}")
        if esc == "yes" and kind not in KINDS:
            err(f"{p.name}:{i}: escalate yes needs a kind, got {kind!r}")
        if esc == "no" and kind != "-":
            err(f"{p.name}:{i}: escalate no needs '-', got {kind!r}")
        if not text.strip() or text != text.strip():
            err(f"{p.name}:{i}: empty or padded text")
        if text in seen:
            err(f"{p.name}:{i}: duplicate text")
        seen.add(text)
        tc[theme] += 1
        kc[kind] += 1
        complaints.append((lang, theme, esc, kind, text))
    for t in THEMES:
        if tc[t] != 16:
            err(f"{p.name}: theme {t} has {tc[t]} (need 16)")
    for k in KINDS:
        if kc[k] != 4:
            err(f"{p.name}: kind {k} has {kc[k]} (need 4)")
    if sum(kc[k] for k in KINDS) != 36:
        err(f"{p.name}: escalations {sum(kc[k] for k in KINDS)} (need 36)")
    if sum(tc.values()) != 112:
        err(f"{p.name}: {sum(tc.values())} lines (need 112)")
    theme_counts[lang] = tc
    kind_counts[lang] = kc

if errors:
    print("\n".join(errors), file=sys.stderr)
    sys.exit(1)

rng = random.Random(SEED)
rng.shuffle(scores)
rng.shuffle(complaints)

with open(ROOT / "scores.tsv", "w", encoding="utf-8", newline="\n") as f:
    for row in scores:
        f.write("\t".join(row) + "\n")
with open(ROOT / "complaints.tsv", "w", encoding="utf-8", newline="\n") as f:
    for row in complaints:
        f.write("\t".join(row) + "\n")


def table(title, cols, data):
    print(f"\n{title}")
    print("| lang | " + " | ".join(cols) + " | total |")
    print("|" + "---|" * (len(cols) + 2))
    tot = Counter()
    for lang in LANGS:
        row = [data[lang][c] for c in cols]
        tot.update(dict(zip(cols, row)))
        print(f"| {lang} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    print("| all | " + " | ".join(str(tot[c]) for c in cols) + f" | {sum(tot.values())} |")


table("Scores per language x expected", EXPECTED, score_counts)
table("Complaints per language x theme", THEMES, theme_counts)
table("Complaints per language x escalation kind", KINDS + ["-"], kind_counts)
print(f"\nscores.tsv: {len(scores)} rows; complaints.tsv: {len(complaints)} rows")
