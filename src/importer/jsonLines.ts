import { createHash } from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import type { ImportItem } from './importRecords.js';

function lines(file: string) {
  return readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
}

/**
 * The records of a JSON Lines file, one line at a time (a file of a million lines is never held whole).
 * Blank lines and lines starting with `//` are skipped but keep their numbers; lines up to `afterLine`
 * are skipped without being parsed.
 */
export async function* jsonLines(file: string, afterLine = 0): AsyncGenerator<ImportItem> {
  let line = 0;
  for await (const text of lines(file)) {
    line++;
    if (line <= afterLine) continue;
    const trimmed = text.trim();
    if (!trimmed || trimmed.startsWith('//')) continue;
    try {
      yield { line, record: JSON.parse(trimmed) };
    } catch (e) {
      yield { line, malformed: `not valid JSON: ${(e as Error).message}` };
    }
  }
}

/** The SHA-256 of a file's bytes and its number of lines, read as a stream. */
export async function fileDigest(file: string): Promise<{ sha256: string; lines: number }> {
  const hash = createHash('sha256');
  let newlines = 0;
  let last = 0x0a;
  for await (const chunk of fs.createReadStream(file)) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) newlines++;
    if (bytes.length) last = bytes[bytes.length - 1];
  }
  return { sha256: hash.digest('hex'), lines: newlines + (last === 0x0a ? 0 : 1) };
}
