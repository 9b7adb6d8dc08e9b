#!/usr/bin/env python3
"""Folds `perf script -F comm,tid,ip,sym,dso` output of a .NET process (JIT frames named through its perf map) by method:
the share of samples per thread, per library and per JIT tier of the leaf frame, then each method's inclusive share (a
sample counts once per method on its stack, whatever the method's JIT tier; async plumbing frames left out), then the
leaf frames. Usage: perf script ... | fold-perf.py - [how many inclusive rows]
"""
import sys, re, collections
path=sys.argv[1]; top=int(sys.argv[2]) if len(sys.argv) > 2 else 60
incl=collections.Counter(); selfc=collections.Counter(); dso=collections.Counter(); comm=collections.Counter(); tiers=collections.Counter()
n=0
tierre=re.compile(r'\[(QuickJitted|OptimizedTier1|Optimized|Tier0|Tier1|OSR|OptimizedTier1OSR|Instrumented[^\]]*|PreJIT)\]')
mt=re.compile(r' /\* MT: 0x[0-9a-f]+ \*/')
def norm(sym):
    sym=mt.sub('',sym)
    sym=tierre.sub('',sym)
    # drop return type & params: keep "[Asm] Namespace.Type::Method"
    m=re.search(r'\[([\w\.]+)\] ([^\s(]+::[^\s(]+)\(', sym)
    if m: return m.group(2)
    return sym.strip()[:150]
def flush(hdr, frames):
    global n
    if hdr is None: return
    n+=1
    comm[hdr]+=1
    seen=set()
    for i,(s,d) in enumerate(frames):
        ns=norm(s)
        if i==0:
            selfc[ns]+=1; dso[d]+=1
            t=tierre.search(s); tiers[t.group(1) if t else ('native:'+d.split('/')[-1])]+=1
        if ns not in seen:
            seen.add(ns); incl[ns]+=1
hdr=None; frames=[]
fre=re.compile(r'^\s+[0-9a-f]+ (.*) \((.*)\)$')
with (sys.stdin if path == '-' else open(path, errors='replace')) as f:
    for line in f:
        if not line.strip():
            flush(hdr,frames); hdr=None; frames=[]; continue
        if not line.startswith('\t') and not line.startswith(' '):
            hdr=re.sub(r'\s+\d+\s*$','',line.rstrip()); frames=[]; continue
        m=fre.match(line.rstrip('\n'))
        if m: frames.append((m.group(1), m.group(2)))
flush(hdr,frames)
print('samples',n)
print('== threads'); [print(f'{c*100/n:6.2f}% {k}') for k,c in comm.most_common(12)]
print('== self by dso'); [print(f'{c*100/n:6.2f}% {k}') for k,c in dso.most_common(12)]
print('== self by tier'); [print(f'{c*100/n:6.2f}% {k}') for k,c in tiers.most_common(12)]
print('== inclusive'); 
skip=re.compile(r'AsyncMethodBuilderCore::Start|AsyncTaskMethodBuilder|MoveNext|ExecutionContext::Run|ThreadPoolWorkQueue|^0x|start_thread|^\[unknown\]|AsyncStateMachineBox|lambda_method|ValueTaskMethodBuilder')
i=0
for k,c in incl.most_common(5000):
    if skip.search(k): continue
    print(f'{c*100/n:6.2f}% {k}'); i+=1
    if i>=top: break
print('== self'); [print(f'{c*100/n:6.2f}% {k}') for k,c in selfc.most_common(40)]
