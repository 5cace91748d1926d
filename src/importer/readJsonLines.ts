import fs from 'node:fs';

export interface ParsedLines {
  records: unknown[];
  /** Lines that are not JSON, by 1-based line number. */
  malformed: Array<{ line: number; message: string }>;
}

/** Reads a JSON Lines file; blank lines and lines starting with `//` are skipped but keep their numbers. */
export function readJsonLines(file: string): ParsedLines {
  const records: unknown[] = [];
  const malformed: ParsedLines['malformed'] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith('//')) return;
      try {
        records.push(JSON.parse(trimmed));
      } catch (e) {
        malformed.push({ line: i + 1, message: `not valid JSON: ${(e as Error).message}` });
      }
    });
  return { records, malformed };
}
