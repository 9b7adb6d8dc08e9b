#!/usr/bin/env bash
# The server arguments that fix the team's business hours for a benchmark run, printed on one line. A detractor's handoff
# does more in business hours (the customer's place in the queue is counted) than outside them, so a run's figures
# depended on the time of day it started (4 December 2026: 649 turns/s at noon against 1,604 with the day made a
# holiday, back to back, before the queue's count read an index). HOURS=open (the default): open every day around the
# clock, the heavier path, the same at any hour; HOURS=configured: appsettings' hours (Monday-Friday 09:00-17:00 UTC).
case "${HOURS:-open}" in
  open) echo "--Recovery:Sla:Hours:Workdays:5=Saturday --Recovery:Sla:Hours:Workdays:6=Sunday --Recovery:Sla:Hours:Opens=00:00 --Recovery:Sla:Hours:Closes=23:59:59.9999999" ;;
  configured) echo "" ;;
  *) echo "HOURS must be open or configured" >&2; exit 1 ;;
esac
