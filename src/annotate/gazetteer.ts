/**
 * The graph's own names, as the proposer reads them: every person, organization, country, conflict and
 * negotiation process with all its names in every language and script, and each person's offices. The data
 * layer fills it (src/data/read/gazetteer.ts); the proposer only reads it, so it runs without a database in tests.
 */
import type { StoredDate } from '../records/partialDate.js';
import type { MentionKind } from './types.js';

export interface GazetteerOffice {
  title: string;
  organizationId: string;
  organizationName: string;
  /** The country the organization belongs to (directly or through its parents), if any. */
  countryId: string | null;
  countryName: string | null;
  start: StoredDate | null;
  end: StoredDate | null;
}

export interface GazetteerEntity {
  id: string;
  kind: MentionKind;
  name: string;
  names: Array<{ value: string; language: string }>;
  /** An organization's country. */
  countryId: string | null;
  /** A country's ISO 3166-1 alpha-2 code (for demonyms). */
  iso2: string | null;
  /** An organization's kind (MINISTRY, GOVERNMENT, …). */
  organizationKind: string | null;
  offices: GazetteerOffice[];
}

export interface Gazetteer {
  entities: GazetteerEntity[];
  /** The codes the codebook defines: the proposer proposes no other, so a confirmed proposal can be written. */
  stanceCodes: string[];
}
