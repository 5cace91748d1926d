import countries from 'i18n-iso-countries';
import type { ImportRecord } from './schemas.js';
import { lastDayOf, type StoredDate } from './partialDate.js';
import { stanceDefinitionId } from './stanceIds.js';

/** A problem with one field of one record, said so a researcher can fix it. */
export interface FieldIssue {
  path: Array<string | number>;
  message: string;
}

function endsBeforeStart(start?: StoredDate, end?: StoredDate): boolean {
  return Boolean(start && end && lastDayOf(end) < start.date);
}

/** A mapping names a code exactly when it claims an equivalent (EXACT or CLOSEST). */
function checkMapping(issues: FieldIssue[], ontology: string, code: string | undefined, quality: string) {
  if (quality === 'NONE' && code !== undefined) {
    issues.push({ path: [`${ontology}Quality`], message: `a ${ontology} code is given, so the quality is EXACT or CLOSEST, not NONE` });
  }
  if (quality !== 'NONE' && code === undefined) {
    issues.push({ path: [`${ontology}Code`], message: `a ${quality} mapping names the ${ontology} code it maps to` });
  }
}

function checkRange(issues: FieldIssue[], start: StoredDate | undefined, end: StoredDate | undefined, endField: string) {
  if (endsBeforeStart(start, end)) issues.push({ path: [endField], message: 'ends before it starts' });
}

/** Rules across fields that a per-field schema cannot express; the database is not consulted. */
export function crossFieldIssues(record: ImportRecord): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if ('names' in record) {
    record.names.forEach((n, i) => {
      if (endsBeforeStart(n.validFrom, n.validTo)) issues.push({ path: ['names', i, 'validTo'], message: 'ends before it starts' });
    });
  }
  switch (record.type) {
    case 'Country': {
      if (!countries.isValid(record.iso2)) {
        issues.push({ path: ['iso2'], message: `"${record.iso2}" is not an ISO 3166-1 alpha-2 country code` });
      } else if (countries.alpha2ToAlpha3(record.iso2) !== record.iso3) {
        issues.push({
          path: ['iso3'],
          message: `"${record.iso3}" does not match ${record.iso2}, whose alpha-3 code is ${countries.alpha2ToAlpha3(record.iso2)}`,
        });
      }
      if (record.id !== `country:${record.iso2}`) {
        issues.push({ path: ['id'], message: `a country's identifier is country:<alpha-2 code>, here country:${record.iso2}` });
      }
      break;
    }
    case 'Dateline':
      if (!record.citations.some((c) => c.source === record.source && c.start !== undefined)) {
        issues.push({ path: ['citations'], message: 'a dateline cites its own source at the span where the dateline is printed' });
      }
      break;
    case 'Organization':
    case 'Place': {
      const linked = [record.country && 'country', record.type === 'Organization' && record.parent && 'parent'].filter(Boolean);
      if (linked.length && !record.citations.length) {
        const what = `the ${record.type === 'Place' ? 'place' : 'organization'}'s ${linked.join(' and ')}`;
        issues.push({ path: ['citations'], message: `${what} ${linked.length > 1 ? 'are facts' : 'is a fact'}: cite the source that says so` });
      }
      break;
    }
    case 'NegotiationProcess':
      checkRange(issues, record.start, record.end, 'end');
      if (record.roundCount === undefined && (record.roundCountQualifier || record.roundCountAsOf)) {
        issues.push({ path: ['roundCount'], message: 'a qualifier or an as-of date needs the count of rounds itself' });
      }
      break;
    case 'Office':
    case 'Conflict':
    case 'NegotiationRound':
      checkRange(issues, record.start, record.end, 'end');
      break;
    case 'Event':
      if (record.kind !== 'ACT' && (record.actors.length || record.targets.length)) {
        issues.push({ path: [record.actors.length ? 'actors' : 'targets'], message: 'only an event of kind ACT has actors and targets' });
      }
      break;
    case 'StanceDefinition':
      if (record.id !== stanceDefinitionId(record.code)) {
        issues.push({ path: ['id'], message: `a stance definition's identifier is stance:<code in kebab case>, here ${stanceDefinitionId(record.code)}` });
      }
      if (record.broader === record.id) issues.push({ path: ['broader'], message: 'a stance cannot be broader than itself' });
      checkMapping(issues, 'cameo', record.cameoCode, record.cameoQuality);
      checkMapping(issues, 'plover', record.ploverCode, record.ploverQuality);
      break;
    case 'Position':
      if (record.modality === 'CONDITIONAL' && !record.condition) {
        issues.push({ path: ['condition'], message: 'a CONDITIONAL position needs the condition, in the source\'s words' });
      }
      if (record.modality !== 'CONDITIONAL' && (record.condition || record.conditionMet !== undefined)) {
        issues.push({ path: ['condition'], message: 'only a CONDITIONAL position has a condition' });
      }
      if (record.supersedes && record.supersedes === record.id) {
        issues.push({ path: ['supersedes'], message: 'a position cannot supersede itself' });
      }
      if (record.reaffirms.includes(record.id)) {
        issues.push({ path: ['reaffirms'], message: 'a position cannot reaffirm itself' });
      }
      break;
    case 'Statement':
      if (record.renders.includes(record.id)) {
        issues.push({ path: ['renders'], message: 'a statement cannot be a rendering of itself' });
      }
      if (Boolean(record.deliveredBy) !== Boolean(record.deliveryRole)) {
        issues.push(
          record.deliveredBy
            ? { path: ['deliveryRole'], message: 'say how deliveredBy gave the words: READ_OUT or RELAYED' }
            : { path: ['deliveredBy'], message: 'a deliveryRole needs the one who delivered the words (deliveredBy)' },
        );
      }
      break;
    case 'Source':
      if (record.relays.includes(record.id)) {
        issues.push({ path: ['relays'], message: 'a source cannot relay itself' });
      }
      break;
    case 'EvacuationMovement': {
      const seen = new Set<number>();
      record.legs.forEach((leg, i) => {
        if (seen.has(leg.sequence)) issues.push({ path: ['legs', i, 'sequence'], message: `sequence ${leg.sequence} is used twice` });
        seen.add(leg.sequence);
      });
      break;
    }
  }
  return issues;
}
