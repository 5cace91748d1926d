import type { Database } from './database.js';
import { LABELS, type Label } from './labels.js';
import { LISTS } from './read/lists.js';

/**
 * Uniqueness constraints back every key a write merges on (so a retried write can never duplicate),
 * and the indexes back the filters and sorts the API offers. All are idempotent.
 */
export function constraintStatements(): string[] {
  const perLabel = (Object.keys(LABELS) as Label[]).map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  const declared = [
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
    // stanceHolders reads a stance's holders in name order from this index (see write/holderNames.ts).
    'CREATE INDEX position_stance_holder IF NOT EXISTS FOR (n:Position) ON (n.stance, n.holderName)',
    'CREATE INDEX participation_role IF NOT EXISTS FOR (n:Participation) ON (n.role)',
    'CREATE INDEX round_start IF NOT EXISTS FOR (n:NegotiationRound) ON (n.start)',
    'CREATE INDEX name_value IF NOT EXISTS FOR (n:Name) ON (n.value)',
    'CREATE INDEX change_record IF NOT EXISTS FOR (c:Change) ON (c.recordId)',
    'CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)',
    'CREATE INDEX change_by IF NOT EXISTS FOR (c:Change) ON (c.by)',
    'CREATE CONSTRAINT import_run_file IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.fileHash IS UNIQUE',
    'CREATE CONSTRAINT retracted_id IF NOT EXISTS FOR (t:Retracted) REQUIRE t.id IS UNIQUE',
    // retractions pages newest first from this index.
    'CREATE INDEX retracted_at IF NOT EXISTS FOR (t:Retracted) ON (t.retractedAt)',
    'CREATE CONSTRAINT imported_record IF NOT EXISTS FOR (r:ImportedRecord) REQUIRE (r.file, r.recordId) IS UNIQUE',
    'CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Name|Statement) ON EACH [n.value, n.text, n.folded]',
  ];
  // A list pages by a range seek on its sort key, in index order: every sort on a property has an index.
  const covered = (label: string, property: string) =>
    declared.some((s) => s.includes(`FOR (n:${label}) ON (n.${property})`) || s.includes(`FOR (n:${label}) REQUIRE n.${property} IS UNIQUE`));
  const sortKeys = Object.values(LISTS).flatMap((spec) =>
    Object.values(spec.sorts).flatMap((sort) => {
      const property = /^n\.(\w+)$/.exec(sort)?.[1];
      return property && !covered(spec.label, property)
        ? [`CREATE INDEX ${spec.label.toLowerCase()}_${property.toLowerCase()} IF NOT EXISTS FOR (n:${spec.label}) ON (n.${property})`]
        : [];
    }),
  );
  return [...declared, ...sortKeys];
}

export async function applyConstraints(db: Database): Promise<void> {
  for (const statement of constraintStatements()) await db.runSchema(statement);
  await db.runSchema('CALL db.awaitIndexes(60)');
}
