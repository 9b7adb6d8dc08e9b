#!/usr/bin/env python3
"""Check the hand-written drafts of batch q, count them, shuffle with a fixed seed and write the TSV files.

Only checks format and counts; it generates no text.
"""
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "drafts"
LANGS = ["en", "fr", "de", "es", "pt", "nl"]
THEMES = ["delivery", "product", "service", "price", "billing", "website", "other"]
KINDS = ["human", "safety", "health", "vulnerable", "legal", "damage", "repeated", "churn_anger", "abuse"]
SCORE_VALUES = [str(i) for i in range(11)] + ["none"]
SEED = 20261209

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    return lines


def check_text(where, text):
    if not text.strip():
        err(f"{where}: empty text")
    if "\t" in text or "\r" in text:
        err(f"{where}: tab or carriage return in text")
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace")


scores = []      # (lang, expected, text)
complaints = []  # (lang, theme, escalate, kind, text)
score_counts = {}
theme_counts = {}
kind_counts = {}

for lang in LANGS:
    # ---- scores
    p = DRAFTS / f"{lang}_scores.txt"
    seen = set()
    c = Counter()
    for n, line in enumerate(read_lines(p), 1):
        where = f"{p.name}:{n}"
        if "|" not in line:
            err(f"{where}: no separator")
            continue
        expected, text = line.split("|", 1)
        if expected not in SCORE_VALUES:
            err(f"{where}: bad expected {expected!r}")
        check_text(where, text)
        if text in seen:
            err(f"{where}: duplicate text")
        seen.add(text)
        c[expected] += 1
        scores.append((lang, expected, text))
    total = sum(c.values())
    scored = total - c["none"]
    if total < 115:
        err(f"{p.name}: only {total} lines (need >= 115)")
    if not (0.4 <= scored / max(total, 1) <= 0.6):
        err(f"{p.name}: scored share {scored}/{total} not about half")
    score_counts[lang] = c

    # ---- complaints
    p = DRAFTS / f"{lang}_complaints.txt"
    seen = set()
    tc = Counter()
    kc = Counter()
    for n, line in enumerate(read_lines(p), 1):
        where = f"{p.name}:{n}"
        parts = line.split("|", 3)
        if len(parts) != 4:
            err(f"{where}: expected 4 fields")
            continue
        theme, esc, kind, text = parts
        if theme not in THEMES:
            err(f"{where}: bad theme {theme!r}")
        if esc == "yes":
            if kind not in KINDS:
                err(f"{where}: escalate yes needs a kind, got {kind!r}")
        elif esc == "no":
            if kind != "-":
                err(f"{where}: escalate no needs '-', got {kind!r}")
        else:
            err(f"{where}: bad escalate {esc!r}")
        check_text(where, text)
        if text in seen:
            err(f"{where}: duplicate text")
        seen.add(text)
        tc[theme] += 1
        kc[kind] += 1
        complaints.append((lang, theme, esc, kind, text))
    for t in THEMES:
        if tc[t] != 16:
            err(f"{p.name}: theme {t} has {tc[t]} lines (need 16)")
    for k in KINDS:
        if kc[k] != 4:
            err(f"{p.name}: kind {k} has {kc[k]} lines (need 4)")
    if kc["-"] != 112 - 36:
        err(f"{p.name}: {kc['-']} non-escalating lines (need 76)")
    theme_counts[lang] = tc
    kind_counts[lang] = kc

if errors:
    print("\n".join(errors))
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


def table(title, cols, counts):
    out = [f"### {title}", "", "| lang | " + " | ".join(cols) + " | total |",
           "|---" * (len(cols) + 2) + "|"]
    for lang in LANGS:
        c = counts[lang]
        out.append(f"| {lang} | " + " | ".join(str(c[x]) for x in cols) + f" | {sum(c[x] for x in cols)} |")
    tot = Counter()
    for lang in LANGS:
        for x in cols:
            tot[x] += counts[lang][x]
    out.append("| all | " + " | ".join(str(tot[x]) for x in cols) + f" | {sum(tot.values())} |")
    return "\n".join(out)


print(table("Scores: language x expected", SCORE_VALUES, score_counts))
print()
print(table("Complaints: language x theme", THEMES, theme_counts))
print()
print(table("Complaints: language x escalation kind", KINDS + ["-"], kind_counts))
print()
print(f"OK: {len(scores)} score lines, {len(complaints)} complaint lines written.")
