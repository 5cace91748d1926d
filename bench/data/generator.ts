/**
 * Synthetic import records at benchmark scale, the same for the same options. About 200 countries (the
 * seed's ISO list) with Zipf-skewed activity, one person per ten statements, each with a dated office at
 * their country's foreign ministry; briefings (a held source text, an event and ten quotes citing their
 * exact spans) that express positions toward a few conflicts, some superseding earlier ones; negotiation
 * processes with rounds and their hosts, mediators and parties; evacuation operations with movements.
 * Records stream in dependency order (whatever a record references comes earlier), so nothing large is
 * ever held: only ids and a few facts per person.
 */
import countries from 'i18n-iso-countries';
import { seeded, zipf, type Random } from './random.js';

export interface GeneratorOptions {
  statements: number;
  seed: number;
  /** Prefix of every id this generator makes, so runs with different namespaces never collide. */
  ns?: string;
}

type Rec = Record<string, unknown>;

const STATEMENTS_PER_BRIEFING = 10;
const STATEMENTS_PER_PERSON = 10;
const CONFLICTS = 20;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2025;
const DAYS = (LAST_YEAR - FIRST_YEAR + 1) * 365;
const STANCES = [
  'PEACEFUL_SETTLEMENT',
  'NOT_TAKING_SIDES',
  'INTERNATIONAL_LAW_UN_CHARTER',
  'NON_INTERFERENCE',
  'CONDEMNATION',
  'SUPPORT_FOR_PARTY',
  'OFFER_TO_MEDIATE',
  'OFFER_TO_HOST_TALKS',
  'NON_ALIGNMENT',
] as const;
const PHRASES: Record<(typeof STANCES)[number], string> = {
  PEACEFUL_SETTLEMENT: 'calls on all parties to settle the dispute through negotiation',
  NOT_TAKING_SIDES: 'does not take sides',
  INTERNATIONAL_LAW_UN_CHARTER: 'insists on respect for international law and the UN Charter',
  NON_INTERFERENCE: 'will not interfere in the internal affairs of others',
  CONDEMNATION: 'condemns the attacks',
  SUPPORT_FOR_PARTY: 'stands with its partners',
  OFFER_TO_MEDIATE: 'is ready to mediate',
  OFFER_TO_HOST_TALKS: 'is ready to host talks',
  NON_ALIGNMENT: 'belongs to no bloc',
};
const SYLLABLES = ['ka', 'ra', 'mi', 'to', 'sa', 'le', 'no', 'vi', 'da', 'be', 'lu', 'ze', 'an', 'or', 'ye', 'ku'];
const ROLES = ['MEDIATOR', 'FACILITATOR', 'OBSERVER', 'GUARANTOR'] as const;

/** Country codes in a seeded order: the first ones are the most active. */
function activityOrder(random: Random): string[] {
  const codes = Object.keys(countries.getAlpha2Codes()).sort();
  for (let i = codes.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [codes[i], codes[j]] = [codes[j], codes[i]];
  }
  return codes;
}

