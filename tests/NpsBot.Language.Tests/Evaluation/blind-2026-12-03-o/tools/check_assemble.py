#!/usr/bin/env python3
"""Check the hand-written drafts, print count tables, shuffle with a fixed seed and write the TSVs.

Only checks, counts and shuffles: it generates no text.
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
EXPECTED = [str(i) for i in range(11)] + ["none"]

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if "\r" in raw:
        err(f"{path}: carriage return found")
    return [(n, line) for n, line in enumerate(raw.split("\n"), 1) if line.strip()]


def check_text(path, n, text):
    if not text.strip():
        err(f"{path}:{n}: empty text")
    if "\t" in text:
        err(f"{path}:{n}: tab inside text")
    if text != text.strip():
        err(f"{path}:{n}: leading/trailing whitespace in text")


scores = []
complaints = []
for lang in LANGS:
    path = os.path.join(DRAFTS, f"{lang}_scores.txt")
    seen = set()
    rows = []
    for n, line in read_lines(path):
        if "|" not in line:
            err(f"{path}:{n}: no separator")
            continue
        exp, text = line.split("|", 1)
        if exp not in EXPECTED:
            err(f"{path}:{n}: bad expected {exp!r}")
        check_text(path, n, text)
        if text.lower() in seen:
            err(f"{path}:{n}: duplicate text {text!r}")
        seen.add(text.lower())
        rows.append((lang, exp, text))
    if len(rows) < 115:
        err(f"{path}: only {len(rows)} lines (need >= 115)")
    scored = sum(1 for r in rows if r[1] != "none")
    if not (0.4 <= scored / max(len(rows), 1) <= 0.6):
        err(f"{path}: scored share {scored}/{len(rows)} not about half")
    scores.extend(rows)

    path = os.path.join(DRAFTS, f"{lang}_complaints.txt")
    seen = set()
    rows = []
    for n, line in read_lines(path):
        parts = line.split("|", 3)
        if len(parts) != 4:
            err(f"{path}:{n}: expected 4 fields")
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
        check_text(path, n, text)
        if text.lower() in seen:
            err(f"{path}:{n}: duplicate text {text!r}")
        seen.add(text.lower())
        rows.append((lang, theme, esc, kind, text))
    tc = collections.Counter(r[1] for r in rows)
    for t in THEMES:
        if tc[t] != 16:
            err(f"{path}: theme {t} has {tc[t]} lines (need 16)")
    if len(rows) != 112:
        err(f"{path}: {len(rows)} lines (need 112)")
    esc_rows = [r for r in rows if r[2] == "yes"]
    if len(esc_rows) != 36:
        err(f"{path}: {len(esc_rows)} escalations (need 36)")
    kc = collections.Counter(r[3] for r in esc_rows)
    for k in KINDS:
        if kc[k] != 4:
            err(f"{path}: kind {k} has {kc[k]} (need 4)")
    complaints.extend(rows)

if errors:
    print("\n".join(errors))
    sys.exit(1)


def table(title, rows_keys, col_keys, counter):
    print(f"\n{title}")
    print("| lang | " + " | ".join(col_keys) + " | total |")
    print("|---" * (len(col_keys) + 2) + "|")
    for r in rows_keys:
        vals = [counter[(r, c)] for c in col_keys]
        print(f"| {r} | " + " | ".join(str(v) for v in vals) + f" | {sum(vals)} |")
    tot = [sum(counter[(r, c)] for r in rows_keys) for c in col_keys]
    print("| all | " + " | ".join(str(v) for v in tot) + f" | {sum(tot)} |")


table("Scores: language x expected", LANGS, EXPECTED,
      collections.Counter((r[0], r[1]) for r in scores))
table("Complaints: language x theme", LANGS, THEMES,
      collections.Counter((r[0], r[1]) for r in complaints))
table("Complaints: language x escalation kind", LANGS, KINDS + ["-"],
      collections.Counter((r[0], r[3]) for r in complaints))

rng = random.Random(20261207)
rng.shuffle(scores)
rng.shuffle(complaints)

with open(os.path.join(ROOT, "scores.tsv"), "w", encoding="utf-8", newline="\n") as fh:
    for r in scores:
        fh.write("\t".join(r) + "\n")
with open(os.path.join(ROOT, "complaints.tsv"), "w", encoding="utf-8", newline="\n") as fh:
    for r in complaints:
        fh.write("\t".join(r) + "\n")
print(f"\nwrote {len(scores)} score rows and {len(complaints)} complaint rows")
