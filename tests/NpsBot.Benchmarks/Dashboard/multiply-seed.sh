#!/usr/bin/env bash
# Multiplies a seed-demo database in SQL, for the 1M-row dashboard measurement:
#   multiply-seed.sh DB COPIES SHIFT_DAYS
# (run it again to add more copies: it numbers the new ones after those already there).
# Each copy k (1..COPIES) repeats every seeded conversation (conversation, transcript lines, response, follow-up
# response, case and its events) under new keys ("-kK" appended) with all of its times moved back by the same number
# of days, drawn per conversation and copy from 0..SHIFT_DAYS-1 (so a case keeps its SLA figures and its follow-up its
# delay, and nothing moves into the future). seed-demo over 365 days then 9 copies shifted by up to 365 days gives ten
# times the rows over two years, with days, channels, locales, themes and scores mixed as a real seed mixes them.
# Transcript lines name their conversation by number (copies numbered after the highest).
# The rollup triggers run as usual and the copied people's lines are indexed for search (as their writers do since
# IndexLinesAtCommit, IndexLinesBySecond): response_day_counts, response_period_counts and transcript_fts stay equal to the rows.
# Why: seed-demo writes about 1,000 conversations per CPU-second through ADO.NET (one statement per row); SQLite copies
# rows about ten times faster, which is what makes a 1M-row database on a shared 2-core machine a matter of minutes.
set -euo pipefail
db=${1:?usage: multiply-seed.sh DB COPIES SHIFT_DAYS}
copies=${2:?copies}
shift_days=${3:?shift days}
base="SELECT count(*) FROM conversations WHERE conversation_key LIKE '%demo-%' AND conversation_key NOT GLOB '*-k[0-9]*'"
first=$(sqlite3 "$db" "SELECT 1 + (SELECT count(*) FROM conversations WHERE conversation_key GLOB '*-k[0-9]*') / max(1, ($base))")

# One time column (Unix milliseconds: transcript lines, and since the migration IntegerTimes every time of these
# tables) moved back by the conversation's shift (s.d days); a null stays null.
moved() { echo "$1 - s.d * 86400000"; }

for k in $(seq "$first" $((first + copies - 1))); do
  sfx="'-k$k'"
  sqlite3 -bail "$db" <<SQL
PRAGMA synchronous=NORMAL;
PRAGMA cache_size=-262144;
BEGIN;
CREATE TEMP TABLE s AS SELECT conversation_key AS k, number AS n, (SELECT max(number) FROM conversations) + row_number() OVER (ORDER BY number) AS new_n,
       abs(random()) % $shift_days AS d FROM conversations WHERE conversation_key LIKE '%demo-%' AND conversation_key NOT GLOB '*-k[0-9]*';
CREATE UNIQUE INDEX temp.s_k ON s(k);
CREATE UNIQUE INDEX temp.s_n ON s(n);
INSERT INTO conversations (conversation_key, number, channel_id, customer_id, customer_name, locale, mode, state_json, version, created_at, updated_at)
SELECT c.conversation_key || $sfx, s.new_n, c.channel_id, c.customer_id, c.customer_name, c.locale, c.mode, c.state_json, c.version,
       $(moved c.created_at), $(moved c.updated_at)
FROM conversations c JOIN s ON s.k = c.conversation_key;
INSERT INTO transcript_entries (conversation_number, direction, activity_id, type, text, raw_text, from_id, from_name, at)
SELECT s.new_n, t.direction, t.activity_id, t.type, t.text, t.raw_text, t.from_id, t.from_name, $(moved t.at)
FROM transcript_entries t JOIN s ON s.n = t.conversation_number ORDER BY t.id;
-- The lines' writer indexes the people's lines after the search index's mark and moves it (migration IndexLinesBySecond).
INSERT INTO transcript_fts (rowid, text)
SELECT t.id, t.text FROM transcript_entries t
WHERE t.id > (SELECT line_id FROM transcript_fts_mark) AND t.text IS NOT NULL AND (t.direction = 'in' OR substr(t.activity_id, 1, 9) = 'desk|msg|');
UPDATE transcript_fts_mark SET line_id = MAX(line_id, (SELECT COALESCE(MAX(id), 0) FROM transcript_entries));
INSERT INTO survey_responses (response_key, conversation_key, channel_id, customer_id, customer_name, locale, score, category, reason,
       follow_up_question, follow_up_answer, wants_contact, theme, theme_confidence, theme_guess, confirmed_theme, theme_changed, sentiment,
       escalation_reasons, remedies_offered, remedy, handoff_reason, case_key, follow_up_of_case_key, outcome, started_at, updated_at, completed_at, event_id)
SELECT r.response_key || $sfx, r.conversation_key || $sfx, r.channel_id, r.customer_id, r.customer_name, r.locale, r.score, r.category, r.reason,
       r.follow_up_question, r.follow_up_answer, r.wants_contact, r.theme, r.theme_confidence, r.theme_guess, r.confirmed_theme, r.theme_changed, r.sentiment,
       r.escalation_reasons, r.remedies_offered, r.remedy, r.handoff_reason, r.case_key || $sfx, r.follow_up_of_case_key || $sfx, r.outcome,
       $(moved r.started_at), $(moved r.updated_at), $(moved r.completed_at), NULL
FROM survey_responses r JOIN s ON s.k = r.conversation_key ORDER BY r.id;
INSERT INTO cases (case_key, response_key, conversation_key, channel_id, customer_id, status, priority, score, theme, escalation_reasons, handoff_reason,
       remedies_offered, remedy, package_json, assignee, assignee_name, opened_at, first_contact_due, resolution_due, first_contact_at, resolved_at,
       root_cause, action_taken, overdue, updated_at, first_contact_seconds, resolution_seconds, business_first_contact_seconds, business_resolution_seconds,
       helped_by_id, helped_by_name, help_rating, help_rating_agent_id, help_rating_agent_name, help_rated_at, follow_up_due_at, follow_up_response_key,
       follow_up_score, follow_up_at, case_steps)
SELECT c.case_key || $sfx, c.response_key || $sfx, c.conversation_key || $sfx, c.channel_id, c.customer_id, c.status, c.priority, c.score, c.theme,
       c.escalation_reasons, c.handoff_reason, c.remedies_offered, c.remedy, c.package_json, c.assignee, c.assignee_name,
       $(moved c.opened_at), $(moved c.first_contact_due), $(moved c.resolution_due), $(moved c.first_contact_at), $(moved c.resolved_at),
       c.root_cause, c.action_taken, c.overdue, $(moved c.updated_at), c.first_contact_seconds, c.resolution_seconds,
       c.business_first_contact_seconds, c.business_resolution_seconds, c.helped_by_id, c.helped_by_name, c.help_rating, c.help_rating_agent_id,
       c.help_rating_agent_name, $(moved c.help_rated_at), $(moved c.follow_up_due_at), c.follow_up_response_key || $sfx, c.follow_up_score, $(moved c.follow_up_at), 0
FROM cases c JOIN s ON s.k = c.conversation_key ORDER BY c.id;
INSERT INTO case_events (case_id, kind, actor, at, detail)
SELECT n.id, e.kind, e.actor, $(moved e.at), e.detail
FROM case_events e JOIN cases c ON c.id = e.case_id JOIN s ON s.k = c.conversation_key JOIN cases n ON n.case_key = c.case_key || $sfx ORDER BY e.id;
DROP TABLE s;
COMMIT;
SQL
  echo "copy $k (up to $((first + copies - 1))): $(sqlite3 "$db" 'SELECT count(*) FROM survey_responses') responses"
done
sqlite3 "$db" "PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
