#!/usr/bin/env python3
"""Format check + assembly only. Reads hand-written drafts (fields separated by '|'),
validates labels, counts, shuffles with a fixed seed and writes TSV files."""
import collections, random, sys, os
D = os.path.join(os.path.dirname(__file__), '..', 'drafts')
LANGS = ['en', 'fr', 'de', 'es', 'pt', 'nl']
THEMES = {'delivery','product','service','price','billing','website','other'}
KINDS = {'legal','safety','health','vulnerable','abuse','damage','repeated','churn_anger','human'}
errs = []
scores, comps = [], []
for lang in LANGS:
    seen = set()
    for i, line in enumerate(open(f'{D}/{lang}_scores.txt', encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip(): continue
        parts = line.split('|', 1)
        if len(parts) != 2 or '\t' in line: errs.append(f'{lang} scores {i}: bad fields'); continue
        exp, text = parts
        if exp != 'none' and not (exp.isdigit() and 0 <= int(exp) <= 10): errs.append(f'{lang} scores {i}: bad expected {exp}')
        if not text.strip() or text != text.strip(): errs.append(f'{lang} scores {i}: empty/space text')
        if text.lower() in seen: errs.append(f'{lang} scores {i}: duplicate {text}')
        seen.add(text.lower())
        scores.append((lang, exp, text))
    seen = set()
    for i, line in enumerate(open(f'{D}/{lang}_complaints.txt', encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip(): continue
        parts = line.split('|')
        if len(parts) != 4 or '\t' in line: errs.append(f'{lang} complaints {i}: bad fields {line[:40]}'); continue
        th, esc, kind, text = parts
        if th not in THEMES: errs.append(f'{lang} complaints {i}: theme {th}')
        if esc == 'no' and kind != '-': errs.append(f'{lang} complaints {i}: no with kind')
        if esc == 'yes' and kind not in KINDS: errs.append(f'{lang} complaints {i}: yes with kind {kind}')
        if esc not in ('yes','no'): errs.append(f'{lang} complaints {i}: esc {esc}')
        if not text.strip() or text != text.strip(): errs.append(f'{lang} complaints {i}: empty/space text')
        if text.lower() in seen: errs.append(f'{lang} complaints {i}: duplicate')
        seen.add(text.lower())
        comps.append((lang, th, esc, kind, text))
for e in errs: print('ERROR', e)
# counts
print('SCORES total', len(scores))
for lang in LANGS:
    rows = [r for r in scores if r[0] == lang]
    c = collections.Counter(r[1] for r in rows)
    print(f'  {lang}: {len(rows)} lines, none={c["none"]}, numeric={len(rows)-c["none"]}, by value:',
          ' '.join(f'{k}:{c[str(k)]}' for k in range(11)))
print('COMPLAINTS total', len(comps))
for lang in LANGS:
    rows = [r for r in comps if r[0] == lang]
    t = collections.Counter(r[1] for r in rows); k = collections.Counter(r[3] for r in rows if r[2]=='yes')
    y = sum(1 for r in rows if r[2]=='yes')
    print(f'  {lang}: {len(rows)} lines, yes={y} ({100*y/len(rows):.0f}%)')
    print('    themes:', ' '.join(f'{x}:{t[x]}' for x in sorted(THEMES)))
    print('    kinds :', ' '.join(f'{x}:{k[x]}' for x in sorted(KINDS)))
if errs: sys.exit(1)
if '--write' in sys.argv:
    rnd = random.Random(20261202)
    rnd.shuffle(scores); rnd.shuffle(comps)
    with open(os.path.join(os.path.dirname(__file__), '..', 'scores.tsv'),'w',encoding='utf-8') as f:
        for r in scores: f.write('\t'.join(r)+'\n')
    with open(os.path.join(os.path.dirname(__file__), '..', 'complaints.tsv'),'w',encoding='utf-8') as f:
        for r in comps: f.write('\t'.join(r)+'\n')
    print('written')
