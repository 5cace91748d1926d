/**
 * The words the rules look for, per language. Each list is general reporting vocabulary, not words of one
 * article: verbs of saying, pronouns, the roles officials are referred to by, and the cue words of
 * negation, future and condition. Entries are lower case; a trailing `*` means "this stem and up to
 * four more letters", which covers Russian, Kazakh and German endings without a morphology library.
 */
import type { AnnotationLanguage } from './types.js';

export interface Lexicon {
  /** Verbs (and verb phrases) that report speech: "said", "заявил*", "sagte". */
  speechVerbs: string[];
  /** Words between a verb of saying and what was said that introduce it: "that", "что", "dass". */
  complementizers: string[];
  /** Phrases before a speaker that make the rest of the sentence reported speech: "according to", "по словам". */
  accordingTo: string[];
  /** Phrases after a speaker, for languages that put it first: Kazakh "айтуынша" (in X's words). */
  accordingToAfter: string[];
  /** Personal pronouns that can be a speaker. */
  pronouns: string[];
  /** Words that refer to a person by role ("the minister"). */
  personRoles: string[];
  /** Words that refer to an organization by role ("the ministry"). */
  organizationRoles: string[];
  /** Words that end a speaker's name phrase after a verb ("said Lavrov at the briefing"). */
  phraseStops: string[];
  negation: string[];
  future: string[];
  /** Words that open a condition; the condition runs to the next comma or the end of the clause. */
  condition: string[];
}

const EN: Lexicon = {
  speechVerbs: [
    'said', 'says', 'told', 'stated', 'states', 'stressed', 'stresses', 'stressing', 'noted', 'notes', 'noting',
    'emphasized', 'emphasised', 'emphasizing', 'emphasising', 'added', 'adding', 'announced', 'declared', 'warned',
    'urged', 'explained', 'underlined', 'underscored', 'insisted', 'argued', 'claimed', 'confirmed', 'reiterated',
    'pointed out', 'remarked', 'commented', 'wrote', 'assured', 'asserted', 'highlighted', 'recalled',
    'acknowledged', 'observed', 'replied', 'responded', 'concluded', 'affirmed', 'tweeted', 'reaffirmed',
    'expressed hope', 'expressed confidence', 'believes', 'cautioned', 'indicated', 'clarified', 'reported', 'reports',
  ],
  complementizers: ['that'],
  accordingTo: ['according to'],
  accordingToAfter: [],
  pronouns: ['he', 'she', 'they', 'we', 'him', 'her', 'them'],
  personRoles: [
    'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'diplomat', 'president', 'ambassador', 'envoy',
    'official', 'secretary', 'chancellor', 'premier', 'prime minister', 'representative', 'head', 'chief', 'deputy', 'pm', 'negotiator',
    'counterpart', 'colleague', 'source', 'sources',
  ],
  organizationRoles: ['ministry', 'government', 'foreign ministry', 'office', 'department', 'embassy', 'agency', 'administration'],
  phraseStops: ['at', 'on', 'in', 'during', 'when', 'while', 'after', 'before', 'to', 'as', 'who', 'from', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'and', 'with', 'via', 'told', 'speaking', 'that'],
  negation: ['not', 'no', 'never', 'neither', 'nor', "don't", "doesn't", "won't", "isn't", "aren't", "didn't", "wouldn't", 'cannot', "can't", 'refuse*', 'reject*'],
  future: ['will', 'would', 'shall', 'ready', 'willing', 'prepared', 'intends', 'plans', 'going to'],
  condition: ['if', 'in the event of', 'in the event that', 'provided that', 'should the', 'as long as', 'unless', 'once'],
};

