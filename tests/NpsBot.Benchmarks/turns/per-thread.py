#!/usr/bin/env python3
"""`perf stat --per-thread` counts divided by the turns (one `sendto` per turn), split into the turn writer's thread
("NpsBot turn wri…") and all the others; task-clock in microseconds of CPU per turn, with the writer's share divided by
the others'. Used by sqlite-calls.sh and thread-cpu.sh.
Usage: per-thread.py COUNTS LABEL [seconds counted]
"""
import collections, re, sys

total = collections.Counter(); writer = collections.Counter()
for line in open(sys.argv[1]):
    m = re.match(r'\s*(.+?)-\d+\s+([\d,.]+)\s+(?:msec\s+)?(\S+)', line)
    if m:
        event = m.group(3).split(':')[-1].replace('sys_enter_', ''); n = float(m.group(2).replace(',', ''))
        total[event] += n
        if 'turn wri' in m.group(1): writer[event] += n
turns = total['sendto'] or 1
head = f"{sys.argv[2]}: {turns:.0f} turns counted"
if len(sys.argv) > 3: head += f", {turns / float(sys.argv[3]):.0f} turns/s"
if total['fsync']: head += f", {turns / total['fsync']:.1f} turns per commit"
print(head + "; per turn:")
for event in sorted(total):
    if event == 'sendto': continue
    own, rest = writer[event] / turns, (total[event] - writer[event]) / turns
    if event == 'task-clock':
        print(f"  CPU (us)                   writer {own * 1000:8.1f}   other threads {rest * 1000:8.1f}   writer / others {own / max(rest, 1e-12):.3f}")
    else:
        print(f"  {event:26s} writer {own:8.2f}   other threads {rest:8.2f}")
