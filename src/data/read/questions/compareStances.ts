import type { Tx } from '../../database.js';
import { CAPS } from './caps.js';
import { entityRef } from './fragments.js';
import { ask } from './run.js';
import { heldStance, standing } from './views.js';
import type { StandingDay } from './heldStances.js';

export interface CompareStancesRequest extends StandingDay {
  first: string;
  second: string;
  toward: string | null;
}

/** Both actors' stances in one pass, each tagged with the side it belongs to. */
const CYPHER = `
  MATCH (a:Entity {id: $first}), (b:Entity {id: $second})
  RETURN ${entityRef('a')} AS firstRef, ${entityRef('b')} AS secondRef, COLLECT {
    MATCH (h:Entity)<-[:HELD_BY]-(p:Position)
    WHERE h.id IN [$first, $second]
      AND ($toward = '' OR EXISTS { MATCH (p)-[:TOWARD]->(:Conflict {id: $toward}) }) AND ($asOf = '' OR ${standing('p')})
    WITH h, p ORDER BY p.stance, p.id LIMIT ${2 * CAPS.items}
    RETURN {side: h.id, held: ${heldStance('p')}} AS item } AS held`;

interface Held {
  stance: string;
  stanceLabel: string;
  modality: string;
  toward: { id: string } | null;
}

type Agreement = 'SAME' | 'MODALITY_DIFFERS' | 'OPPOSED' | 'ONLY_FIRST' | 'ONLY_SECOND';

const AGREEMENT_ORDER: Agreement[] = ['OPPOSED', 'MODALITY_DIFFERS', 'ONLY_FIRST', 'ONLY_SECOND', 'SAME'];

function agreementOf(first: Held | null, second: Held | null): Agreement {
  if (!second) return 'ONLY_FIRST';
  if (!first) return 'ONLY_SECOND';
  if (first.modality === second.modality) return 'SAME';
  return first.modality === 'NEGATED' || second.modality === 'NEGATED' ? 'OPPOSED' : 'MODALITY_DIFFERS';
}

const keyOf = (h: Held) => `${h.stance}|${h.toward?.id ?? ''}`;

/**
 * Pairs the two actors' stances of the same code toward the same conflict: the same modality first,
 * then the rest in order; what is left unpaired is held by one side only.
 */
export function pairStances(firstHeld: Held[], secondHeld: Held[]) {
  const rows: Array<{ first: Held | null; second: Held | null }> = [];
  const keys = [...new Set([...firstHeld, ...secondHeld].map(keyOf))];
  for (const key of keys) {
    const mine = firstHeld.filter((h) => keyOf(h) === key);
    const theirs = secondHeld.filter((h) => keyOf(h) === key);
    for (const h of [...mine]) {
      const same = theirs.findIndex((o) => o.modality === h.modality);
      if (same < 0) continue;
      rows.push({ first: h, second: theirs.splice(same, 1)[0] });
      mine.splice(mine.indexOf(h), 1);
    }
    while (mine.length || theirs.length) rows.push({ first: mine.shift() ?? null, second: theirs.shift() ?? null });
  }
  return rows
    .map(({ first, second }) => {
      const either = (first ?? second)!;
      return { stance: either.stance, stanceLabel: either.stanceLabel, toward: either.toward, agreement: agreementOf(first, second), first, second };
    })
    .sort((x, y) => AGREEMENT_ORDER.indexOf(x.agreement) - AGREEMENT_ORDER.indexOf(y.agreement) || x.stance.localeCompare(y.stance));
}

/** Two actors' stances side by side, differences first. */
export async function compareStances(tx: Tx, request: CompareStancesRequest) {
  const anchors = [
    { field: 'first', id: request.first },
    { field: 'second', id: request.second },
    ...(request.toward ? [{ field: 'toward', id: request.toward }] : []),
  ];
  const row = await ask(tx, CYPHER, request as unknown as Record<string, unknown>, anchors);
  const held = row.held as Array<{ side: string; held: Held }>;
  const of = (id: string) => held.filter((h) => h.side === id).map((h) => h.held);
  return { first: row.firstRef, second: row.secondRef, rows: pairStances(of(request.first), of(request.second)) };
}
