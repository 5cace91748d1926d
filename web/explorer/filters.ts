import type { FacetNode, GraphNode } from './queries';

export interface Filters {
  stance: string | null;
  /** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD); a range includes every day they denote. */
  from: string | null;
  to: string | null;
  country: string | null;
  /** A conflict the statement bears on (about it, or a stance toward it) or a stance is toward. */
  conflict: string | null;
  kind: string | null;
  language: string | null;
}

/** The first and last day a partial date can denote, as comparable YYYY-MM-DD strings. */
function firstDay(date: string): string {
  return [date.slice(0, 4), date.slice(5, 7) || '01', date.slice(8, 10) || '01'].join('-');
}
function lastDay(date: string): string {
  return [date.slice(0, 4), date.slice(5, 7) || '12', date.slice(8, 10) || '31'].join('-');
}

export function inDateRange(date: string | undefined | null, filters: Filters): boolean {
  if (!filters.from && !filters.to) return true;
  if (!date) return false;
  if (filters.from && firstDay(date) < firstDay(filters.from)) return false;
  if (filters.to && firstDay(date) > lastDay(filters.to)) return false;
  return true;
}

function countriesOf(facet: FacetNode): string[] {
  const ids: string[] = [];
  const actor = facet.onBehalfOf ?? facet.holder;
  if (actor) {
    // Only an organization answers with a country; a widened view reads it as absent for the rest.
    const { country } = actor as { country?: { id: string } | null };
    ids.push(actor.id, ...(country ? [country.id] : []));
  }
  for (const office of facet.speakerOffices ?? []) if (office.organization.country) ids.push(office.organization.country.id);
  return ids;
}

function conflictsOf(facet: FacetNode): string[] {
  if (facet.stance) return facet.toward ? [facet.toward.id] : [];
  return [...(facet.about ?? []).map((c) => c.id), ...(facet.expresses ?? []).flatMap((p) => (p.toward ? [p.toward.id] : []))];
}

/**
 * Filters narrow what was said and held: statements and stances outside them are hidden, the actors,
 * conflicts and talks around them stay. A fact whose details are unknown is kept.
 */
export function keeps(node: GraphNode, facet: FacetNode | undefined, filters: Filters): boolean {
  if (node.kind !== 'Statement' && node.kind !== 'Position') return true;
  if (!facet) return true;
  if (filters.stance) {
    const stances = node.kind === 'Position' ? [facet.stance] : (facet.expresses ?? []).map((p) => p.stance);
    if (!stances.some((s) => s === filters.stance)) return false;
  }
  const date = node.kind === 'Statement' ? facet.date?.value : facet.since?.value;
  if (!inDateRange(date, filters)) return false;
  if (filters.country && !countriesOf(facet).includes(filters.country)) return false;
  if (node.kind === 'Statement' && filters.kind && facet.kind !== filters.kind) return false;
  if (node.kind === 'Statement' && filters.language && facet.language !== filters.language) return false;
  if (filters.conflict && !conflictsOf(facet).includes(filters.conflict)) return false;
  return true;
}
