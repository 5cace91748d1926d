import type { Row, Tx } from '../../data/database.js';
import { CHANGES_ORDER, listChanges } from '../../data/read/changes.js';
import { listRetractions, RETRACTIONS_ORDER } from '../../data/read/retractions.js';
import { applyRecords } from '../../data/write/applyRecords.js';
import { lockedVersion } from '../../data/write/versions.js';
import { patchedRecord } from '../../data/write/patchRecord.js';
import { restoreRecords, retractRecords, type RestoreProblem, type RetractionProblem } from '../../data/write/retractions.js';
import { refusal } from '../../errors.js';
import { RECORD_TYPES } from '../../model/index.js';
import { parsePartialDate } from '../../records/partialDate.js';
import type { RecordType } from '../../records/schemas.js';
import { requireEditor } from '../auth.js';
import type { RequestContext } from '../context.js';
import { compositeConnection, decodeCompositeAfter, keysetConnection, keysetWindow, pageSize, type PageArgs } from '../pagination.js';
import { inputToRecord, refusalError, withoutNulls } from '../recordInput.js';

/** Refuses a write based on a version the record no longer has; run under the record's lock. */
async function checkVersion(tx: Tx, id: unknown, ifVersion: string) {
  const current = typeof id === 'string' ? await lockedVersion(tx, id) : null;
  if (current === ifVersion) return;
  const said = current === null
    ? `"${String(id)}" does not exist, so it cannot be at version ${ifVersion}`
    : `"${String(id)}" has changed since version ${ifVersion} was read: read it again (it is at version ${current}) and send your edit on top`;
  throw refusal('CONFLICT', `${said}.`, 'ifVersion', { currentVersion: current });
}

/**
 * One record, one write transaction: a refusal is thrown inside the transaction, so it rolls back and
 * nothing of the record (nor of its audit entry) is left. With `ifVersion`, the record must still be at
 * that version, so an edit made meanwhile by someone else is never overwritten unseen.
 */
const upsert = (type: RecordType, payloadField: string) =>
  async (_root: unknown, args: { input: Record<string, unknown>; ifVersion?: string | null }, ctx: RequestContext) => {
    const editor = requireEditor(ctx);
    const result = await ctx.db.write(async (tx) => {
      if (args.ifVersion != null) await checkVersion(tx, args.input.id, args.ifVersion);
      const [written] = await applyRecords(tx, [inputToRecord(type, args.input)], { actor: editor });
      if (written.outcome === 'refused') throw refusalError(written, 'input');
      return written;
    });
    const id = result.id!;
    return { outcome: result.outcome.toUpperCase(), [payloadField]: await ctx.loaders.node.clear(id).load(id) };
  };

/**
 * Changes only the fields given: the record is read and written under its write lock in one transaction,
 * so a concurrent edit of other fields is kept, not overwritten with what this patch read. The result is
 * validated and audited as a whole record, like an upsert.
 */
const patch = (type: RecordType, payloadField: string) =>
  async (_root: unknown, args: { id: string; set: Record<string, unknown>; ifVersion?: string | null }, ctx: RequestContext) => {
    const editor = requireEditor(ctx);
    const result = await ctx.db.write(async (tx) => {
      const current = await lockedVersion(tx, args.id);
      if (current === null) throw refusal('NOT_FOUND', `No record has the id "${args.id}"; create it with upsert${type} first.`, 'id');
      if (args.ifVersion != null) await checkVersion(tx, args.id, args.ifVersion);
      const set = Object.fromEntries(Object.entries(args.set).map(([k, v]) => [k, v === null ? null : withoutNulls(v)]));
      const record = await patchedRecord(tx, type, args.id, set);
      if (!record) throw refusal('BAD_USER_INPUT', `"${args.id}" is not a ${type}.`, 'id');
      const [written] = await applyRecords(tx, [record], { actor: editor });
      if (written.outcome === 'refused') throw refusalError(written, 'set');
      return written;
    });
    return { outcome: result.outcome.toUpperCase(), [payloadField]: await ctx.loaders.node.clear(args.id).load(args.id) };
  };

function retractionRefusal(problems: RetractionProblem[], ids: string[]) {
  const at = (id: string) => `records[${ids.indexOf(id)}]`;
  const p = problems[0];
  if (p.kind === 'missing') {
    return p.retracted
      ? refusal('BAD_USER_INPUT', `"${p.id}" is already retracted.`, `${at(p.id)}.id`)
      : refusal('NOT_FOUND', `No record has the id "${p.id}".`, `${at(p.id)}.id`);
  }
  if (p.kind === 'conflict') {
    return refusal('CONFLICT', `"${p.id}" has changed since the version you read: read it again (it is at version ${p.currentVersion}).`, `${at(p.id)}.ifVersion`, { currentVersion: p.currentVersion });
  }
  const relied = problems.filter((q): q is Extract<RetractionProblem, { kind: 'reliedOn' }> => q.kind === 'reliedOn');
  const said = relied.map((q) => `"${q.id}" is relied on by ${q.by.slice(0, 10).join(', ')}${q.count > 10 ? ` and ${q.count - 10} more` : ''}`);
  return refusal(
    'BAD_USER_INPUT',
    `${said.join('; ')}: retract those in the same call, or change them so they no longer point to it.`,
    `${at(relied[0].id)}.id`,
    { reliedOnBy: Object.fromEntries(relied.map((q) => [q.id, q.by])), reliedOnCount: Object.fromEntries(relied.map((q) => [q.id, q.count])) },
  );
}

