#!/usr/bin/env python3
"""Check the hand-written drafts (format, labels, counts), convert `|` to TAB,
add the lang column and shuffle with a fixed seed into scores.tsv / complaints.tsv.
It does not write or change any text. Usage: python3 tools/check_assemble.py [--check-only]"""
import collections, os, random, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["en", "fr", "de", "es", "pt", "nl"]
THEMES = {"delivery", "product", "service", "price", "billing", "website", "other"}
KINDS = {"human", "safety", "health", "vulnerable", "legal", "damage", "repeated", "churn_anger", "abuse"}
SCORES = {str(i) for i in range(11)} | {"none"}
MIN_S, MIN_C = 100, 110
SEED = 20261203

def read(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip()]

def main():
    check_only = "--check-only" in sys.argv
    errors, s_rows, c_rows = [], [], []
    seen_s, seen_c = set(), set()
    for lang in LANGS:
        sp = os.path.join(ROOT, "drafts", f"{lang}_scores.txt")
        cp = os.path.join(ROOT, "drafts", f"{lang}_complaints.txt")
        if os.path.exists(sp):
            for n, line in enumerate(read(sp), 1):
                parts = line.split("|")
                if len(parts) != 2:
                    errors.append(f"{sp}:{n}: need 2 fields: {line}"); continue
                lab, text = parts[0].strip(), parts[1].strip()
                if lab not in SCORES: errors.append(f"{sp}:{n}: bad label {lab}")
                if not text or "\t" in text: errors.append(f"{sp}:{n}: empty text or tab")
                if (lang, text.lower()) in seen_s: errors.append(f"{sp}:{n}: duplicate: {text}")
                seen_s.add((lang, text.lower()))
                s_rows.append((lang, lab, text))
        if os.path.exists(cp):
            for n, line in enumerate(read(cp), 1):
                parts = line.split("|")
                if len(parts) != 4:
                    errors.append(f"{cp}:{n}: need 4 fields: {line}"); continue
                th, esc, kind, text = [p.strip() for p in parts]
                if th not in THEMES: errors.append(f"{cp}:{n}: bad theme {th}")
                if esc == "yes" and kind not in KINDS: errors.append(f"{cp}:{n}: bad kind {kind}")
                if esc == "no" and kind != "-": errors.append(f"{cp}:{n}: no needs -")
                if esc not in ("yes", "no"): errors.append(f"{cp}:{n}: bad escalate {esc}")
                if not text or "\t" in text: errors.append(f"{cp}:{n}: empty text or tab")
                if (lang, text.lower()) in seen_c: errors.append(f"{cp}:{n}: duplicate: {text}")
                seen_c.add((lang, text.lower()))
                c_rows.append((lang, th, esc, kind, text))
    # counts
    for lang in LANGS:
        s = [r for r in s_rows if r[0] == lang]; c = [r for r in c_rows if r[0] == lang]
        sc = collections.Counter("score" if r[1] != "none" else "none" for r in s)
        lab = collections.Counter(r[1] for r in s)
        th = collections.Counter(r[1] for r in c)
        kd = collections.Counter(r[3] for r in c if r[2] == "yes")
        print(f"{lang}: scores {len(s)} {dict(sc)} | labels {dict(sorted(lab.items()))}")
        print(f"{lang}: complaints {len(c)} esc {sum(kd.values())} | themes {dict(sorted(th.items()))}")
        print(f"{lang}:   kinds {dict(sorted(kd.items()))}")
        if len(s) < MIN_S: errors.append(f"{lang}: only {len(s)} score replies")
        if len(c) < MIN_C: errors.append(f"{lang}: only {len(c)} complaints")
    print(f"total: scores {len(s_rows)}, complaints {len(c_rows)}")
    for e in errors: print("ERROR", e)
    if check_only: return
    if errors: sys.exit("not assembled: fix the errors above")
    rnd = random.Random(SEED)
    rnd.shuffle(s_rows); rnd.shuffle(c_rows)
    with open(os.path.join(ROOT, "scores.tsv"), "w", encoding="utf-8") as f:
        for r in s_rows: f.write("\t".join(r) + "\n")
    with open(os.path.join(ROOT, "complaints.tsv"), "w", encoding="utf-8") as f:
        for r in c_rows: f.write("\t".join(r) + "\n")
    print("wrote scores.tsv and complaints.tsv")

if __name__ == "__main__":
    main()
