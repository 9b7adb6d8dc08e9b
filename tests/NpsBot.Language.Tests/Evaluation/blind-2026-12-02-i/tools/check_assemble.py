#!/usr/bin/env python3
"""Check the hand-written drafts of blind batch i and assemble scores.tsv / complaints.tsv.

Only checks format and counts, converts `|` to TAB, adds the lang column and shuffles
with a fixed seed. It never writes, changes or generates any text or label.
Usage: python3 tools/check_assemble.py   (run from anywhere; paths are relative to this file)
"""
import collections
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "drafts"
LANGS = ["en", "fr", "de", "es", "pt", "nl"]
THEMES = ["delivery", "product", "service", "price", "billing", "website", "other"]
KINDS = ["human", "safety", "health", "vulnerable", "legal", "damage", "repeated", "churn_anger", "abuse"]
SCORE_LABELS = [str(i) for i in range(11)] + ["none"]
MIN_SCORES, MIN_COMPLAINTS = 100, 110
SEED = 20261202

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    raw = path.read_bytes().decode("utf-8")  # fails loudly on bad encoding
    out = []
    for n, line in enumerate(raw.split("\n"), 1):
        if line.endswith("\r"):
            err(f"{path.name}:{n}: CR at end of line")
            line = line[:-1]
        if not line.strip():
            continue
        if "\t" in line:
            err(f"{path.name}:{n}: TAB inside line")
        out.append((n, line))
    return out


def clean_text(path, n, text):
    if text != text.strip():
        err(f"{path.name}:{n}: leading/trailing spaces in text")
    if not text.strip():
        err(f"{path.name}:{n}: empty text")
    return text.strip()


scores, complaints = [], []
seen_s, seen_c = {}, {}
for lang in LANGS:
    p = DRAFTS / f"{lang}_scores.txt"
    for n, line in read_lines(p):
        parts = line.split("|")
        if len(parts) != 2:
            err(f"{p.name}:{n}: expected 2 fields, got {len(parts)}")
            continue
        label, text = parts[0].strip(), clean_text(p, n, parts[1])
        if label not in SCORE_LABELS:
            err(f"{p.name}:{n}: bad score label {label!r}")
        key = (lang, text.lower())
        if key in seen_s:
            err(f"{p.name}:{n}: duplicate text (first at line {seen_s[key]})")
        seen_s[key] = n
        scores.append((lang, label, text))
    p = DRAFTS / f"{lang}_complaints.txt"
    for n, line in read_lines(p):
        parts = line.split("|")
        if len(parts) != 4:
            err(f"{p.name}:{n}: expected 4 fields, got {len(parts)}")
            continue
        theme, esc, kind = (x.strip() for x in parts[:3])
        text = clean_text(p, n, parts[3])
        if theme not in THEMES:
            err(f"{p.name}:{n}: bad theme {theme!r}")
        if esc not in ("yes", "no"):
            err(f"{p.name}:{n}: bad escalate {esc!r}")
        if esc == "yes" and kind not in KINDS:
            err(f"{p.name}:{n}: escalate yes needs a kind, got {kind!r}")
        if esc == "no" and kind != "-":
            err(f"{p.name}:{n}: escalate no needs '-', got {kind!r}")
        key = (lang, text.lower())
        if key in seen_c:
            err(f"{p.name}:{n}: duplicate text (first at line {seen_c[key]})")
        seen_c[key] = n
        complaints.append((lang, theme, esc, kind, text))

# counts
print("Score replies per language and label")
hdr = ["lang"] + SCORE_LABELS + ["scored", "total"]
print("| " + " | ".join(hdr) + " |")
print("|" + "---|" * len(hdr))
cs = collections.Counter((l, e) for l, e, _ in scores)
for lang in LANGS + ["all"]:
    row = [lang]
    for lab in SCORE_LABELS:
        row.append(str(sum(cs[(l, lab)] for l in LANGS) if lang == "all" else cs[(lang, lab)]))
    tot = sum(1 for l, _, _ in scores if lang in ("all", l))
    none = sum(1 for l, e, _ in scores if lang in ("all", l) and e == "none")
    row += [str(tot - none), str(tot)]
    print("| " + " | ".join(row) + " |")
    if lang != "all" and tot < MIN_SCORES:
        err(f"{lang}: only {tot} score replies (< {MIN_SCORES})")

print("\nComplaints per language and theme (escalations in brackets)")
hdr = ["lang"] + THEMES + ["total", "escalate yes"]
print("| " + " | ".join(hdr) + " |")
print("|" + "---|" * len(hdr))
for lang in LANGS + ["all"]:
    sel = [c for c in complaints if lang in ("all", c[0])]
    row = [lang]
    for t in THEMES:
        n_t = sum(1 for c in sel if c[1] == t)
        n_y = sum(1 for c in sel if c[1] == t and c[2] == "yes")
        row.append(f"{n_t} ({n_y})")
    n_yes = sum(1 for c in sel if c[2] == "yes")
    row += [str(len(sel)), f"{n_yes} ({100 * n_yes / max(1, len(sel)):.0f}%)"]
    print("| " + " | ".join(row) + " |")
    if lang != "all" and len(sel) < MIN_COMPLAINTS:
        err(f"{lang}: only {len(sel)} complaints (< {MIN_COMPLAINTS})")

print("\nEscalation kinds per language")
hdr = ["lang"] + KINDS
print("| " + " | ".join(hdr) + " |")
print("|" + "---|" * len(hdr))
for lang in LANGS + ["all"]:
    sel = [c for c in complaints if lang in ("all", c[0]) and c[2] == "yes"]
    print("| " + " | ".join([lang] + [str(sum(1 for c in sel if c[3] == k)) for k in KINDS]) + " |")

print(f"\nTotal: {len(scores)} score replies, {len(complaints)} complaints")

if errors:
    print("\nERRORS:", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)

rng = random.Random(SEED)
s_rows = sorted(scores)          # sort first so the output depends only on the drafts' content
c_rows = sorted(complaints)
rng.shuffle(s_rows)
rng.shuffle(c_rows)
with open(ROOT / "scores.tsv", "w", encoding="utf-8", newline="\n") as f:
    for r in s_rows:
        f.write("\t".join(r) + "\n")
with open(ROOT / "complaints.tsv", "w", encoding="utf-8", newline="\n") as f:
    for r in c_rows:
        f.write("\t".join(r) + "\n")
print(f"wrote scores.tsv ({len(s_rows)} lines) and complaints.tsv ({len(c_rows)} lines), seed {SEED}")
