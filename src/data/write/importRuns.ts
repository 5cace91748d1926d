import type { Tx } from '../database.js';

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
    `MERGE (r:ImportRun {fileHash: $run.fileHash})
     SET r.file = $run.file, r.line = $run.line, r.complete = $run.complete, r.refused = $run.refused,
         r.updatedAt = datetime(), r.updatedBy = $actor`,
    { run, actor },
  );
}
