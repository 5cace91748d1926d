/**
 * The five canonical questions, asked of the synthetic graph's busiest actors: as this server's GraphQL,
 * and as the peer's operation of the same name in bench/peer/questions.graphql with its variables.
 */
import { activityRanking } from './data/generator.js';

export interface Anchors {
  /** The most active country. */
  country: string;
  /** The most discussed conflict. */
  conflict: string;
  /** A person who spoke for the country and a country one of their statements mentions. */
  person: string;
  mentioned: string;
}

export interface Question {
  name: string;
  ours: string;
  peerVariables: Record<string, unknown>;
}

const REF = 'id kind name';
const EVIDENCE = 'evidence { source { id publisher } span { start end match } }';

export const STANCE = 'PEACEFUL_SETTLEMENT';
export const AS_OF = '2015-06-30';

export function firstAnchors(seed: number): Pick<Anchors, 'country' | 'conflict'> {
  return { country: `country:${activityRanking(seed)[0]}`, conflict: 'conflict:bench-0' };
}

/** Finds a speaker of the country who mentions another country, through this server's own answer. */
export const SPEAKER_PROBE = (a: Pick<Anchors, 'country' | 'conflict'>) =>
  `{ whoSaidWhat(by: "${a.country}", first: 100) { edges { node { speaker { id } mentions { id } } } } }`;

export function questions(a: Anchors): Question[] {
  return [
    {
      name: 'whoSaidWhat',
      ours: `{ whoSaidWhat(by: "${a.country}", about: "${a.conflict}", first: 10) { totalCount edges { node {
        id kind text date { value } speaker { ${REF} } speakerOffices { title start { value } end { value } organization { ${REF} } }
        occasion { name } about { ${REF} } ${EVIDENCE} } } } }`,
      peerVariables: { by: a.country, about: a.conflict },
    },
    {
      name: 'stanceHolders',
      ours: `{ stanceHolders(stance: ${STANCE}, asOf: "${AS_OF}", first: 10) { totalCount edges { node {
        id stance modality condition holder { ${REF} } toward { ${REF} } standing ${EVIDENCE} } } } }`,
      peerVariables: { stance: STANCE, asOf: AS_OF },
    },
    {
      name: 'mediationRecord',
      ours: `{ mediationRecord(actor: "${a.country}") { edges { node { process { id name } roles { role round { name } }
        rounds { label start { value } venueName outcome participants { actor { name } role } }
        otherParticipants { actor { name } role ledBy { name } } } } } }`,
      peerVariables: { actor: a.country },
    },
    {
      name: 'connections',
      ours: `{ connections(from: "${a.person}", to: "${a.mentioned}", maxLength: 3) { paths { length steps { type label ${EVIDENCE} } } } }`,
      peerVariables: { from: a.person, to: a.mentioned },
    },
    {
      name: 'neighbourhood',
      ours: `{ neighbourhood(id: "${a.country}", depth: 2, limit: 100) { totalNodes nodes { id kind label depth } edges { id source target type label } } }`,
      peerVariables: { id: a.country },
    },
  ];
}
