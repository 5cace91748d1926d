import { createHash } from 'node:crypto';
import { storedProps } from '../../records/partialDate.js';
import { record as recordSchema, type ImportRecord, type RecordType } from '../../records/schemas.js';
import { researcherMessage } from '../../records/issueMessages.js';
import { crossFieldIssues, type FieldIssue } from '../../records/checks.js';
import { spanProblem } from '../../records/spans.js';
import { stanceDefinitionId } from '../../records/stanceIds.js';
import { fold } from '../../search/fold.js';
import type { Tx } from '../database.js';
import type { Label } from '../labels.js';
import { LEG_LINKS, legProps, RECORD_SPECS, specOf, type LinkSpec } from './recordSpecs.js';
import { UPSERT_CYPHER } from './upsertCypher.js';
import { KEPT_PLAN } from './keptPlan.js';
import { recordChanges } from './changes.js';
import { copyHolderNames } from './holderNames.js';
import { importedVersions, rememberImported, type ImportedFrom } from './importRuns.js';
import { heldRecords, overlay } from './patchRecord.js';
import { changedStanding, refreshMadeFor, standingOf, statementsResting } from './madeFor.js';

/**
 * `conflict`: an import line over a record changed since its file last ran; the record is kept as it is.
 * `retracted`: an import's Retraction line took its record out (retractions.ts).
 */
export type Outcome = 'created' | 'updated' | 'unchanged' | 'refused' | 'conflict' | 'retracted';

export interface RecordResult {
  index: number;
  id: string | null;
  type: string | null;
  outcome: Outcome;
  issues: FieldIssue[];
  /** For a conflict: the version the record is at, which the line would have overwritten. */
  currentVersion?: string;
}

export interface ApplyOptions {
  /** Who makes the change; recorded on every node written. */
  actor: string;
  /** Import files only: reads a Source's `textFile`. Without it, `textFile` is refused. */
  readTextFile?: (relativePath: string) => string;
  /** File imports only: the file, so a record edited since its last run is reported, not reverted. */
  importedFrom?: ImportedFrom;
  /** Restoring retracted records: their audit entries say so (and why), rather than CREATED. */
  auditedAs?: { outcome: 'RESTORED'; reason: string | null };
  /** The same inputs validated before their transaction began (parseAhead), by position. */
  parsedAhead?: ParsedAhead;
}

interface Candidate {
  index: number;
  record: ImportRecord;
  /** The record as given (a Source's textFile replaced by its text), for the audit trail. */
  written: Record<string, unknown>;
  hash: string;
  issues: FieldIssue[];
  existed: boolean;
  /** The version of a record this import line would revert (see importConflicts). */
  conflict?: string;
  /** What its statements are sent, when it was made ahead of the transaction (parseAhead). */
  rows?: ReturnType<typeof rows>;
}

interface Reference {
  path: Array<string | number>;
  id: string;
  targets: readonly Label[];
  /** What to say when it does not exist, where "add it first" would not say how. */
  missing?: string;
}

/** Keys sorted by code point, not by the machine's locale, so a record hashes the same on every machine. */
function canonicalHash(value: unknown): string {
  const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
  const canonical = JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(byKey)) : v,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? (value as string[]) : [value as string];
}

function linkRefs(owner: Record<string, unknown>, links: readonly LinkSpec[], prefix: Array<string | number>): Reference[] {
  return links.flatMap((l) =>
    asList(owner[l.field]).map((id, i) => ({
      path: Array.isArray(owner[l.field]) ? [...prefix, l.field, i] : [...prefix, l.field],
      id,
      targets: l.targets,
    })),
  );
}

function citationRefs(citations: Array<{ source: string }>, prefix: Array<string | number>): Reference[] {
  return citations.map((c, i) => ({ path: [...prefix, 'citations', i, 'source'], id: c.source, targets: ['Source'] as const }));
}

/** Every other record a record points to, with where it points from and what it may point at. */
function referencesOf(record: ImportRecord): Reference[] {
  const refs = linkRefs(record as Record<string, unknown>, specOf(record).links, []);
  if ('citations' in record) refs.push(...citationRefs(record.citations, []));
  if ('names' in record) record.names.forEach((n, i) => refs.push(...citationRefs(n.citations, ['names', i])));
  if (record.type === 'Position') {
    // A code is a reference to its definition: a position never holds a code the codebook does not define.
    const id = stanceDefinitionId(record.stance);
    refs.push({
      path: ['stance'],
      id,
      targets: ['StanceDefinition'],
      missing: `the stance code "${record.stance}" has no definition in the codebook: add it first (upsertStanceDefinition, or a StanceDefinition record "${id}" in the same import)`,
    });
  }
  if (record.type === 'EvacuationMovement') {
    record.legs.forEach((leg, i) => refs.push(...linkRefs(leg as Record<string, unknown>, LEG_LINKS, ['legs', i])));
  }
  return refs;
}

