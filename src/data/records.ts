export type NodeRecord = { id: string; __label: string; [property: string]: unknown };
export type LegRecord = Record<string, unknown>;
export type CitationRecord = Record<string, unknown>;
export type NameRecord = Record<string, unknown>;
