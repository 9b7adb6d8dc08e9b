#!/usr/bin/env python3
"""Format checker and assembler for blind batch m.

Only checks format (field counts, allowed labels, no tabs / empty text, no duplicate
text within a language, minimum counts), prints counts, and writes scores.tsv and
complaints.tsv (no header), shuffled with the fixed seed 20261204.
It does not create or alter any line's text or label.
"""
import os
import random
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DRAFTS = os.path.join(ROOT, "drafts")
LANGS = ["en", "fr", "de", "es", "pt", "nl"]
SCORE_LABELS = [str(i) for i in range(11)] + ["none"]
THEMES = ["delivery", "product", "service", "price", "billing", "website", "other"]
KINDS = ["human", "safety", "health", "vulnerable", "legal", "damage", "repeated", "churn_anger", "abuse"]
MIN_SCORES = 110
MIN_COMPLAINTS = 112
MIN_PER_THEME = 16
SEED = 20261204

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if line.strip() == "":
                continue
            yield n, line


scores = []
complaints = []
for lang in LANGS:
    # scores
    p = os.path.join(DRAFTS, f"{lang}_scores.txt")
    if not os.path.exists(p):
        err(f"missing {p}")
    else:
        seen = set()
        for n, line in read_lines(p):
            parts = line.split("|", 1)
            if len(parts) != 2:
                err(f"{lang}_scores:{n}: need 2 fields")
                continue
            exp, text = parts[0].strip(), parts[1].strip()
            if exp not in SCORE_LABELS:
                err(f"{lang}_scores:{n}: bad label {exp!r}")
            if not text:
                err(f"{lang}_scores:{n}: empty text")
            if "\t" in text:
                err(f"{lang}_scores:{n}: tab in text")
            key = text.casefold()
            if key in seen:
                err(f"{lang}_scores:{n}: duplicate text {text!r}")
            seen.add(key)
            scores.append((lang, exp, text))
    # complaints
    p = os.path.join(DRAFTS, f"{lang}_complaints.txt")
    if not os.path.exists(p):
        err(f"missing {p}")
    else:
        seen = set()
        for n, line in read_lines(p):
            parts = line.split("|", 3)
            if len(parts) != 4:
                err(f"{lang}_complaints:{n}: need 4 fields")
                continue
            theme, esc, kind, text = (x.strip() for x in parts)
            if theme not in THEMES:
                err(f"{lang}_complaints:{n}: bad theme {theme!r}")
            if esc not in ("yes", "no"):
                err(f"{lang}_complaints:{n}: bad escalate {esc!r}")
            if esc == "yes" and kind not in KINDS:
                err(f"{lang}_complaints:{n}: escalate yes needs a kind, got {kind!r}")
            if esc == "no" and kind != "-":
                err(f"{lang}_complaints:{n}: escalate no needs '-', got {kind!r}")
            if not text:
                err(f"{lang}_complaints:{n}: empty text")
            if "\t" in text:
                err(f"{lang}_complaints:{n}: tab in text")
            key = text.casefold()
            if key in seen:
                err(f"{lang}_complaints:{n}: duplicate text {text!r}")
            seen.add(key)
            complaints.append((lang, theme, esc, kind, text))

# counts
sc = defaultdict(Counter)
for lang, exp, _ in scores:
    sc[lang][exp] += 1
print("SCORES per lang x label")
print("lang " + " ".join(f"{l:>4}" for l in SCORE_LABELS) + "  score  total")
for lang in LANGS:
    c = sc[lang]
    tot = sum(c.values())
    print(f"{lang:4} " + " ".join(f"{c[l]:>4}" for l in SCORE_LABELS) + f"  {tot - c['none']:>5}  {tot:>5}")
    if tot < MIN_SCORES:
        err(f"{lang}: only {tot} score lines (< {MIN_SCORES})")

ct = defaultdict(Counter)
ck = defaultdict(Counter)
for lang, theme, esc, kind, _ in complaints:
    ct[lang][theme] += 1
    ck[lang][kind if esc == "yes" else "-"] += 1
print("\nCOMPLAINTS per lang x theme")
print("lang " + " ".join(f"{t[:8]:>8}" for t in THEMES) + "  total")
for lang in LANGS:
    c = ct[lang]
    tot = sum(c.values())
    print(f"{lang:4} " + " ".join(f"{c[t]:>8}" for t in THEMES) + f"  {tot:>5}")
    if tot < MIN_COMPLAINTS:
        err(f"{lang}: only {tot} complaint lines (< {MIN_COMPLAINTS})")
    for t in THEMES:
        if c[t] < MIN_PER_THEME:
            err(f"{lang}: theme {t} has {c[t]} (< {MIN_PER_THEME})")
print("\nCOMPLAINTS per lang x escalation kind")
print("lang " + " ".join(f"{k[:8]:>8}" for k in KINDS) + "     yes    no")
tk = Counter()
for lang in LANGS:
    c = ck[lang]
    tk.update(c)
    yes = sum(v for k, v in c.items() if k != "-")
    print(f"{lang:4} " + " ".join(f"{c[k]:>8}" for k in KINDS) + f"  {yes:>6} {c['-']:>5}")
yes = sum(v for k, v in tk.items() if k != "-")
print("all  " + " ".join(f"{tk[k]:>8}" for k in KINDS) + f"  {yes:>6} {tk['-']:>5}")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    if "--force" not in sys.argv:
        sys.exit(1)

rng = random.Random(SEED)
rng.shuffle(scores)
rng.shuffle(complaints)
with open(os.path.join(ROOT, "scores.tsv"), "w", encoding="utf-8") as f:
    for row in scores:
        f.write("\t".join(row) + "\n")
with open(os.path.join(ROOT, "complaints.tsv"), "w", encoding="utf-8") as f:
    for row in complaints:
        f.write("\t".join(row) + "\n")
print(f"\nwrote scores.tsv ({len(scores)} rows) and complaints.tsv ({len(complaints)} rows)")