function parse(input: unknown, index: number, options: ApplyOptions): Candidate | RecordResult {
  const parsed = recordSchema.safeParse(input, { error: researcherMessage });
  const raw = input as { id?: unknown; type?: unknown } | null;
  const id = typeof raw?.id === 'string' ? raw.id : null;
  const type = typeof raw?.type === 'string' ? raw.type : null;
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path as Array<string | number>, message: i.message }));
    return { index, id, type, outcome: 'refused', issues };
  }
  const record = parsed.data;
  const written = { ...(input as Record<string, unknown>) };
  const issues = crossFieldIssues(record);
  if (record.type === 'Source' && record.textFile !== undefined) {
    if (!options.readTextFile) {
      issues.push({ path: ['textFile'], message: 'textFile is read only by the file import; send the text itself' });
    } else {
      try {
        record.text = options.readTextFile(record.textFile);
        delete record.textFile;
        written.text = record.text;
        delete written.textFile;
      } catch {
        issues.push({ path: ['textFile'], message: `cannot read "${record.textFile}" next to the import file` });
      }
    }
  }
  if (issues.length) return { index, id, type, outcome: 'refused', issues };
  return { index, record, written, hash: canonicalHash(record), issues: [], existed: false };
}

async function existingState(tx: Tx, ids: string[]) {
  const rows = await tx.run(
    `${KEPT_PLAN}
     UNWIND $ids AS id
     OPTIONAL MATCH (n:Entity {id: id})
     RETURN id, n.recordHash AS hash, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n:Source AS isSource,
            CASE WHEN n:Source THEN n.text END AS text, EXISTS { (:Retracted {id: id}) } AS retracted`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id as string, r as { hash: string | null; label: string | null; text: string | null; retracted: boolean }]));
}

/** Refuses records whose references are missing or of the wrong kind, until no refusal cascades further. */
function checkReferences(candidates: Candidate[], stored: Map<string, { label: string | null; retracted: boolean }>) {
  let changed = true;
  while (changed) {
    changed = false;
    const inBatch = new Map(candidates.filter((c) => !c.issues.length).map((c) => [c.record.id, specOf(c.record).label as string]));
    for (const c of candidates) {
      if (c.issues.length) continue;
      for (const ref of referencesOf(c.record)) {
        const label = inBatch.get(ref.id) ?? stored.get(ref.id)?.label ?? null;
        if (!label && stored.get(ref.id)?.retracted) c.issues.push({ path: ref.path, message: `"${ref.id}" was retracted (restore it first)` });
        else if (!label) c.issues.push({ path: ref.path, message: ref.missing ?? `"${ref.id}" does not exist (add it first)` });
        else if (!ref.targets.includes(label as Label)) {
          c.issues.push({ path: ref.path, message: `"${ref.id}" is a ${label}; expected ${ref.targets.join(' or ')}` });
        }
      }
      if (c.issues.length) changed = true;
    }
  }
}

function checkSpans(candidates: Candidate[], stored: Map<string, { text: string | null }>) {
  const batchTexts = new Map(
    candidates.flatMap((c) => (c.record.type === 'Source' && !c.issues.length ? [[c.record.id, c.record.text ?? null]] : [])),
  );
  for (const c of candidates) {
    if (c.issues.length || !('citations' in c.record)) continue;
    const quoted = c.record.type === 'Statement' ? c.record.text : null;
    const all = [
      ...c.record.citations.map((cit, i) => ({ cit, path: ['citations', i] as Array<string | number>, quoted })),
      ...('names' in c.record ? c.record.names : []).flatMap((n, j) =>
        n.citations.map((cit, i) => ({ cit, path: ['names', j, 'citations', i] as Array<string | number>, quoted: n.value })),
      ),
    ];
    for (const { cit, path, quoted: q } of all) {
      if (cit.start === undefined || cit.end === undefined) continue;
      const text = batchTexts.has(cit.source) ? batchTexts.get(cit.source) : stored.get(cit.source)?.text;
      if (text === null || text === undefined) {
        c.issues.push({ path: [...path, 'start'], message: `"${cit.source}" has no text held, so a span cannot point into it` });
        continue;
      }
      const problem = spanProblem(text, { start: cit.start, end: cit.end, match: cit.match as 'EXACT' }, q);
      if (problem) c.issues.push({ path: [...path, 'end'], message: problem });
    }
  }
}

