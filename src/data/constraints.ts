import type { Database } from './database.js';
import { LABELS, type Label } from './labels.js';

/**
 * Uniqueness constraints back every key a write merges on (so a retried write can never duplicate),
 * and the indexes back the filters and sorts the API offers. All are idempotent.
 */
export function constraintStatements(): string[] {
  const perLabel = (Object.keys(LABELS) as Label[]).map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    ...perLabel,
    'CREATE CONSTRAINT country_iso2 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso2 IS UNIQUE',
    'CREATE CONSTRAINT country_iso3 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso3 IS UNIQUE',
    // Questions read a stance's label from its definition by code.
    'CREATE CONSTRAINT stance_code IF NOT EXISTS FOR (n:StanceDefinition) REQUIRE n.code IS UNIQUE',
    'CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date)',
    // whoSaidWhat reads an actor's statements newest first from this index, in its order (src/data/write/madeFor.ts).
    'CREATE INDEX made_for_actor_date IF NOT EXISTS FOR ()-[r:MADE_FOR]-() ON (r.actor, r.date)',
    'CREATE INDEX position_stance IF NOT EXISTS FOR (n:Position) ON (n.stance)',
    'CREATE INDEX participation_role IF NOT EXISTS FOR (n:Participation) ON (n.role)',
    'CREATE INDEX round_start IF NOT EXISTS FOR (n:NegotiationRound) ON (n.start)',
    'CREATE INDEX name_value IF NOT EXISTS FOR (n:Name) ON (n.value)',
    'CREATE INDEX change_record IF NOT EXISTS FOR (c:Change) ON (c.recordId)',
    'CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)',
    'CREATE INDEX change_by IF NOT EXISTS FOR (c:Change) ON (c.by)',
    'CREATE CONSTRAINT import_run_file IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.fileHash IS UNIQUE',
    'CREATE CONSTRAINT retracted_id IF NOT EXISTS FOR (t:Retracted) REQUIRE t.id IS UNIQUE',
    'CREATE CONSTRAINT imported_record IF NOT EXISTS FOR (r:ImportedRecord) REQUIRE (r.file, r.recordId) IS UNIQUE',
    'CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Name|Statement) ON EACH [n.value, n.text, n.folded]',
  ];
}

export async function applyConstraints(db: Database): Promise<void> {
  for (const statement of constraintStatements()) await db.runSchema(statement);
  await db.runSchema('CALL db.awaitIndexes(60)');
}
