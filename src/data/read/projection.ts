/**
 * How a node leaves Cypher: its properties plus `__label`, the one type label besides Entity. A
 * source's text can run to megabytes, so it stays behind unless asked for (see sourceText).
 */
export function project(v: string): string {
  return `CASE WHEN ${v}:Source THEN ${v} {.*, text: null, textHeld: ${v}.text IS NOT NULL, version: ${v}.recordHash, __label: 'Source'}
    ELSE ${v} {.*, version: ${v}.recordHash, __label: head([label IN labels(${v}) WHERE label <> 'Entity'])} END`;
}

/** A citation from the fact `v`: its source, its span, and the text at the span. */
export function citations(v: string): string {
  return `COLLECT { MATCH (${v})-[c:CITES]->(s:Source) RETURN {
    source: ${project('s')},
    start: c.start, end: c.end, match: c.match, note: c.note,
    excerpt: CASE WHEN c.start IS NOT NULL AND s.text IS NOT NULL THEN substring(s.text, c.start, c.end - c.start) END
  } AS citation ORDER BY c.seq }`;
}

export function names(v: string): string {
  return `[(${v})-[:HAS_NAME]->(x:Name) | x {.*, citations: ${citations('x')}}]`;
}