/** Citations held in the graph whose span points into one of these sources, with what each must read. */
async function spannedCitations(tx: Tx, sourceIds: string[]) {
  if (!sourceIds.length) return [];
  return tx.run(
    `${KEPT_PLAN}
     UNWIND $sourceIds AS sid
     MATCH (:Source {id: sid})<-[c:CITES]-(f)
     WHERE c.start IS NOT NULL
     WITH sid, c, f, CASE WHEN f:Name THEN head([(e:Entity)-[:HAS_NAME]->(f) | e]) ELSE f END AS owner
     RETURN sid AS source, owner.id AS owner, CASE WHEN f:Name THEN f.value WHEN f:Statement THEN f.text END AS quoted,
            c.start AS start, c.end AS end, c.match AS match
     ORDER BY owner.id, c.seq`,
    { sourceIds },
  );
}

const SHOWN_BROKEN = 10;

/**
 * A source whose held text changes must not leave the spans that cite it pointing at other words: each
 * citation into it is read again in the new text, unless its record is rewritten in the same call (whose
 * new spans checkSpans has read in the new text). The source is refused with the citations that would
 * break; then whatever in the call counted on its new text is refused too, which may break another source's
 * change in turn, until nothing more falls.
 */
async function checkTextChanges(tx: Tx, candidates: Candidate[], stored: Map<string, { label: string | null; text: string | null }>) {
  const changing = candidates.filter(
    (c) => c.record.type === 'Source' && !c.issues.length && stored.get(c.record.id)?.label && (c.record.text ?? null) !== stored.get(c.record.id)!.text,
  );
  const cited = await spannedCitations(tx, changing.map((c) => c.record.id));
  for (let fell = true; fell; ) {
    fell = false;
    const rewritten = new Set(candidates.filter((c) => !c.issues.length).map((c) => c.record.id));
    for (const c of changing) {
      if (c.issues.length) continue;
      const text = (c.record as { text?: string }).text ?? null;
      const broken = cited
        .filter((cit) => cit.source === c.record.id && !rewritten.has(cit.owner))
        .filter((cit) => text === null || spanProblem(text, { start: cit.start, end: cit.end, match: cit.match }, cit.quoted ?? null) !== null)
        .map((cit) => `${cit.owner} [${cit.start}, ${cit.end})`);
      if (!broken.length) continue;
      const listed = broken.slice(0, SHOWN_BROKEN).join(', ') + (broken.length > SHOWN_BROKEN ? ` and ${broken.length - SHOWN_BROKEN} more` : '');
      c.issues.push({
        path: ['text'],
        message: `${text === null ? 'removing' : 'changing'} the text would leave ${broken.length} citation${broken.length > 1 ? 's' : ''} pointing at other words (${listed}); send those records with their new spans in the same write`,
      });
      fell = true;
    }
    const refused = new Set(changing.filter((c) => c.issues.length).map((c) => c.record.id));
    for (const c of candidates) {
      if (c.issues.length || !('citations' in c.record)) continue;
      const all = [...c.record.citations, ...('names' in c.record ? c.record.names.flatMap((n) => n.citations) : [])];
      const relied = all.find((cit) => cit.start !== undefined && refused.has(cit.source));
      if (relied) {
        c.issues.push({ path: ['citations'], message: `its spans read the new text of "${relied.source}", whose change was refused` });
        fell = true;
      }
    }
  }
}

/**
 * What the statements of one record type are sent: the node's properties to the first, its links,
 * citations, names and legs to the second (only for records that changed). Each part goes once, as
 * sending the parameters is most of the import's own work.
 */
function rows(c: Candidate) {
  const spec = specOf(c.record);
  const r = c.record as Record<string, any>;
  const linksOf = (owner: Record<string, any>, links: readonly LinkSpec[]) =>
    Object.fromEntries(links.map((l) => [l.field, asList(owner[l.field])]));
  const node = { id: c.record.id, hash: c.hash, props: spec.props(r) };
  const owned = {
    id: c.record.id,
    links: linksOf(r, spec.links),
    citations: r.citations ?? [],
    names: (r.names ?? []).map((n: Record<string, any>) => ({
      props: {
        value: n.value,
        folded: fold(n.value),
        language: n.language,
        kind: n.kind,
        ...storedProps('validFrom', n.validFrom),
        ...storedProps('validTo', n.validTo),
      },
      citations: n.citations,
    })),
    legs: (r.legs ?? []).map((leg: Record<string, any>) => ({
      props: legProps(leg),
      links: linksOf(leg, LEG_LINKS),
    })),
  };
  return { node, owned };
}

