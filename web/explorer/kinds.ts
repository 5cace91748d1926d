/**
 * How each kind of entity looks in the graph and its legend. Shapes differ as well as colours, so the
 * kinds stay apart for readers who do not tell the colours apart.
 */
export interface KindStyle {
  label: string;
  color: string;
  shape: string;
}

export const KIND_STYLES: Record<string, KindStyle> = {
  Country: { label: 'Country', color: '#1f6fb2', shape: 'round-rectangle' },
  Person: { label: 'Person', color: '#d9711c', shape: 'ellipse' },
  Organization: { label: 'Organization', color: '#168a7e', shape: 'hexagon' },
  Statement: { label: 'Statement', color: '#b8930b', shape: 'rectangle' },
  Position: { label: 'Stance', color: '#7b3fa8', shape: 'diamond' },
  Conflict: { label: 'Conflict', color: '#c0392b', shape: 'octagon' },
  NegotiationProcess: { label: 'Negotiation process', color: '#2e7d32', shape: 'star' },
  NegotiationRound: { label: 'Negotiation round', color: '#5c9e31', shape: 'round-triangle' },
  Event: { label: 'Occasion', color: '#8d6e63', shape: 'tag' },
  Place: { label: 'Place', color: '#546e7a', shape: 'triangle' },
  EvacuationOperation: { label: 'Evacuation', color: '#00838f', shape: 'barrel' },
  EvacuationMovement: { label: 'Evacuation movement', color: '#4db6ac', shape: 'vee' },
  Source: { label: 'Source', color: '#757575', shape: 'cut-rectangle' },
};

const OTHER: KindStyle = { label: 'Other', color: '#9e9e9e', shape: 'ellipse' };

export const kindStyle = (kind: string): KindStyle => KIND_STYLES[kind] ?? OTHER;
export const kindLabel = (kind: string): string => kindStyle(kind).label;

/** Actors hold stances and make statements: they have a timeline. */
export const isActor = (kind: string) => kind === 'Country' || kind === 'Person' || kind === 'Organization';

/** Negotiation roles, drawn in distinct colours so a HOST is never mistaken for a MEDIATOR. */
export const ROLE_COLORS: Record<string, string> = {
  HOST: '#1f6fb2',
  FACILITATOR: '#00838f',
  MEDIATOR: '#c2185b',
  GUARANTOR: '#6a1b9a',
  OBSERVER: '#757575',
  PARTY: '#2e7d32',
};
