#!/usr/bin/env python3
"""Check the hand-written drafts of blind batch k and assemble them.

Only checks format and counts, converts '|' to TAB, adds the lang column and
shuffles with a fixed seed. It does not create or change any text or label.

Usage: python3 tools/check_assemble.py [--write]
"""
import collections, random, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ["en", "fr", "de", "es", "pt", "nl"]
THEMES = {"delivery", "product", "service", "price", "billing", "website", "other"}
KINDS = {"human", "safety", "health", "vulnerable", "legal", "damage", "repeated", "churn_anger", "abuse"}
SCORES = {str(i) for i in range(11)} | {"none"}
MIN_S, MIN_C = 100, 110
SEED = 20261202


def read(path):
    out = []
    if not path.exists():
        print(f"missing: {path.name}", file=sys.stderr)
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        out.append((n, line))
    return out


def main():
    write = "--write" in sys.argv
    errors = []
    scores, complaints = [], []
    seen = set()
    for lang in LANGS:
        for n, line in read(ROOT / "drafts" / f"{lang}_scores.txt"):
            parts = line.split("|")
            if len(parts) != 2:
                errors.append(f"{lang}_scores:{n}: expected 2 fields, got {len(parts)}"); continue
            lab, text = parts[0].strip(), parts[1].strip()
            if lab not in SCORES:
                errors.append(f"{lang}_scores:{n}: bad label {lab!r}")
            if not text or "\t" in text:
                errors.append(f"{lang}_scores:{n}: empty text or tab")
            if (lang, text) in seen:
                errors.append(f"{lang}_scores:{n}: duplicate text")
            seen.add((lang, text))
            scores.append((lang, lab, text))
        for n, line in read(ROOT / "drafts" / f"{lang}_complaints.txt"):
            parts = line.split("|")
            if len(parts) != 4:
                errors.append(f"{lang}_complaints:{n}: expected 4 fields, got {len(parts)}"); continue
            th, esc, kind, text = [p.strip() for p in parts]
            if th not in THEMES:
                errors.append(f"{lang}_complaints:{n}: bad theme {th!r}")
            if esc == "yes" and kind not in KINDS:
                errors.append(f"{lang}_complaints:{n}: escalate yes needs a kind, got {kind!r}")
            elif esc == "no" and kind != "-":
                errors.append(f"{lang}_complaints:{n}: escalate no needs '-', got {kind!r}")
            elif esc not in ("yes", "no"):
                errors.append(f"{lang}_complaints:{n}: bad escalate {esc!r}")
            if not text or "\t" in text:
                errors.append(f"{lang}_complaints:{n}: empty text or tab")
            if (lang, text) in seen:
                errors.append(f"{lang}_complaints:{n}: duplicate text")
            seen.add((lang, text))
            complaints.append((lang, th, esc, kind, text))

    # counts
    print("== scores per language ==")
    labs = ["0","1","2","3","4","5","6","7","8","9","10","none"]
    print("lang " + " ".join(f"{l:>4}" for l in labs) + "  total")
    for lang in LANGS:
        c = collections.Counter(l for g, l, _ in scores if g == lang)
        tot = sum(c.values())
        print(f"{lang:4} " + " ".join(f"{c[l]:>4}" for l in labs) + f"  {tot:>5}")
        if tot < MIN_S:
            errors.append(f"{lang}: only {tot} score replies (< {MIN_S})")
    print("== complaint themes per language ==")
    ths = sorted(THEMES)
    print("lang " + " ".join(f"{t[:8]:>8}" for t in ths) + "  total")
    for lang in LANGS:
        c = collections.Counter(t for g, t, *_ in complaints if g == lang)
        tot = sum(c.values())
        print(f"{lang:4} " + " ".join(f"{c[t]:>8}" for t in ths) + f"  {tot:>5}")
        if tot < MIN_C:
            errors.append(f"{lang}: only {tot} complaints (< {MIN_C})")
    print("== escalation kinds per language ==")
    ks = sorted(KINDS) + ["-"]
    print("lang " + " ".join(f"{k[:7]:>7}" for k in ks))
    for lang in LANGS:
        c = collections.Counter(k for g, _, _, k, _ in complaints if g == lang)
        print(f"{lang:4} " + " ".join(f"{c[k]:>7}" for k in ks))
    print(f"TOTAL scores={len(scores)} complaints={len(complaints)}")

    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    if write:
        rng = random.Random(SEED)
        rng.shuffle(scores)
        rng.shuffle(complaints)
        (ROOT / "scores.tsv").write_text("".join("\t".join(r) + "\n" for r in scores), encoding="utf-8")
        (ROOT / "complaints.tsv").write_text("".join("\t".join(r) + "\n" for r in complaints), encoding="utf-8")
        print("wrote scores.tsv and complaints.tsv")


if __name__ == "__main__":
    main()
