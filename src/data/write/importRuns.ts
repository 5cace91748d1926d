import type { Tx } from '../database.js';
import { KEPT_PLAN } from './keptPlan.js';

/**
 * Where an import of one file (known by the SHA-256 of its bytes) has got to: every line up to `line`
 * is committed. It is saved in each batch's own transaction, so it never runs ahead of or behind the
 * graph. ImportRun nodes are not Entities: reads and exports never meet them.
 */
export interface ImportRun {
  fileHash: string;
  line: number;
  complete: boolean;
  /** Records refused since the run over this file began, including runs that were interrupted. */
  refused: number;
}

export async function readImportRun(tx: Tx, fileHash: string): Promise<ImportRun | null> {
  const [row] = await tx.run(
    'MATCH (r:ImportRun {fileHash: $fileHash}) RETURN r {.fileHash, .line, .complete, .refused} AS run',
    { fileHash },
  );
  return (row?.run as ImportRun | undefined) ?? null;
}

export async function saveImportRun(tx: Tx, run: ImportRun & { file: string }, actor: string): Promise<void> {
  await tx.run(
    `${KEPT_PLAN}
     MERGE (r:ImportRun {fileHash: $run.fileHash})
     SET r.file = $run.file, r.line = $run.line, r.complete = $run.complete, r.refused = $run.refused,
         r.updatedAt = datetime(), r.updatedBy = $actor`,
    { run, actor },
  );
}

/** Which file an import reads, for what it remembers of that file's earlier runs. */
export interface ImportedFrom {
  /** The file's name: a file edited since its last run is still the same file. */
  file: string;
  /** Whether this very content ran completely before, so every record it holds was written or seen by it. */
  rerun: boolean;
}

/**
 * For the records of `ids` that are held: the version each is at now, read under its write lock (so it
 * cannot move before this transaction writes), and the version a file of this name last wrote or found
 * there (null if it never met the record). ImportedRecord nodes are not Entities, like ImportRun.
 */
export async function importedVersions(tx: Tx, file: string, ids: string[]) {
  if (!ids.length) return new Map<string, { current: string; wrote: string | null }>();
  const rows = await tx.run(
    `${KEPT_PLAN}
     UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     SET n.versionLock = true REMOVE n.versionLock
     WITH id, n
     OPTIONAL MATCH (m:ImportedRecord {file: $file, recordId: id})
     RETURN id, n.recordHash AS current, m.hash AS wrote`,
    { ids, file },
  );
  return new Map(rows.map((r) => [r.id as string, { current: r.current as string, wrote: r.wrote as string | null }]));
}

/** Remembers the version a file of this name left each record at (written, or found already so). */
export async function rememberImported(tx: Tx, file: string, marks: Array<{ id: string; hash: string }>): Promise<void> {
  if (!marks.length) return;
  await tx.run(
    `${KEPT_PLAN}
     UNWIND $marks AS m
     MERGE (r:ImportedRecord {file: $file, recordId: m.id})
     WITH r, m WHERE r.hash IS NULL OR r.hash <> m.hash
     SET r.hash = m.hash`,
    { marks, file },
  );
}
