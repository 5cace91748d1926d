import type { Database } from '../data/database.js';
import type { Label } from '../data/labels.js';
import { dependencies, egoIds, entityCount, idPage, labelsOf, selfLinked } from '../data/read/subgraph.js';
import { RECORD_SPECS } from '../data/write/recordSpecs.js';
import { refusal } from '../errors.js';
import type { RecordType } from '../records/schemas.js';
import { dependencyOrder } from './order.js';
import { RECORD_TYPES } from './shape.js';

export interface ExportScope {
  around?: string | null;
  depth?: number | null;
  ids?: readonly string[] | null;
}

/** What to export, in an order an import can read back: referenced records before those that refer to them. */
export interface ExportPlan {
  types: RecordType[];
  /** Whether an id is exported; null when everything is. */
  contains: ((id: string) => boolean) | null;
  /** The ids in order, a chunk at a time; can be walked more than once. */
  chunks(): AsyncGenerator<string[]>;
}

const CHUNK = 1000;
const rank = (label: string) => RECORD_TYPES.indexOf(label as RecordType);

/** Relationships from a type to its own type (renderings, reaffirmations, parent bodies): order within the type follows them. */
function selfRels(type: RecordType): string[] {
  return RECORD_SPECS[type].links.filter((l) => l.targets.includes(RECORD_SPECS[type].label)).map((l) => l.rel);
}

function tooLarge(count: string, limit: number) {
  return refusal(
    'BAD_USER_INPUT',
    `${count} entities are more than the API exports at once (${limit.toLocaleString('en-US')}); narrow the scope or run npm run export.`,
    'scope',
  );
}

async function chosenIds(db: Database, scope: ExportScope, limit: number): Promise<string[]> {
  if (scope.around) {
    const depth = scope.depth ?? 1;
    if (depth !== 1 && depth !== 2) throw refusal('BAD_USER_INPUT', 'depth is 1 or 2 relationships.', 'scope.depth');
    const ids = await db.read((tx) => egoIds(tx, scope.around!, depth, limit));
    if (!ids.length) throw refusal('NOT_FOUND', `No entity has the id "${scope.around}".`, 'scope.around');
    if (ids.length > limit) throw tooLarge('The ego network has more than', limit);
    return ids;
  }
  const ids = [...new Set(scope.ids)];
  if (!ids.length) throw refusal('BAD_USER_INPUT', 'Give at least one id, or leave ids out to export everything.', 'scope.ids');
  if (ids.length > limit) throw tooLarge(`${ids.length.toLocaleString('en-US')}`, limit);
  const held = await db.read((tx) => labelsOf(tx, ids));
  const missing = scope.ids!.findIndex((id) => !held.has(id));
  if (missing >= 0) throw refusal('BAD_USER_INPUT', `No entity has the id "${scope.ids![missing]}".`, `scope.ids[${missing}]`);
  return ids;
}

async function someOf(db: Database, ids: string[]): Promise<ExportPlan> {
  const deps = await db.read((tx) => dependencies(tx, ids));
  const order = dependencyOrder(deps.map((d) => ({ id: d.id, rank: rank(d.label), needs: d.needs })));
  const set = new Set(ids);
  return {
    types: RECORD_TYPES.filter((t) => deps.some((d) => d.label === t)),
    contains: (id) => set.has(id),
    async *chunks() {
      for (let i = 0; i < order.length; i += CHUNK) yield order.slice(i, i + CHUNK);
    },
  };
}

/** Everything, a type at a time and a page at a time, so a graph of millions is never held whole. */
function everything(db: Database): ExportPlan {
  return {
    types: RECORD_TYPES,
    contains: null,
    async *chunks() {
      for (const type of RECORD_TYPES) {
        const label = RECORD_SPECS[type].label as Label;
        const rels = selfRels(type);
        for (let after = ''; ; ) {
          const page = await db.read((tx) => idPage(tx, label, rels, after, CHUNK));
          if (page.length) yield page;
          if (page.length < CHUNK) break;
          after = page[page.length - 1];
        }
        if (!rels.length) continue;
        const linked = await db.read((tx) => selfLinked(tx, label, rels));
        const order = dependencyOrder(linked.map((l) => ({ id: l.id, rank: 0, needs: l.needs })));
        for (let i = 0; i < order.length; i += CHUNK) yield order.slice(i, i + CHUNK);
      }
    },
  };
}

/** Checks the scope and plans the export; `limit` caps the entities (the API's cap), null for none. */
export async function planExport(db: Database, scope: ExportScope | null | undefined, limit: number | null): Promise<ExportPlan> {
  if (scope?.around && scope.ids) throw refusal('BAD_USER_INPUT', 'Give around (an ego network) or ids, not both.', 'scope');
  if (scope?.around || scope?.ids) return someOf(db, await chosenIds(db, scope, limit ?? Number.MAX_SAFE_INTEGER));
  if (limit !== null) {
    const count = await db.read((tx) => entityCount(tx));
    if (count > limit) throw tooLarge(`The whole graph's ${count.toLocaleString('en-US')}`, limit);
  }
  return everything(db);
}
