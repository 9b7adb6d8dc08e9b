#!/usr/bin/env python3
"""What storing times as integers would save: rebuilds a copy of an NpsBot SQLite database with every column that holds
ISO text times ('yyyy-MM-dd HH:mm:ss[.fffffff]') as Unix milliseconds (INTEGER), the same rows and indexes, and
without triggers and FTS; with --keep-times the same rebuild leaves the times as text, for the baseline. VACUUM both and
compare their tables' bytes (dbstat).

    python3 integer-times.py npsbot.db plain.db --keep-times
    python3 integer-times.py npsbot.db integer.db
    for f in plain integer; do sqlite3 $f.db VACUUM; sqlite3 $f.db "SELECT t.tbl_name, sum(pgsize) FROM dbstat s
      JOIN sqlite_schema t ON t.name = s.name GROUP BY t.tbl_name ORDER BY 2 DESC"; done
"""
import datetime
import re
import sqlite3
import sys

ISO_TIME = re.compile(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$')


def unix_ms(value):
    if not isinstance(value, str) or not ISO_TIME.match(value):
        return value
    seconds, _, fraction = value.partition('.')
    at = datetime.datetime.strptime(seconds, '%Y-%m-%d %H:%M:%S').replace(tzinfo=datetime.timezone.utc)
    return int(at.timestamp() * 1000) + (int((fraction + '000')[:3]) if fraction else 0)


def main(source_path, target_path, convert):
    source, target = sqlite3.connect(source_path), sqlite3.connect(target_path)
    tables = [row[0] for row in source.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'transcript_fts%'")]
    for table in tables:
        columns = source.execute(f'PRAGMA table_info("{table}")').fetchall()
        times = set()
        for _, name, declared, _, _, _ in columns:
            sample = source.execute(f'SELECT "{name}" FROM "{table}" WHERE "{name}" IS NOT NULL LIMIT 1').fetchone()
            if convert and declared.upper() == 'TEXT' and sample and isinstance(sample[0], str) and ISO_TIME.match(sample[0]):
                times.add(name)
        single_key = sum(1 for column in columns if column[5]) == 1
        definitions = ', '.join(
            f'"{name}" {"INTEGER" if name in times else declared}'
            + (' PRIMARY KEY' if key == 1 and single_key and declared.upper() == 'INTEGER' else '')
            for _, name, declared, _, _, key in columns)
        target.execute(f'CREATE TABLE "{table}" ({definitions})')
        names = ', '.join(f'"{column[1]}"' for column in columns)
        positions = {i for i, column in enumerate(columns) if column[1] in times}
        rows = source.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid')
        target.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(columns))})',
                           (tuple(unix_ms(v) if i in positions else v for i, v in enumerate(row)) for row in rows))
        if times:
            print(table, sorted(times))
    for (sql,) in source.execute("SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"):
        target.execute(sql)
    target.commit()


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], '--keep-times' not in sys.argv[3:])
