import { integer, type Tx } from '../../database.js';
import { CAPS } from './caps.js';
import { anyRef, evidence } from './fragments.js';
import { relationWords } from './relationWords.js';
import { ask } from './run.js';

export interface ConnectionsRequest {
  from: string;
  to: string;
  /** 1 to ARGUMENT_LIMITS.maxPathLength, checked by the caller: it is written into the pattern. */
  maxLength: number;
  first: number;
}

/**
 * Paths run over facts and entities only: sources and names are evidence, not connections, and a path
 * never passes through one; nor along a made-for link, which only repeats what the statement's own links say. Each step is stated by its relationship's start node (the record that owns
 * the link), so that node's citations are the step's evidence.
 */
function cypher(maxLength: number): string {
  return `
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
  CALL (a, b) {
    MATCH path = allShortestPaths((a)-[*..${maxLength}]-(b))
    WHERE all(n IN nodes(path) WHERE n:Entity AND NOT n:Source) AND none(r IN relationships(path) WHERE type(r) = 'MADE_FOR')
    WITH path LIMIT ${CAPS.paths}
    WITH path ORDER BY [n IN nodes(path) | n.id] LIMIT $first
    CALL (path) {
      UNWIND range(0, length(path) - 1) AS i
      WITH i, nodes(path)[i] AS stepFrom, nodes(path)[i + 1] AS stepTo, relationships(path)[i] AS rel
      WITH i, stepFrom, stepTo, rel, startNode(rel) AS owner, endNode(rel) AS target
      ORDER BY i
      RETURN collect({from: ${anyRef('stepFrom')}, to: ${anyRef('stepTo')}, type: type(rel), forward: owner = stepFrom,
        ownerName: ${anyRef('owner')}.name, targetName: ${anyRef('target')}.name,
        fact: ${anyRef('owner')}, evidence: ${evidence('owner')}}) AS steps
    }
    RETURN collect({length: length(path), steps: steps}) AS paths
  }
  RETURN ${anyRef('a')} AS fromRef, ${anyRef('b')} AS toRef, paths`;
}

const STATEMENTS = new Map<number, string>();

function statementFor(maxLength: number): string {
  if (!STATEMENTS.has(maxLength)) STATEMENTS.set(maxLength, cypher(maxLength));
  return STATEMENTS.get(maxLength)!;
}

interface StepRow {
  from: Record<string, unknown>;
  to: Record<string, unknown>;
  type: string;
  forward: boolean;
  ownerName: string;
  targetName: string;
  fact: Record<string, unknown>;
  evidence: unknown[];
}

/** The shortest paths between two entities, each step in words with its evidence. */
export async function connections(tx: Tx, request: ConnectionsRequest) {
  const anchors = [
    { field: 'from', id: request.from },
    { field: 'to', id: request.to },
  ];
  const row = await ask(tx, statementFor(request.maxLength), { from: request.from, to: request.to, first: integer(request.first) }, anchors);
  const paths = (row.paths as Array<{ length: number; steps: StepRow[] }>).map((path) => ({
    length: path.length,
    nodes: [path.steps[0].from, ...path.steps.map((s) => s.to)],
    steps: path.steps.map(({ ownerName, targetName, ...step }) => ({
      ...step,
      label: `${ownerName} ${relationWords(step.type)} ${targetName}`,
    })),
  }));
  return { from: row.fromRef, to: row.toRef, maxLength: request.maxLength, paths };
}