const RU: Lexicon = {
  speechVerbs: [
    'сказал*', 'заявил*', 'отметил*', 'подчеркнул*', 'сообщил*', 'добавил*', 'указал*', 'пояснил*', 'заверил*',
    'напомнил*', 'констатировал*', 'предупредил*', 'рассказал*', 'ответил*', 'уточнил*', 'резюмировал*',
    'акцентировал*', 'заявля*', 'отмеча*', 'подчеркива*', 'говорит', 'говорится', 'считает', 'призвал*', 'выразил*',
    'признал*', 'написал*', 'высказал*', 'подтвердил*', 'сообщается', 'сообщает', 'обратил внимание', 'убежден*',
    'произнес*', 'произнёс*', 'сообщили', 'отметили', 'заявили', 'подчеркнули', 'добавили', 'говорится',
  ],
  complementizers: ['что', 'о том, что'],
  accordingTo: ['по словам', 'по его словам', 'по ее словам', 'по её словам', 'по их словам', 'по мнению', 'как отметил*', 'как заявил*', 'как подчеркнул*', 'как сообщил*', 'как сказал*', 'по данным', 'согласно'],
  accordingToAfter: [],
  pronouns: ['он', 'она', 'они', 'мы', 'его', 'ее', 'её', 'их'],
  personRoles: [
    'министр*', 'замминистр*', 'глав*', 'дипломат*', 'президент*', 'посол', 'посл*', 'спикер*', 'представител*',
    'официальн*', 'заместител*', 'пресс-секретар*', 'руководител*', 'председател*', 'премьер*', 'канцлер*',
    'коллег*', 'источник*',
  ],
  organizationRoles: ['мид', 'министерств*', 'ведомств*', 'правительств*', 'посольств*', 'внешнеполитическ*', 'администраци*'],
  phraseStops: ['на', 'в', 'во', 'во время', 'после', 'перед', 'при', 'когда', 'журналистам', 'в ходе', 'по', 'с', 'и', 'который', 'которая'],
  negation: ['не', 'нет', 'ни', 'никогда', 'отказ*', 'отверга*'],
  future: ['будет', 'будем', 'будут', 'буду', 'готов*', 'намерен*', 'планиру*', 'продолжит', 'продолжим'],
  condition: ['если', 'в случае', 'при условии', 'когда'],
};

const KK: Lexicon = {
  speechVerbs: [
    'деді', 'айтты', 'мәлімдеді', 'атап өтті', 'хабарлады', 'жеткізді', 'білдірді', 'түсіндірді', 'мәлім етті',
    'баса айтты', 'баса назар аударды', 'атап көрсетті', 'сендірді', 'ескертті', 'пікір білдірді', 'айтады', 'растады',
    'аталып өтті', 'жариялады', 'мәлімдеме жасады',
  ],
  complementizers: ['екенін', 'екендігін', 'деп', 'деген'],
  accordingTo: [],
  accordingToAfter: ['айтуынша', 'сөзінше', 'пікірінше', 'мәліметінше'],
  pronouns: ['ол', 'олар', 'біз'],
  personRoles: ['министр*', 'министрі*', 'орынбасар*', 'елші*', 'президент*', 'басшы*', 'өкіл*', 'спикер*', 'дипломат*', 'төраға*', 'әріптес*', 'дерек*'],
  organizationRoles: ['сім', 'министрлі*', 'ведомство*', 'үкімет*', 'елшілі*'],
  phraseStops: ['және', 'кезінде', 'брифингте', 'жиында', 'журналистерге'],
  negation: ['емес', 'жоқ', 'ешқандай', 'ешқашан', 'бас тарт*'],
  future: ['болады', 'береді', 'дайын', 'ниетті', 'жоспарла*'],
  condition: ['егер', 'жағдайда', 'болса'],
};

const DE: Lexicon = {
  speechVerbs: [
    'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'unterstrich', 'teilte mit', 'hieß es', 'warnte',
    'forderte', 'bekräftigte', 'meinte', 'versicherte', 'kritisierte', 'äußerte', 'ergänzte', 'fügte hinzu',
    'sprach', 'verwies', 'mahnte', 'stellte klar', 'räumte ein', 'schrieb', 'bestätigte', 'kündigte an', 'teilte',
    'stellte fest', 'stellt fest', 'hob hervor', 'äußerte die hoffnung', 'zeigte sich', 'erklärt',
  ],
  complementizers: ['dass'],
  accordingTo: ['laut', 'nach angaben', 'nach worten', 'wie'],
  accordingToAfter: ['zufolge'],
  pronouns: ['er', 'sie', 'wir'],
  personRoles: ['minister', 'ministerin', 'außenminister*', 'bundesminister*', 'sprecher*', 'diplomat*', 'präsident*', 'botschafter*', 'gesandt*', 'kanzler*', 'chef*', 'vertreter*', 'staatssekretär*', 'beauftragt*', 'amtskolleg*', 'kolleg*', 'quelle*'],
  organizationRoles: ['ministerium', 'auswärtige amt', 'außenministerium', 'regierung', 'botschaft', 'bundesregierung', 'kreml'],
  phraseStops: ['am', 'an', 'in', 'im', 'bei', 'beim', 'während', 'nach', 'vor', 'auf', 'und', 'dem', 'gegenüber', 'mit', 'heute', 'gestern'],
  negation: ['nicht', 'kein*', 'nie', 'niemals', 'weder', 'ablehn*'],
  future: ['wird', 'werden', 'werde', 'bereit', 'will', 'wollen', 'beabsichtig*', 'plant'],
  condition: ['wenn', 'falls', 'sofern', 'im falle', 'unter der bedingung'],
};

export const LEXICONS: Record<AnnotationLanguage, Lexicon> = { en: EN, ru: RU, kk: KK, de: DE };
