#!/usr/bin/env python3
"""Check the hand-written drafts (format and counts), then shuffle and assemble.

Only checks, counts and shuffles; it writes no text of its own.
Usage: python3 tools/check_assemble.py   (run from this folder)
"""
import collections
import os
import random
import sys

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["en", "fr", "de", "es", "pt", "nl"]
THEMES = ["delivery", "product", "service", "price", "billing", "website", "other"]
KINDS = ["human", "safety", "health", "vulnerable", "legal", "damage", "repeated", "churn_anger", "abuse"]
SCORE_VALUES = [str(i) for i in range(11)] + ["none"]

errors = []


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if "\r" in raw:
        errors.append(f"{path}: carriage return found")
    out = []
    for n, line in enumerate(raw.split("\n"), 1):
        if line.strip() == "":
            continue
        if "\t" in line:
            errors.append(f"{path}:{n}: tab inside line")
        out.append((n, line))
    return out


scores, complaints = [], []
score_counts = {l: collections.Counter() for l in LANGS}
theme_counts = {l: collections.Counter() for l in LANGS}
kind_counts = {l: collections.Counter() for l in LANGS}
esc_counts = {l: collections.Counter() for l in LANGS}
theme_esc = {l: collections.Counter() for l in LANGS}

for lang in LANGS:
    p = os.path.join(BASE, "drafts", f"{lang}_scores.txt")
    seen = set()
    for n, line in read_lines(p):
        parts = line.split("|", 1)
        if len(parts) != 2:
            errors.append(f"{p}:{n}: expected 'expected|text'")
            continue
        exp, text = parts[0].strip(), parts[1].strip()
        if exp not in SCORE_VALUES:
            errors.append(f"{p}:{n}: bad expected {exp!r}")
        if not text:
            errors.append(f"{p}:{n}: empty text")
        if text in seen:
            errors.append(f"{p}:{n}: duplicate text {text!r}")
        seen.add(text)
        scores.append((lang, exp, text))
        score_counts[lang][exp] += 1
    total = sum(score_counts[lang].values())
    nn = score_counts[lang]["none"]
    if total < 115:
        errors.append(f"{lang} scores: only {total} lines (need >= 115)")
    if not (0.4 <= nn / max(total, 1) <= 0.6):
        errors.append(f"{lang} scores: none share {nn}/{total} not about half")

    p = os.path.join(BASE, "drafts", f"{lang}_complaints.txt")
    seen = set()
    for n, line in read_lines(p):
        parts = line.split("|", 3)
        if len(parts) != 4:
            errors.append(f"{p}:{n}: expected 'theme|escalate|kind|text'")
            continue
        theme, esc, kind, text = [x.strip() for x in parts]
        if theme not in THEMES:
            errors.append(f"{p}:{n}: bad theme {theme!r}")
        if esc not in ("yes", "no"):
            errors.append(f"{p}:{n}: bad escalate {esc!r}")
        if esc == "yes" and kind not in KINDS:
            errors.append(f"{p}:{n}: escalate yes needs a kind, got {kind!r}")
        if esc == "no" and kind != "-":
            errors.append(f"{p}:{n}: escalate no needs '-', got {kind!r}")
        if not text:
            errors.append(f"{p}:{n}: empty text")
        if text in seen:
            errors.append(f"{p}:{n}: duplicate text {text!r}")
        seen.add(text)
        complaints.append((lang, theme, esc, kind, text))
        theme_counts[lang][theme] += 1
        esc_counts[lang][esc] += 1
        kind_counts[lang][kind] += 1
        if esc == "yes":
            theme_esc[lang][theme] += 1
    for t in THEMES:
        if theme_counts[lang][t] != 16:
            errors.append(f"{lang} complaints: theme {t} has {theme_counts[lang][t]} (need 16)")
    if esc_counts[lang]["yes"] != 36:
        errors.append(f"{lang} complaints: {esc_counts[lang]['yes']} escalate (need 36)")
    for k in KINDS:
        if kind_counts[lang][k] != 4:
            errors.append(f"{lang} complaints: kind {k} has {kind_counts[lang][k]} (need 4)")

# report counts
print("SCORES lang x expected")
print("lang\t" + "\t".join(SCORE_VALUES) + "\ttotal")
for l in LANGS:
    c = score_counts[l]
    print(l + "\t" + "\t".join(str(c[v]) for v in SCORE_VALUES) + f"\t{sum(c.values())}")
print("\nCOMPLAINTS lang x theme (escalating in brackets)")
print("lang\t" + "\t".join(THEMES) + "\ttotal")
for l in LANGS:
    print(l + "\t" + "\t".join(f"{theme_counts[l][t]}({theme_esc[l][t]})" for t in THEMES)
          + f"\t{sum(theme_counts[l].values())}")
print("\nCOMPLAINTS lang x escalation kind")
print("lang\t" + "\t".join(KINDS) + "\t-\ttotal_yes")
for l in LANGS:
    print(l + "\t" + "\t".join(str(kind_counts[l][k]) for k in KINDS)
          + f"\t{kind_counts[l]['-']}\t{esc_counts[l]['yes']}")
print(f"\ntotal scores {len(scores)}, total complaints {len(complaints)}")

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)

rng = random.Random(20261206)
rng.shuffle(scores)
rng.shuffle(complaints)
with open(os.path.join(BASE, "scores.tsv"), "w", encoding="utf-8", newline="\n") as f:
    for row in scores:
        f.write("\t".join(row) + "\n")
with open(os.path.join(BASE, "complaints.tsv"), "w", encoding="utf-8", newline="\n") as f:
    for row in complaints:
        f.write("\t".join(row) + "\n")
print("wrote scores.tsv and complaints.tsv")
