import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';

/**
 * A list page and the relation fields selected on its records (`edges { node { speaker { name } } }`) reach Neo4j
 * as one statement, and answer what the same records read one by one answer.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** The records of a list, each read by its id through `field(id:)` with the same selection, in the list's order. */
async function oneByOne(field: string, ids: string[], selection: string) {
  const document = `{ ${ids.map((id, i) => `r${i}: ${field}(id: ${JSON.stringify(id)}) ${selection}`).join(' ')} }`;
  const data = await h.data(document);
  return ids.map((_, i) => data[`r${i}`]);
}

describe('a list with relation fields on its records', () => {
  const participation = '{ id role actor { id name } process { id name } round { id start { value } } ledBy { id name } }';

  it('reads the page and each record to-one relations in one statement', async () => {
    h.statements.length = 0;
    const data = await h.data(`{ participations(filter: { actor: "country:KZ" }) { edges { node ${participation} } } }`);
    expect(h.statements).toHaveLength(1);
    const nodes = data.participations.edges.map((e: { node: { id: string } }) => e.node);
    expect(nodes.length).toBeGreaterThan(1);
    expect(nodes.some((n: { round: unknown }) => n.round !== null)).toBe(true);
    expect(nodes).toEqual(await oneByOne('participation', nodes.map((n: { id: string }) => n.id), participation));
  });

  it('reads to-many relations, citations and fields asked for through fragments in the same statement', async () => {
    const document = `{ statements(filter: { onBehalfOf: "country:KZ" }, first: 10) { edges { node { id ...Who onBehalfOfAll { id name } } } } }
      fragment Who on Statement { text speaker { id name } about { id name } citations { excerpt span { start end } source { id } } }`;
    h.statements.length = 0;
    const data = await h.data(document);
    expect(h.statements).toHaveLength(1);
    const nodes = data.statements.edges.map((e: { node: { id: string } }) => e.node);
    expect(nodes.length).toBeGreaterThan(1);
    expect(nodes.some((n: { speaker: unknown }) => n.speaker !== null)).toBe(true);
    expect(nodes.some((n: { citations: unknown[] }) => n.citations.length > 0)).toBe(true);
    const selection = '{ id text speaker { id name } about { id name } citations { excerpt span { start end } source { id } } onBehalfOfAll { id name } }';
    expect(nodes).toEqual(await oneByOne('statement', nodes.map((n: { id: string }) => n.id), selection));
  });

  it('leaves a relation paged by its own arguments, and the levels below the first, to their own reads', async () => {
    h.statements.length = 0;
    const data = await h.data(`{ persons(filter: { name: "Бакаев" }) { edges { node { id statements(first: 2) { totalCount edges { node { id speaker { id } } } } } } } }`);
    const person = data.persons.edges[0].node;
    expect(person.statements.totalCount).toBeGreaterThan(0);
    expect(person.statements.edges.every((e: { node: { speaker: { id: string } } }) => e.node.speaker.id === person.id)).toBe(true);
    // The list, the person's statements, their speakers.
    expect(h.statements).toHaveLength(3);
  });
});
