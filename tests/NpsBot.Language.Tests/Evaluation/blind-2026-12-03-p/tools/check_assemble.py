#!/usr/bin/env python3
"""Check the hand-written drafts of blind batch "p" and assemble scores.tsv and complaints.tsv.

Checks only: format, allowed labels, counts, no tabs, no duplicates. Then shuffles with
random.Random(20261208) (scores first, then complaints, same RNG instance) and writes the two TSVs.
"""
import collections
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DRAFTS = os.path.join(ROOT, "drafts")
LANGS = ["en", "fr", "de", "es", "pt", "nl"]
THEMES = ["delivery", "product", "service", "price", "billing", "website", "other"]
KINDS = ["human", "safety", "health", "vulnerable", "legal", "damage", "repeated", "churn_anger", "abuse"]
SCORES = [str(i) for i in range(11)] + ["none"]

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    if not os.path.exists(path):
        err(f"{path}: missing")
        return []
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if "\r" in raw:
        err(f"{path}: carriage return found")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


score_rows = []
complaint_rows = []
score_table = {}
theme_table = {}
kind_table = {}
esc_table = {}

for lang in LANGS:
    # scores
    path = os.path.join(DRAFTS, f"{lang}_scores.txt")
    seen = set()
    cnt = collections.Counter()
    for n, line in enumerate(read_lines(path), 1):
        if "\t" in line:
            err(f"{path}:{n}: tab in line")
        parts = line.split("|", 1)
        if len(parts) != 2:
            err(f"{path}:{n}: not expected|text")
            continue
        exp, text = parts
        if exp not in SCORES:
            err(f"{path}:{n}: bad expected {exp!r}")
        if not text.strip() or text != text.strip():
            err(f"{path}:{n}: empty text or surrounding spaces")
        if text in seen:
            err(f"{path}:{n}: duplicate text {text!r}")
        seen.add(text)
        cnt[exp] += 1
        score_rows.append((lang, exp, text))
    total = sum(cnt.values())
    scored = total - cnt["none"]
    if total < 115:
        err(f"{lang} scores: only {total} lines (need >= 115)")
    if not (0.42 <= scored / max(total, 1) <= 0.58):
        err(f"{lang} scores: {scored}/{total} scored, not about half")
    score_table[lang] = cnt

    # complaints
    path = os.path.join(DRAFTS, f"{lang}_complaints.txt")
    seen = set()
    tcnt = collections.Counter()
    kcnt = collections.Counter()
    ecnt = collections.Counter()
    for n, line in enumerate(read_lines(path), 1):
        if "\t" in line:
            err(f"{path}:{n}: tab in line")
        parts = line.split("|", 3)
        if len(parts) != 4:
            err(f"{path}:{n}: not theme|escalate|kind|text")
            continue
        theme, esc, kind, text = parts
        if theme not in THEMES:
            err(f"{path}:{n}: bad theme {theme!r}")
        if esc not in ("yes", "no"):
            err(f"{path}:{n}: bad escalate {esc!r}")
        if esc == "yes" and kind not in KINDS:
            err(f"{path}:{n}: escalate yes needs a kind, got {kind!r}")
        if esc == "no" and kind != "-":
            err(f"{path}:{n}: escalate no needs '-', got {kind!r}")
        if not text.strip() or text != text.strip():
            err(f"{path}:{n}: empty text or surrounding spaces")
        if text in seen:
            err(f"{path}:{n}: duplicate text {text!r}")
        seen.add(text)
        tcnt[theme] += 1
        ecnt[(theme, esc)] += 1
        if esc == "yes":
            kcnt[kind] += 1
        complaint_rows.append((lang, theme, esc, kind, text))
    for t in THEMES:
        if tcnt[t] != 16:
            err(f"{lang} complaints: theme {t} has {tcnt[t]} (need 16)")
    for k in KINDS:
        if kcnt[k] != 4:
            err(f"{lang} complaints: kind {k} has {kcnt[k]} (need 4)")
    if sum(kcnt.values()) != 36:
        err(f"{lang} complaints: {sum(kcnt.values())} escalate (need 36)")
    theme_table[lang] = tcnt
    kind_table[lang] = kcnt
    esc_table[lang] = ecnt

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)

rng = random.Random(20261208)
rng.shuffle(score_rows)
rng.shuffle(complaint_rows)
with open(os.path.join(ROOT, "scores.tsv"), "w", encoding="utf-8", newline="\n") as fh:
    for r in score_rows:
        fh.write("\t".join(r) + "\n")
with open(os.path.join(ROOT, "complaints.tsv"), "w", encoding="utf-8", newline="\n") as fh:
    for r in complaint_rows:
        fh.write("\t".join(r) + "\n")

# tables (markdown) for the README
print("### Scores per language x expected\n")
print("| lang | " + " | ".join(SCORES) + " | scored | total |")
print("|---" * (len(SCORES) + 3) + "|")
for lang in LANGS:
    c = score_table[lang]
    tot = sum(c.values())
    print(f"| {lang} | " + " | ".join(str(c[s]) for s in SCORES) + f" | {tot - c['none']} | {tot} |")
tot_all = collections.Counter()
for c in score_table.values():
    tot_all.update(c)
t = sum(tot_all.values())
print("| all | " + " | ".join(str(tot_all[s]) for s in SCORES) + f" | {t - tot_all['none']} | {t} |")

print("\n### Complaints per language x theme (escalate yes / total)\n")
print("| lang | " + " | ".join(THEMES) + " | total |")
print("|---" * (len(THEMES) + 2) + "|")
for lang in LANGS:
    e = esc_table[lang]
    cells = [f"{e[(th, 'yes')]}/{theme_table[lang][th]}" for th in THEMES]
    print(f"| {lang} | " + " | ".join(cells) + f" | {sum(theme_table[lang].values())} |")

print("\n### Complaints per language x escalation kind\n")
print("| lang | " + " | ".join(KINDS) + " | yes | no |")
print("|---" * (len(KINDS) + 3) + "|")
for lang in LANGS:
    k = kind_table[lang]
    yes = sum(k.values())
    print(f"| {lang} | " + " | ".join(str(k[x]) for x in KINDS) + f" | {yes} | {sum(theme_table[lang].values()) - yes} |")
print(f"\nscores.tsv: {len(score_rows)} rows; complaints.tsv: {len(complaint_rows)} rows")
