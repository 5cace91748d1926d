import type { STANCE_CODES } from '../model/index.js';

export type StanceCode = (typeof STANCE_CODES)[number];
type Quality = 'EXACT' | 'CLOSEST' | 'NONE';

interface Mapping {
  code: string | null;
  label: string | null;
  quality: Quality;
  note: string | null;
}

export interface StanceDefinition {
  code: StanceCode;
  label: string;
  definition: string;
  cameo: Mapping;
  plover: Mapping;
}

const map = (code: string, label: string, quality: Quality, note: string | null = null): Mapping => ({ code, label, quality, note });
const none = (note: string): Mapping => ({ code: null, label: null, quality: 'NONE', note });

/**
 * The documented stance code list. CAMEO and PLOVER code events, not standing stances, so most
 * stances have at best a closest event type: the statement that expresses the stance. Where even that
 * would mislead, the mapping says NONE and why.
 */
export const STANCES: StanceDefinition[] = [
  {
    code: 'NOT_TAKING_SIDES',
    label: 'Not taking sides',
    definition: 'The actor declares it supports neither side of a conflict (neutrality toward that conflict).',
    cameo: none('CAMEO has no neutrality event; such declarations fall under 010 "Make statement, not specified below".'),
    plover: none('PLOVER has no neutrality event type.'),
  },
  {
    code: 'NON_ALIGNMENT',
    label: 'Non-alignment',
    definition: 'The actor declares it does not align itself with any party or bloc.',
    cameo: none('No CAMEO event codes a refusal to align.'),
    plover: none('No PLOVER event type codes a refusal to align.'),
  },
  {
    code: 'NON_INTERFERENCE',
    label: 'Non-interference',
    definition: "The actor declares it does not interfere in other states' internal affairs.",
    cameo: none('CAMEO codes interference events, not a declared principle of non-interference.'),
    plover: none('No PLOVER event type codes a declared principle of non-interference.'),
  },
  {
    code: 'PEACEFUL_SETTLEMENT',
    label: 'Peaceful settlement through diplomacy',
    definition: 'The actor calls for a conflict or dispute to be settled by negotiation and diplomatic means.',
    cameo: map('027', 'Appeal to others to settle dispute', 'CLOSEST', 'CAMEO codes the appeal; the standing stance is ours.'),
    plover: map('REQUEST', 'Request', 'CLOSEST', 'An appeal to the parties to settle.'),
  },
  {
    code: 'INTERNATIONAL_LAW_UN_CHARTER',
    label: 'Adherence to international law and the UN Charter',
    definition: 'The actor calls for conduct in accordance with international law and the Charter of the United Nations.',
    cameo: none('CAMEO has no event for invoking international law.'),
    plover: none('PLOVER has no event type for invoking international law.'),
  },
  {
    code: 'OFFER_TO_HOST_TALKS',
    label: 'Offer to host talks or provide a platform',
    definition: 'The actor offers (possibly on a condition) its territory or facilities as a venue for talks; hosting is not mediating.',
    cameo: map('036', 'Express intent to meet or negotiate', 'CLOSEST', 'CAMEO has no code for offering a venue; 039 (intent to mediate) would overstate it.'),
    plover: map('COOPERATE', 'Cooperate', 'CLOSEST', 'Expressed intent to cooperate diplomatically.'),
  },
  {
    code: 'OFFER_TO_MEDIATE',
    label: 'Offer to mediate',
    definition: 'The actor offers to mediate between parties.',
    cameo: map('039', 'Express intent to mediate', 'EXACT'),
    plover: map('CONSULT', 'Consult', 'CLOSEST', 'PLOVER counts mediation under CONSULT; the offer is intent, not the act.'),
  },
  {
    code: 'SUPPORT_FOR_PARTY',
    label: 'Support for a party',
    definition: 'The actor declares support for one party to a conflict.',
    cameo: map('051', 'Praise or endorse', 'CLOSEST'),
    plover: map('SUPPORT', 'Support', 'EXACT'),
  },
  {
    code: 'CONDEMNATION',
    label: 'Condemnation',
    definition: 'The actor condemns an act or a party.',
    cameo: map('111', 'Criticize or denounce', 'EXACT'),
    plover: map('ACCUSE', 'Accuse', 'CLOSEST'),
  },
];

export const STANCE_BY_CODE = new Map(STANCES.map((s) => [s.code, s]));
