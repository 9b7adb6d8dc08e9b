#!/usr/bin/env bash
# Adds the migration NAME for both providers: SQLite (NpsBotDbContext, Migrations/Sqlite) and PostgreSQL
# (PostgresDbContext, Migrations/Postgres). One model, two migration sets: EF Core keeps a context's migrations by
# its type, so each provider has its context type and its folder. Works on a clean checkout (restores dotnet-ef).
#   scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}
dotnet tool restore >/dev/null
common=(--project src/NpsBot.Storage --startup-project src/NpsBot.Storage)
dotnet ef migrations add "$name" "${common[@]}" --context NpsBotDbContext --output-dir Migrations/Sqlite --namespace NpsBot.Storage.Migrations.Sqlite
dotnet ef migrations add "$name" "${common[@]}" --no-build --context PostgresDbContext --output-dir Migrations/Postgres --namespace NpsBot.Storage.Migrations.Postgres
# With no snapshot yet (a first migration), dotnet-ef writes it in a folder named after the namespace: move it home.
for provider in Sqlite Postgres; do
  stray=src/NpsBot.Storage/NpsBot/Storage/Migrations/$provider
  if [ -d "$stray" ]; then mv "$stray"/*.cs "src/NpsBot.Storage/Migrations/$provider/"; fi
done
rm -rf src/NpsBot.Storage/NpsBot
