#!/usr/bin/env python3
"""Which tables and indexes a SQLite WAL's commits wrote: the frames of the WAL's current generation (those with its
header's salts, up to its last commit frame) counted per b-tree, with the commits they belong to.

Take a consistent copy of a running server's database first (pause it so that the file and its WAL match):
    kill -STOP <server PID>; cp <data>/npsbot.db copy.db; cp <data>/npsbot.db-wal copy.db-wal; kill -CONT <server PID>
    python3 tests/NpsBot.Benchmarks/disk/wal-frames.py copy.db [rows=25]
A copy of the copy is opened (which replays its WAL, and checkpoints it when closed) to map page numbers to names
with SQLite's dbstat table; the files given are left as they are.
"""
import collections, os, shutil, sqlite3, struct, sys, tempfile

path = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 25
wal = open(path + '-wal', 'rb').read()
_, _, page_size, _, salt1, salt2, _, _ = struct.unpack('>8I', wal[:32])
frame_size = 24 + page_size
frames, offset = [], 32
while offset + frame_size <= len(wal):
    page, commit_size, s1, s2 = struct.unpack('>4I', wal[offset:offset + 16])
    if (s1, s2) != (salt1, salt2):
        break
    frames.append((page, commit_size))
    offset += frame_size
commits = [i for i, (_, size) in enumerate(frames) if size]
if not commits:
    sys.exit('no commit in the WAL')
frames = frames[:commits[-1] + 1]

with tempfile.TemporaryDirectory() as scratch:
    copy = os.path.join(scratch, 'copy.db')
    shutil.copy(path, copy)
    shutil.copy(path + '-wal', copy + '-wal')
    db = sqlite3.connect(copy)
    name_of = {page: name for name, page in db.execute('SELECT name, pageno FROM dbstat')}
    db.close()
written = collections.Counter(name_of.get(page, '?') for page, _ in frames)
distinct = collections.Counter(name_of.get(page, '?') for page in {page for page, _ in frames})
print(f'{len(frames)} frames in {len(commits)} commits: {len(frames) / len(commits):.1f} pages per commit')
print(' share  per commit  distinct pages  table or index')
for name, count in written.most_common(rows):
    print(f'{count * 100 / len(frames):5.1f}%  {count / len(commits):10.1f}  {distinct[name]:14d}  {name[:100]}')
