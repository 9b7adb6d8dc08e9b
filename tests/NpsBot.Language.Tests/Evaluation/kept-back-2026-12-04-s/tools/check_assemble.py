#!/usr/bin/env python3
"""Check the hand-written drafts (format and counts), then shuffle and assemble scores.tsv and complaints.tsv.

Only checks, counts and shuffles; it writes no text of its own.
Usage: python3 tools/check_assemble.py [--check-only]
"""
import collections
import os
import random
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DRAFTS = os.path.join(HERE, "drafts")
LANGS = ["en", "fr", "de", "es", "pt", "nl"]
THEMES = ["delivery", "product", "service", "price", "billing", "website", "other"]
KINDS = ["human", "safety", "health", "vulnerable", "legal", "damage", "repeated", "churn_anger", "abuse"]
EXPECTED = [str(i) for i in range(11)] + ["none"]
SEED = 20261211


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    out = []
    for n, line in enumerate(raw.split("\n"), 1):
        if line.strip() == "":
            continue
        out.append((n, line.rstrip("\r")))
    return out


def main():
    check_only = "--check-only" in sys.argv
    errors = []
    scores = []
    complaints = []
    seen_texts = collections.Counter()
    for lang in LANGS:
        # ---- scores
        p = os.path.join(DRAFTS, f"{lang}_scores.txt")
        if not os.path.exists(p):
            errors.append(f"{lang}: missing {p}")
        else:
            rows = []
            for n, line in read_lines(p):
                if "\t" in line:
                    errors.append(f"{lang}_scores:{n}: tab in line")
                parts = line.split("|", 1)
                if len(parts) != 2:
                    errors.append(f"{lang}_scores:{n}: bad format: {line!r}")
                    continue
                exp, text = parts[0].strip(), parts[1].strip()
                if exp not in EXPECTED:
                    errors.append(f"{lang}_scores:{n}: bad expected {exp!r}")
                if not text:
                    errors.append(f"{lang}_scores:{n}: empty text")
                seen_texts[(lang, "s", text)] += 1
                rows.append((lang, exp, text))
            n_total = len(rows)
            n_score = sum(1 for r in rows if r[1] != "none")
            if n_total < 115:
                errors.append(f"{lang}_scores: only {n_total} lines (need >= 115)")
            if not (0.4 <= n_score / max(n_total, 1) <= 0.6):
                errors.append(f"{lang}_scores: {n_score}/{n_total} scored, not about half")
            scores.extend(rows)
        # ---- complaints
        p = os.path.join(DRAFTS, f"{lang}_complaints.txt")
        if not os.path.exists(p):
            errors.append(f"{lang}: missing {p}")
        else:
            rows = []
            for n, line in read_lines(p):
                if "\t" in line:
                    errors.append(f"{lang}_complaints:{n}: tab in line")
                parts = line.split("|", 3)
                if len(parts) != 4:
                    errors.append(f"{lang}_complaints:{n}: bad format: {line!r}")
                    continue
                theme, esc, kind, text = [x.strip() for x in parts]
                if theme not in THEMES:
                    errors.append(f"{lang}_complaints:{n}: bad theme {theme!r}")
                if esc == "yes":
                    if kind not in KINDS:
                        errors.append(f"{lang}_complaints:{n}: bad kind {kind!r} for yes")
                elif esc == "no":
                    if kind != "-":
                        errors.append(f"{lang}_complaints:{n}: kind must be - for no")
                    kind = "-"
                else:
                    errors.append(f"{lang}_complaints:{n}: bad escalate {esc!r}")
                if not text:
                    errors.append(f"{lang}_complaints:{n}: empty text")
                seen_texts[(lang, "c", text)] += 1
                rows.append((lang, theme, esc, kind, text))
            th = collections.Counter(r[1] for r in rows)
            for t in THEMES:
                if th[t] != 16:
                    errors.append(f"{lang}_complaints: theme {t} has {th[t]} (need 16)")
            n_yes = sum(1 for r in rows if r[2] == "yes")
            if n_yes != 36:
                errors.append(f"{lang}_complaints: {n_yes} escalate (need 36)")
            kc = collections.Counter(r[3] for r in rows if r[2] == "yes")
            for k in KINDS:
                if kc[k] != 4:
                    errors.append(f"{lang}_complaints: kind {k} has {kc[k]} (need 4)")
            if len(rows) != 112:
                errors.append(f"{lang}_complaints: {len(rows)} lines (need 112)")
            complaints.extend(rows)
    for key, c in seen_texts.items():
        if c > 1:
            errors.append(f"duplicate text {key}")

    # ---- count tables
    print("Scores per language x expected:")
    print("lang\t" + "\t".join(EXPECTED) + "\tscored\ttotal")
    for lang in LANGS:
        c = collections.Counter(r[1] for r in scores if r[0] == lang)
        tot = sum(c.values())
        print(lang + "\t" + "\t".join(str(c[e]) for e in EXPECTED) + f"\t{tot - c['none']}\t{tot}")
    print("\nComplaints per language x theme:")
    print("lang\t" + "\t".join(THEMES) + "\ttotal")
    for lang in LANGS:
        c = collections.Counter(r[1] for r in complaints if r[0] == lang)
        print(lang + "\t" + "\t".join(str(c[t]) for t in THEMES) + f"\t{sum(c.values())}")
    print("\nComplaints per language x escalation kind:")
    print("lang\t" + "\t".join(KINDS) + "\tno\tyes")
    for lang in LANGS:
        c = collections.Counter(r[3] for r in complaints if r[0] == lang)
        print(lang + "\t" + "\t".join(str(c[k]) for k in KINDS) + f"\t{c['-']}\t{sum(c.values()) - c['-']}")
    print(f"\nTotals: scores {len(scores)}, complaints {len(complaints)}")

    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    if check_only:
        print("OK (check only)")
        return

    rng = random.Random(SEED)
    rng.shuffle(scores)
    rng.shuffle(complaints)
    with open(os.path.join(HERE, "scores.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for lang, exp, text in scores:
            f.write(f"{lang}\t{exp}\t{text}\n")
    with open(os.path.join(HERE, "complaints.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for lang, theme, esc, kind, text in complaints:
            f.write(f"{lang}\t{theme}\t{esc}\t{kind}\t{text}\n")
    print("OK: wrote scores.tsv and complaints.tsv")


if __name__ == "__main__":
    main()