function restoreRefusal(problems: RestoreProblem[], ids: string[]) {
  const p = problems[0];
  if (p.kind === 'notRetracted') return refusal('NOT_FOUND', `"${p.id}" is not a retracted record.`, `ids[${ids.indexOf(p.id)}]`);
  return refusalError(p.result, `ids[${ids.indexOf(p.result.id!)}]`);
}

function givenReason(reason: string | null | undefined, required: boolean): string | null {
  const trimmed = reason?.trim() ?? '';
  if (required && !trimmed) throw refusal('BAD_USER_INPUT', 'Say why the records are retracted: the reason stays in the audit trail.', 'reason');
  return trimmed || null;
}

/** A day (YYYY-MM-DD) covers the whole day; a date-time is taken as given. */
function instant(value: string, field: 'from' | 'to'): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parsePartialDate(value) : null;
  if (day) {
    const start = new Date(`${day.date}T00:00:00Z`);
    if (field === 'to') start.setUTCDate(start.getUTCDate() + 1);
    return start.toISOString();
  }
  const time = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) {
    throw refusal('BAD_USER_INPUT', `"${value}" is neither a date (YYYY-MM-DD) nor an ISO 8601 date-time.`, field);
  }
  return new Date(field === 'to' ? time + 1 : time).toISOString();
}

/** `upsert<Type>` and `patch<Type>` of every record type the model declares; each answers the record under its type's name. */
const writesOfEveryRecordType = Object.fromEntries(
  RECORD_TYPES.flatMap(({ label: name }) => {
    const payloadField = name[0].toLowerCase() + name.slice(1);
    return [
      [`upsert${name}`, upsert(name, payloadField)],
      [`patch${name}`, patch(name, payloadField)],
    ];
  }),
);

interface ChangeArgs extends PageArgs {
  recordId?: string | null;
  by?: string | null;
  from?: string | null;
  to?: string | null;
}

export const editingResolvers = {
  Mutation: {
    ...writesOfEveryRecordType,
    retractRecords: async (_root: unknown, args: { records: Array<{ id: string; ifVersion?: string | null }>; reason: string }, ctx: RequestContext) => {
      const editor = requireEditor(ctx);
      const reason = givenReason(args.reason, true)!;
      const ids = args.records.map((r) => r.id);
      await ctx.db.write(async (tx) => {
        const problems = await retractRecords(tx, args.records, reason, editor);
        if (problems.length) throw retractionRefusal(problems, ids);
      });
      ids.forEach((id) => ctx.loaders.node.clear(id));
      return { retracted: [...new Set(ids)] };
    },
    restoreRecords: async (_root: unknown, args: { ids: string[]; reason?: string | null }, ctx: RequestContext) => {
      const editor = requireEditor(ctx);
      const ids = [...new Set(args.ids)];
      await ctx.db.write(async (tx) => {
        const problems = await restoreRecords(tx, ids, givenReason(args.reason, false), editor);
        if (problems.length) throw restoreRefusal(problems, ids);
      });
      return { restored: await Promise.all(ids.map((id) => ctx.loaders.node.clear(id).load(id))) };
    },
  },
  Query: {
    retractions: async (_root: unknown, args: PageArgs, ctx: RequestContext) => {
      const { after, limit } = keysetWindow(args, ctx.config.maxPageSize, RETRACTIONS_ORDER, 'datetime');
      return keysetConnection(await ctx.db.read((tx) => listRetractions(tx, after, limit)), RETRACTIONS_ORDER, after);
    },
    changes: async (_root: unknown, args: ChangeArgs, ctx: RequestContext) => {
      const limit = pageSize(args.first, ctx.config.maxPageSize);
      const key = args.after ? decodeCompositeAfter(args.after, CHANGES_ORDER.scope, CHANGES_ORDER.values) : null;
      if (key && Number.isNaN(Date.parse(String(key[0])))) {
        throw refusal('BAD_USER_INPUT', 'This cursor was not issued by this server; pass an endCursor from an earlier page.', 'after');
      }
      const after = key && { at: String(key[0]), recordId: String(key[1]), element: String(key[2]) };
      const filter = {
        recordId: args.recordId,
        by: args.by,
        from: args.from ? instant(args.from, 'from') : null,
        until: args.to ? instant(args.to, 'to') : null,
      };
      return compositeConnection(await ctx.db.read((tx) => listChanges(tx, filter, after, limit)), CHANGES_ORDER.scope, after);
    },
  },
  Change: {
    entity: (change: Row, _args: unknown, ctx: RequestContext) => ctx.loaders.node.load(change.recordId),
  },
};
