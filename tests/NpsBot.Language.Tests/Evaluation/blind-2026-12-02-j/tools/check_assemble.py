#!/usr/bin/env python3
"""Check the hand-written drafts and assemble scores.tsv / complaints.tsv.

Only checks format and counts, converts '|' to TAB, adds the lang column and
shuffles with a fixed seed. It never creates or changes any text.
Usage: python3 tools/check_assemble.py   (from this folder)
"""
import os, random, sys
from collections import Counter

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["en", "fr", "de", "es", "pt", "nl"]
SCORES = {str(i) for i in range(11)} | {"none"}
THEMES = {"delivery", "product", "service", "price", "billing", "website", "other"}
KINDS = {"human", "safety", "health", "vulnerable", "legal", "damage",
         "repeated", "churn_anger", "abuse"}
MIN_SCORES, MIN_COMPLAINTS = 100, 110
SEED = 20261202

errors = []
def err(msg):
    errors.append(msg)

def read(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if "\t" in line or "\r" in line:
                err(f"{path}:{n}: tab or CR in line")
            yield n, line

score_rows, complaint_rows = [], []
score_stats, compl_stats = {}, {}
for lang in LANGS:
    sp = os.path.join(BASE, "drafts", f"{lang}_scores.txt")
    cp = os.path.join(BASE, "drafts", f"{lang}_complaints.txt")
    seen = set()
    c = Counter()
    for n, line in read(sp):
        parts = line.split("|")
        if len(parts) != 2:
            err(f"{sp}:{n}: expected 2 fields, got {len(parts)}"); continue
        exp, text = parts[0].strip(), parts[1].strip()
        if exp not in SCORES:
            err(f"{sp}:{n}: bad expected {exp!r}")
        if not text:
            err(f"{sp}:{n}: empty text")
        if text in seen:
            err(f"{sp}:{n}: duplicate text {text!r}")
        seen.add(text)
        c[exp] += 1
        score_rows.append((lang, exp, text))
    score_stats[lang] = c
    if sum(c.values()) < MIN_SCORES:
        err(f"{lang}: only {sum(c.values())} score replies (< {MIN_SCORES})")
    seen = set()
    t, k = Counter(), Counter()
    for n, line in read(cp):
        parts = line.split("|")
        if len(parts) != 4:
            err(f"{cp}:{n}: expected 4 fields, got {len(parts)}"); continue
        theme, esc, kind, text = [p.strip() for p in parts]
        if theme not in THEMES:
            err(f"{cp}:{n}: bad theme {theme!r}")
        if esc == "yes":
            if kind not in KINDS:
                err(f"{cp}:{n}: escalate yes needs a kind, got {kind!r}")
        elif esc == "no":
            if kind != "-":
                err(f"{cp}:{n}: escalate no needs '-', got {kind!r}")
        else:
            err(f"{cp}:{n}: bad escalate {esc!r}")
        if not text:
            err(f"{cp}:{n}: empty text")
        if text in seen:
            err(f"{cp}:{n}: duplicate text {text!r}")
        seen.add(text)
        t[theme] += 1; k[kind] += 1
        complaint_rows.append((lang, theme, esc, kind, text))
    compl_stats[lang] = (t, k)
    if sum(t.values()) < MIN_COMPLAINTS:
        err(f"{lang}: only {sum(t.values())} complaints (< {MIN_COMPLAINTS})")

# report
print("scores per language (total / with score / none):")
for lang in LANGS:
    c = score_stats[lang]
    print(f"  {lang}: {sum(c.values())} / {sum(v for key, v in c.items() if key != 'none')} / {c['none']}")
print("complaints per language (total, themes, escalation kinds):")
for lang in LANGS:
    t, k = compl_stats[lang]
    print(f"  {lang}: {sum(t.values())} | " + " ".join(f"{x}={t[x]}" for x in sorted(THEMES))
          + " | " + " ".join(f"{x}={k[x]}" for x in sorted(KINDS)) + f" no={k['-']}")
print(f"totals: {len(score_rows)} score replies, {len(complaint_rows)} complaints")

if errors:
    print("ERRORS:", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)

rng = random.Random(SEED)
rng.shuffle(score_rows)
rng.shuffle(complaint_rows)
with open(os.path.join(BASE, "scores.tsv"), "w", encoding="utf-8") as f:
    for r in score_rows:
        f.write("\t".join(r) + "\n")
with open(os.path.join(BASE, "complaints.tsv"), "w", encoding="utf-8") as f:
    for r in complaint_rows:
        f.write("\t".join(r) + "\n")
print("wrote scores.tsv and complaints.tsv (seed %d)" % SEED)
