import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** The SDL, split by domain area in schema/*.graphql, read in a stable order. */
export function loadTypeDefs(): string {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'))
    .join('\n');
}