/** The ISO codes of the countries a seed makes most active, most active first (as the generator ranks them). */
export const activityRanking = (seed: number): string[] => activityOrder(seeded(seed));

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dayOf(day: number): string {
  const d = new Date(Date.UTC(FIRST_YEAR, 0, 1) + day * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function nameOf(random: Random, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += random.pick(SYLLABLES);
  return out[0].toUpperCase() + out.slice(1);
}

interface Person {
  id: string;
  /** First and last day index of their office. */
  from: number;
  to: number;
}

export async function* syntheticGraph(options: GeneratorOptions): AsyncGenerator<Rec> {
  const { statements, seed } = options;
  const ns = options.ns ?? 'bench';
  const random = seeded(seed);
  const codes = activityOrder(random);
  const country = (i: number) => `country:${codes[i]}`;
  const drawCountry = zipf(random, codes.length);
  const drawConflict = zipf(random, CONFLICTS, 0.8);
  const registry = `source:${ns}-registry`;
  const cite = [{ source: registry }];
  const mfa = (code: string) => `org:${ns}-mfa-${code.toLowerCase()}`;
  const capital = (code: string) => `place:${ns}-capital-${code.toLowerCase()}`;
  const conflict = (k: number) => `conflict:${ns}-${k}`;

  yield { type: 'Source', id: registry, title: 'Synthetic registry of offices and places', language: 'en', kind: 'DATASET' };
  for (const code of codes) {
    const name = countries.getName(code, 'en') ?? code;
    yield { type: 'Organization', id: mfa(code), name: `Ministry of Foreign Affairs of ${name}`, kind: 'MINISTRY', country: `country:${code}`, citations: cite };
    yield { type: 'Place', id: capital(code), name: `${nameOf(random, 3)} (capital of ${name})`, kind: 'CITY', country: `country:${code}`, citations: cite };
  }
  const belligerents: number[][] = [];
  for (let k = 0; k < CONFLICTS; k++) {
    belligerents.push([]);
    const start = random.below(DAYS - 400);
    yield { type: 'Conflict', id: conflict(k), name: `${nameOf(random, 2)} crisis`, kind: k % 3 === 0 ? 'ARMED_CONFLICT' : 'DISPUTE', start: dayOf(start), citations: cite };
    for (const [side, role] of [['A', 'ATTACKER'], ['B', 'TARGET']] as const) {
      const actor = 10 + random.below(codes.length - 10);
      belligerents[k].push(actor);
      yield { type: 'Involvement', id: `involvement:${ns}-${k}-${side}`, actor: country(actor), conflict: conflict(k), role, side, citations: cite };
    }
  }

  // People, each with one dated office; a few countries hold most of them.
  const people: Person[][] = codes.map(() => []);
  const personCount = Math.max(1, Math.ceil(statements / STATEMENTS_PER_PERSON));
  for (let i = 0; i < personCount; i++) {
    const c = drawCountry();
    const from = random.below(DAYS - 30);
    const to = Math.min(DAYS - 1, from + 180 + random.below(6 * 365));
    const person: Person = { id: `person:${ns}-${i}`, from, to };
    people[c].push(person);
    yield { type: 'Person', id: person.id, name: `${nameOf(random, 2)} ${nameOf(random, 3)}` };
    yield {
      type: 'Office',
      id: `office:${ns}-${i}`,
      title: random.chance(0.2) ? 'Minister of Foreign Affairs' : 'Spokesperson',
      holder: person.id,
      organization: mfa(codes[c]),
      start: dayOf(from),
      ...(to < DAYS - 1 ? { end: dayOf(to) } : {}),
      citations: cite,
    };
  }

  // Talks: each process has rounds in a host's capital, a mediator or two, and the parties.
  const processCount = Math.max(3, Math.ceil(statements / 2000));
  for (let p = 0; p < processCount; p++) {
    const process = `process:${ns}-${p}`;
    const k = drawConflict();
    const start = random.below(DAYS - 400);
    yield { type: 'NegotiationProcess', id: process, name: `${nameOf(random, 2)} talks`, start: dayOf(start), concerns: [conflict(k)], citations: cite };
    const mediators = [drawCountry(), ...(random.chance(0.3) ? [drawCountry()] : [])];
    const parties = belligerents[k];
    const rounds = 1 + random.below(6);
    for (let r = 1; r <= rounds; r++) {
      const host = random.chance(0.6) ? mediators[0] : drawCountry();
      const round = `round:${ns}-${p}-${r}`;
      yield { type: 'NegotiationRound', id: round, process, ordinal: r, label: `Round ${r}`, start: dayOf(Math.min(DAYS - 1, start + r * 30)), venue: capital(codes[host]), outcome: random.chance(0.3) ? 'Joint statement issued' : undefined, citations: cite };
      yield { type: 'Participation', id: `participation:${ns}-${p}-${r}-host`, role: 'HOST', actor: country(host), process, round, citations: cite };
    }
    for (const [i, m] of mediators.entries()) {
      const lead = people[m].length ? random.pick(people[m]).id : undefined;
      yield { type: 'Participation', id: `participation:${ns}-${p}-m${i}`, role: i === 0 ? 'MEDIATOR' : random.pick(ROLES), actor: country(m), process, ledBy: lead, citations: cite };
    }
    for (const [i, party] of parties.entries()) {
      yield { type: 'Participation', id: `participation:${ns}-${p}-p${i}`, role: 'PARTY', actor: country(party), process, citations: cite };
    }
  }

  // Evacuation operations for the most active countries, one per conflict they evacuate from.
  const operations: Array<{ id: string; code: string; k: number }> = [];
  for (let c = 0; c < Math.min(30, codes.length); c++) {
    for (let k = 0; k < CONFLICTS; k += 1 + random.below(6)) {
      const id = `evacuation:${ns}-${codes[c].toLowerCase()}-${k}`;
      operations.push({ id, code: codes[c], k });
      yield { type: 'EvacuationOperation', id, name: `Evacuation of ${codes[c]} citizens`, conductedBy: country(c), conflict: conflict(k), priorityGroups: ['children', 'students'], citations: cite };
    }
  }

  // Briefings: a source text holding ten quotes, the event, new positions, then the statements.
  const positions = new Map<string, string>();
  const briefings = Math.ceil(statements / STATEMENTS_PER_BRIEFING);
  let made = 0;
  for (let b = 0; b < briefings; b++) {
    const c = drawCountry();
    const code = codes[c];
    const speaker = people[c].length ? random.pick(people[c]) : null;
    const day = speaker ? speaker.from + random.below(speaker.to - speaker.from + 1) : random.below(DAYS);
    const date = dayOf(day);
    const k = drawConflict();
    const source = `source:${ns}-briefing-${b}`;
    const event = `event:${ns}-briefing-${b}`;
    const count = Math.min(STATEMENTS_PER_BRIEFING, statements - made);
    const countryName = countries.getName(code, 'en') ?? code;
    let text = `Briefing by the Ministry of Foreign Affairs of ${countryName}, ${date}.\n`;
    const quotes: Array<{ stance: (typeof STANCES)[number]; text: string; start: number; end: number; mentions: string[] }> = [];
    for (let i = 0; i < count; i++) {
      const stance = STANCES[(c + random.below(3)) % STANCES.length];
      const mentions = random.chance(0.4) ? [country(drawCountry())] : [];
      const quote = `${countryName} ${PHRASES[stance]} in the ${conflict(k).slice(9)} crisis (item ${i + 1}).`;
      quotes.push({ stance, text: quote, start: text.length, end: text.length + quote.length, mentions });
      text += `${quote}\n`;
    }
    yield { type: 'Source', id: source, title: `Briefing ${b}`, publisher: `MFA ${code}`, published: date, language: 'en', kind: 'OFFICIAL_DOCUMENT', text };
    yield { type: 'Event', id: event, name: `Weekly briefing ${b}`, kind: 'BRIEFING', date, place: capital(code), organizer: country(c), citations: [{ source }] };
    for (const [i, q] of quotes.entries()) {
      const key = `${code}-${k}-${q.stance}`;
      if (!positions.has(key)) {
        const id = `position:${ns}-${key.toLowerCase()}`;
        const earlier = [...STANCES].map((s) => positions.get(`${code}-${k}-${s}`)).find((p) => p !== undefined);
        const conditional = q.stance === 'OFFER_TO_MEDIATE' && random.chance(0.5);
        yield {
          type: 'Position',
          id,
          stance: q.stance,
          modality: conditional ? 'CONDITIONAL' : 'ASSERTED',
          condition: conditional ? 'if both parties agree' : undefined,
          holder: country(c),
          toward: conflict(k),
          supersedes: earlier && random.chance(0.2) ? earlier : undefined,
          citations: [{ source, start: q.start, end: q.end }],
        };
        positions.set(key, id);
      }
      yield {
        type: 'Statement',
        id: `statement:${ns}-${b}-${i}`,
        kind: 'QUOTE',
        text: q.text,
        language: 'en',
        date,
        speaker: speaker?.id,
        onBehalfOf: country(c),
        occasion: event,
        about: [conflict(k)],
        mentions: q.mentions,
        expresses: [positions.get(key)],
        citations: [{ source, start: q.start, end: q.end, match: 'EXACT' }],
      };
    }
    made += count;
    const operation = operations.find((o) => o.code === code && o.k === k);
    if (operation && random.chance(0.5)) {
      const to = country(c);
      yield {
        type: 'EvacuationMovement',
        id: `movement:${ns}-${b}`,
        operation: operation.id,
        description: `Evacuation flight ${b}`,
        count: 20 + random.below(300),
        countUnit: 'CITIZENS',
        date,
        status: random.pick(['PLANNED', 'UNDERWAY', 'COMPLETED']),
        reportedOn: date,
        legs: [
          { sequence: 1, mode: 'BUS', from: country(drawCountry()), to: [country(drawCountry())] },
          { sequence: 2, mode: 'FLIGHT', from: country(drawCountry()), to: [to] },
        ],
        citations: [{ source }],
      };
    }
  }
}
