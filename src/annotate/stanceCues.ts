/**
 * Cue words for each stance code, per language: what a statement says that makes it express the stance.
 * A cue that carries its own negation ("not taking sides", "не присоединяется") is marked `negative`, so its
 * "not" does not turn the stance into NEGATED. Entries are phrases of lexicon words (`*` = stem, see
 * wordMatches); a `~` between words allows up to three words in between ("support ~ Ukraine").
 */
import type { StanceCode } from '../model/index.js';
import type { AnnotationLanguage } from './types.js';

export interface StanceCue {
  code: StanceCode;
  phrase: string;
  negative?: boolean;
}

const cue = (code: StanceCode, phrases: string[], negative = false): StanceCue[] => phrases.map((phrase) => ({ code, phrase, negative }));

export const STANCE_CUES: Record<AnnotationLanguage, StanceCue[]> = {
  en: [
    ...cue('NOT_TAKING_SIDES', ['not ~ taking sides', 'not ~ take sides', 'not take ~ side', 'neither side', 'no side', 'neutral*', 'neutrality', 'impartial*', 'balanced position', 'not ~ side with'], true),
    ...cue('NON_ALIGNMENT', ['not ~ aligning', 'not ~ align*', 'non-aligned', 'non-alignment', 'not ~ join* ~ bloc*', 'not ~ join* ~ alliance*', 'not ~ part of any'], true),
    ...cue('NON_INTERFERENCE', ['non-interference', 'noninterference', 'not interfere', 'not ~ interfere*', 'internal affairs', 'domestic affairs', 'interference in'], true),
    ...cue('PEACEFUL_SETTLEMENT', ['diplomatic means', 'diplomatic solution*', 'political solution*', 'political settlement', 'peaceful*', 'negotiating table', 'through diplomacy', 'by diplomacy', 'through dialogue', 'dialogue', 'negotiation*', 'de-escalat*', 'ceasefire', 'restraint', 'peaceful means', 'settled through', 'resolved through', 'political process']),
    ...cue('INTERNATIONAL_LAW_UN_CHARTER', ['international law*', 'un charter', 'charter of the united nations', 'united nations charter', 'international humanitarian law', 'sovereignty', 'territorial integrity']),
    ...cue('OFFER_TO_HOST_TALKS', ['platform', 'host', 'hosting', 'hosted', 'venue', 'provide ~ platform']),
    ...cue('OFFER_TO_MEDIATE', ['mediat*', 'mediator', 'good offices', 'facilitate* ~ talks', 'facilitate* ~ dialogue']),
    ...cue('SUPPORT_FOR_PARTY', ['support* ~ ukraine', 'stand* with', 'solidarity with', 'support for', 'supports', 'backs', 'on the side of']),
    ...cue('CONDEMNATION', ['condemn*', 'denounc*', 'deplor*', 'unacceptable', 'strongly reject*', 'violation of']),
  ],
  ru: [
    ...cue('NOT_TAKING_SIDES', ['не ~ занима* ~ сторон*', 'ничью сторону', 'ни сторону', 'нейтрал*', 'беспристраст*', 'сбалансирован*'], true),
    ...cue('NON_ALIGNMENT', ['не ~ присоедин*', 'не ~ примыка*', 'блок*', 'неприсоединени*'], true),
    ...cue('NON_INTERFERENCE', ['невмешательств*', 'не ~ вмешива*', 'внутренние дела', 'внутренних дел', 'внутренние дела', 'дела третьих', 'дела других'], true),
    ...cue('PEACEFUL_SETTLEMENT', ['дипломатическ*', 'мирн*', 'переговор*', 'диалог*', 'урегулировани*', 'деэскалаци*', 'прекращени* огня', 'сдержанност*', 'политико-дипломатическ*']),
    ...cue('INTERNATIONAL_LAW_UN_CHARTER', ['международного права', 'международное право', 'международным правом', 'устав* оон', 'устава организации объединенных наций', 'суверенитет*', 'территориальн* целостност*']),
    ...cue('OFFER_TO_HOST_TALKS', ['площадк*', 'принять ~ переговор*', 'предостав* ~ площадк*', 'переговор* ~ у нас', 'у себя ~ переговор*']),
    ...cue('OFFER_TO_MEDIATE', ['посредник*', 'посредничеств*', 'посредническ*', 'добрые услуги']),
    ...cue('SUPPORT_FOR_PARTY', ['поддерживае*', 'поддержк*', 'солидарн*']),
    ...cue('CONDEMNATION', ['осужда*', 'осудил*', 'осуждени*', 'неприемлем*', 'недопустим*']),
  ],
  kk: [
    ...cue('NOT_TAKING_SIDES', ['ешқандай ~ тарап*', 'бейтарап*', 'тарапты ~ ұстанбай*'], true),
    ...cue('NON_ALIGNMENT', ['блок*', 'қосылма*'], true),
    ...cue('NON_INTERFERENCE', ['ішкі ~ істер*', 'араласпа*', 'араласпау'], true),
    ...cue('PEACEFUL_SETTLEMENT', ['дипломатиялық', 'бейбіт*', 'келіссөз*', 'диалог*', 'реттеу*', 'шешу*']),
    ...cue('INTERNATIONAL_LAW_UN_CHARTER', ['халықаралық құқық*', 'бұұ жарғы*', 'егемендік*', 'аумақтық тұтастық*']),
    ...cue('OFFER_TO_HOST_TALKS', ['алаң*', 'алаңын']),
    ...cue('OFFER_TO_MEDIATE', ['делдал*', 'арағайын*']),
    ...cue('SUPPORT_FOR_PARTY', ['қолдай*', 'қолдау*', 'ынтымақ*']),
    ...cue('CONDEMNATION', ['айыптай*', 'айыптады', 'қабылдауға болмайды']),
  ],
  de: [
    ...cue('NOT_TAKING_SIDES', ['neutral*', 'neutralität', 'keine ~ seite', 'nicht ~ partei', 'unparteiisch*'], true),
    ...cue('NON_ALIGNMENT', ['blockfrei*', 'keinem ~ block', 'bündnisfrei*'], true),
    ...cue('NON_INTERFERENCE', ['nichteinmischung', 'innere* angelegenheiten', 'nicht ~ einmisch*'], true),
    ...cue('PEACEFUL_SETTLEMENT', ['diplomatisch*', 'friedlich*', 'verhandlung*', 'dialog*', 'deeskalation', 'waffenruhe', 'waffenstillstand', 'zurückhaltung', 'politische lösung', 'verhandlungstisch', 'gespräch*']),
    ...cue('INTERNATIONAL_LAW_UN_CHARTER', ['völkerrecht*', 'un-charta', 'charta der vereinten nationen', 'souveränität', 'territoriale* integrität']),
    ...cue('OFFER_TO_HOST_TALKS', ['gastgeber*', 'plattform', 'austragungsort', 'ausrichten']),
    ...cue('OFFER_TO_MEDIATE', ['vermitt*', 'vermittler*', 'vermittlung*', 'gute dienste']),
    ...cue('SUPPORT_FOR_PARTY', ['unterstütz*', 'solidarität', 'an der seite']),
    ...cue('CONDEMNATION', ['verurteil*', 'inakzeptabel', 'aufs schärfste']),
  ],
};
