import type { Tx } from '../../database.js';
import { CAPS } from './caps.js';
import { entityRef, first, partialDate, sameUtterance, utteranceKey } from './fragments.js';
import { ask } from './run.js';
import { stanceSummary } from './views.js';

export interface StanceMatrixRequest {
  toward: string | null;
  actors: string[];
}

/** A stance `p` belongs in the matrix when it is toward the conflict asked about, or a general principle. */
const IN_SCOPE = (p: string) => `($toward = '' OR EXISTS { MATCH (${p})-[:TOWARD]->(:Conflict {id: $toward}) }
  OR NOT EXISTS { MATCH (${p})-[:TOWARD]->() })`;

/** A statement `s` that expresses `p`, unless another rendering of its utterance is already counted for it. */
const UTTERANCE = (s: string, p: string) => `(${s}:Statement)-[:EXPRESSES]->(${p})
  WHERE NOT EXISTS { (${s})-[:RENDERS]-() }
    OR NOT EXISTS { MATCH ${sameUtterance(s, `${s}_earlier`)} AND ${s}_earlier.id < ${s}.id AND EXISTS { (${s}_earlier)-[:EXPRESSES]->(${p}) } }`;

/**
 * The rows in one statement: every holder of a stance toward `$toward` and every actor in `$actors`,
 * each with the stances in scope, how many utterances express each, over which dates, and which.
 */
const CYPHER = `
  CALL () {
    MATCH (h:Entity)<-[:HELD_BY]-(:Position)-[:TOWARD]->(:Conflict {id: $toward}) RETURN h
    UNION
    UNWIND $actors AS actorId MATCH (h:Entity {id: actorId}) RETURN h
  }
  WITH DISTINCT h
  CALL (h) {
    MATCH (h)<-[:HELD_BY]-(p:Position) WHERE ${IN_SCOPE('p')}
    WITH p ORDER BY p.stance, p.id LIMIT ${CAPS.items}
    RETURN collect({
      position: ${stanceSummary('p')},
      general: NOT EXISTS { MATCH (p)-[:TOWARD]->() },
      statementCount: COUNT { MATCH ${UTTERANCE('ps', 'p')} },
      since: ${first(`(p)<-[:EXPRESSES]-(p_since:Statement)`, partialDate('p_since', 'date'), 'p_since.date')},
      latest: ${first(`(p)<-[:EXPRESSES]-(p_latest:Statement)`, partialDate('p_latest', 'date'), 'p_latest.date IS NULL, p_latest.date DESC')},
      statements: COLLECT { MATCH ${UTTERANCE('pl', 'p')} RETURN ${entityRef('pl')} AS item ORDER BY pl.date IS NULL, pl.date DESC, pl.id LIMIT ${CAPS.statements} }
    }) AS holdings,
    COUNT { MATCH (h)<-[:HELD_BY]-(q:Position)<-[:EXPRESSES]-(qs:Statement) WHERE ${IN_SCOPE('q')} RETURN DISTINCT ${utteranceKey('qs')} AS utterance } AS statementCount
  }
  WITH h, holdings, statementCount ORDER BY statementCount DESC, h.name, h.id LIMIT ${CAPS.matrixActors}
  RETURN collect({actor: ${entityRef('h')}, holdings: holdings, statementCount: statementCount}) AS rows,
    ${first('(t:Conflict {id: $toward})', entityRef('t'))} AS toward`;

interface Holding {
  position: { stance: string; stanceLabel: string };
  general: boolean;
  statementCount: number;
}

interface MatrixRow {
  actor: unknown;
  holdings: Holding[];
  statementCount: number;
}

/**
 * Lays the rows out against the stance codes any of them holds, in the codebook's order (by code), each
 * labelled as the codebook labels it: each row gets one cell per column, empty where the actor holds no
 * such stance.
 */
export function layOut(rows: MatrixRow[]) {
  const labels = new Map(rows.flatMap((r) => r.holdings.map((h) => [h.position.stance, h.position.stanceLabel] as const)));
  const codes = [...labels.keys()].sort();
  return {
    stances: codes.map((code) => ({ code, label: labels.get(code)! })),
    rows: rows.map((row) => ({
      actor: row.actor,
      statementCount: row.statementCount,
      cells: codes.map((code) => {
        const holdings = row.holdings.filter((h) => h.position.stance === code);
        return { stance: code, holdings, statementCount: holdings.reduce((n, h) => n + h.statementCount, 0) };
      }),
    })),
  };
}

/** Actors × stance codes, for a conflict's holders or for actors chosen by the reader. */
export async function stanceMatrix(tx: Tx, request: StanceMatrixRequest) {
  const anchors = [
    ...(request.toward ? [{ field: 'toward', id: request.toward }] : []),
    ...request.actors.map((id, i) => ({ field: `actors[${i}]`, id })),
  ];
  const row = await ask(tx, CYPHER, request as unknown as Record<string, unknown>, anchors);
  return { toward: row.toward ?? null, ...layOut((row.rows as MatrixRow[] | undefined) ?? []) };
}