/**
 * An import line would revert an edit when its record has moved on since its file last ran: it differs
 * from what a file of this name last left there (someone edited it since), or this very content ran
 * before and the record no longer reads as it does (an older file run again). Such lines are conflicts;
 * a record the file itself changed since its last run is written as usual.
 */
async function importConflicts(tx: Tx, from: ImportedFrom, candidates: Candidate[], stored: Map<string, { hash: string | null }>, unchanged: Set<Candidate>) {
  const over = candidates.filter((c) => !c.issues.length && !unchanged.has(c) && stored.get(c.record.id)?.hash);
  const versions = await importedVersions(tx, from.file, over.map((c) => c.record.id));
  for (const c of over) {
    const v = versions.get(c.record.id);
    if (!v || v.current === c.hash) continue;
    if (from.rerun || (v.wrote !== null && v.wrote !== v.current)) c.conflict = v.current;
  }
}

/** Lines validated ahead of their transaction: the record to write, or its refusal; none for a patch. */
export type ParsedAhead = Array<Candidate | RecordResult | undefined>;

const CHUNK = 100;

/**
 * Validates the lines of a batch before its transaction, as applyRecords would inside it, and makes
 * what their statements are sent, so that an import prepares one batch while Neo4j writes the one before. It yields to the event loop every
 * hundred lines, which lets the write under way go on meanwhile. A patch line is left to its
 * transaction: it needs the record as held then.
 */
export async function parseAhead(inputs: unknown[], options: ApplyOptions): Promise<ParsedAhead> {
  const parsed: ParsedAhead = [];
  for (let i = 0; i < inputs.length; i++) {
    if (i % CHUNK === CHUNK - 1) await new Promise((resolve) => setImmediate(resolve));
    const input = inputs[i];
    const line = input && typeof input === 'object' && 'mode' in input ? undefined : parse(input, i, options);
    if (line && 'record' in line && !line.issues.length) line.rows = rows(line);
    parsed.push(line);
  }
  return parsed;
}

type Line = { input: unknown } | { refused: RecordResult };

/**
 * An import line with `"mode": "patch"` gives only the fields it changes: they are laid over the record
 * held (read under its lock), and the whole record that results is checked and written like any other.
 */
async function withPatches(tx: Tx, inputs: unknown[]): Promise<Line[]> {
  const modeOf = (input: unknown) => (input && typeof input === 'object' && 'mode' in input ? (input as { mode: unknown }).mode : undefined);
  const patchIds = inputs.filter((i) => modeOf(i) === 'patch').map((i) => (i as { id?: unknown }).id).filter((id): id is string => typeof id === 'string');
  const held = await heldRecords(tx, [...new Set(patchIds)]);
  return inputs.map((input, index): Line => {
    const mode = modeOf(input);
    if (mode === undefined) return { input };
    const { mode: _mode, ...rest } = input as Record<string, unknown>;
    const id = typeof rest.id === 'string' ? rest.id : null;
    const type = typeof rest.type === 'string' ? rest.type : null;
    const refuse = (message: string, path: string[]): Line => ({ refused: { index, id, type, outcome: 'refused', issues: [{ path, message }] } });
    if (mode === 'replace') return { input: rest };
    if (mode !== 'patch') return refuse('mode is "patch" (only the fields given change) or "replace" (the default: the whole record)', ['mode']);
    const current = id === null ? undefined : held.get(id);
    if (!current) return refuse(`no record "${id}" is held to patch; send it whole to create it`, ['id']);
    if (current.type !== type) return refuse(`"${id}" is a ${String(current.type)}, not a ${type}`, ['type']);
    return { input: overlay(current, rest) };
  });
}

/**
 * Validates and writes records inside the caller's transaction. Refused records are reported and
 * nothing of them is written; the rest are written whole. Records may point to records earlier in the
 * same call or already in the graph.
 */
export async function applyRecords(tx: Tx, inputs: unknown[], options: ApplyOptions): Promise<RecordResult[]> {
  const lines = await withPatches(tx, inputs);
  // A copy of a line parsed ahead, as the checks below add to it and a retried transaction starts again.
  const ahead = (i: number) => {
    const p = options.parsedAhead?.[i];
    return p && 'record' in p ? { ...p, issues: [...p.issues] } : p;
  };
  const parsed = lines.map((line, i) =>
    'refused' in line ? line.refused : ((line.input === inputs[i] && ahead(i)) || parse(line.input, i, options)),
  );
  const candidates = parsed.filter((p): p is Candidate => 'record' in p);
  const ids = new Set<string>();
  const written = new Set<string>();
  for (const c of candidates) {
    if (written.has(c.record.id)) c.issues.push({ path: ['id'], message: `"${c.record.id}" appears twice in one batch` });
    written.add(c.record.id);
    ids.add(c.record.id);
    for (const ref of referencesOf(c.record)) ids.add(ref.id);
  }
  const stored = await existingState(tx, [...ids]);
  for (const c of candidates) {
    if (stored.get(c.record.id)?.retracted) {
      c.issues.push({ path: ['id'], message: `"${c.record.id}" was retracted; restore it (restoreRecords) before writing it again` });
    }
  }
  const unchanged = new Set(candidates.filter((c) => !c.issues.length && stored.get(c.record.id)?.hash === c.hash));
  if (options.importedFrom) await importConflicts(tx, options.importedFrom, candidates, stored, unchanged);
  const toCheck = candidates.filter((c) => !unchanged.has(c) && !c.conflict);
  checkReferences(toCheck, stored);
  checkSpans(toCheck, stored);
  await checkTextChanges(tx, toCheck, stored);

  const writable = toCheck.filter((c) => !c.issues.length);
  const byType = new Map<RecordType, Candidate[]>();
  for (const c of writable) byType.set(c.record.type, [...(byType.get(c.record.type) ?? []), c]);
  const types = (Object.keys(RECORD_SPECS) as RecordType[]).filter((t) => byType.has(t));
  const rowsOf = new Map(types.map((t) => [t, byType.get(t)!.map((c) => c.rows ?? rows(c))]));
  const hierarchy = writable.filter((c) => c.record.type === 'Office' || c.record.type === 'Organization').map((c) => c.record.id);
  const standingBefore = await standingOf(tx, hierarchy);
  const before = new Map<string, string | null>();
  for (const t of types) {
    const nodes = rowsOf.get(t)!.map((r) => r.node);
    for (const r of await tx.run(UPSERT_CYPHER[t].nodes, { rows: nodes, actor: options.actor })) before.set(r.id, r.before);
  }
  for (const c of writable) {
    c.existed = before.get(c.record.id) !== null;
    if (before.get(c.record.id) === c.hash) unchanged.add(c);
  }
  const changed = writable.filter((c) => !unchanged.has(c));
  for (const t of types) {
    const owned = rowsOf.get(t)!.filter((r) => before.get(r.node.id) !== r.node.hash).map((r) => r.owned);
    if (owned.length) await tx.run(UPSERT_CYPHER[t].links, { rows: owned });
  }
  await copyHolderNames(tx, changed.map((c) => c.record.id));
  const resting = await statementsResting(tx, changedStanding(hierarchy, standingBefore, await standingOf(tx, hierarchy)));
  await refreshMadeFor(tx, [...changed.filter((c) => c.record.type === 'Statement').map((c) => c.record.id), ...resting]);
  await recordChanges(
    tx,
    changed.map((c) => ({
      recordId: c.record.id,
      recordType: c.record.type,
      outcome: options.auditedAs?.outcome ?? (c.existed ? 'UPDATED' : 'CREATED'),
      hash: c.hash,
      record: JSON.stringify(c.written),
      reason: options.auditedAs?.reason ?? null,
    })),
    options.actor,
  );

  if (options.importedFrom) {
    const kept = candidates.filter((c) => !c.issues.length && !c.conflict).map((c) => ({ id: c.record.id, hash: c.hash }));
    await rememberImported(tx, options.importedFrom.file, kept);
  }

  const results = new Map<number, RecordResult>();
  for (const p of parsed) if (!('record' in p)) results.set(p.index, p);
  for (const c of candidates) {
    const outcome: Outcome = c.issues.length ? 'refused' : c.conflict ? 'conflict' : unchanged.has(c) ? 'unchanged' : c.existed ? 'updated' : 'created';
    const result: RecordResult = { index: c.index, id: c.record.id, type: c.record.type, outcome, issues: c.issues };
    results.set(c.index, c.conflict && !c.issues.length ? { ...result, currentVersion: c.conflict } : result);
  }
  return inputs.map((_, i) => results.get(i)!);
}
