/**
 * The date of a statement: the one its attribution gives ("said on Wednesday", "заявил сегодня", "at a
 * March 3 briefing"), resolved against the publication date, else the publication date. chrono-node reads
 * English, Russian and German; Kazakh has no chrono locale, so its few relative words are listed here.
 * Reporting speaks of the past: a bare weekday that would fall after publication means the one before.
 */
import * as chrono from 'chrono-node';
import { parsePartialDate, type DatePrecision } from '../records/partialDate.js';
import type { AnnotationLanguage, ProposedDate, Span } from './types.js';

const PARSERS: Partial<Record<AnnotationLanguage, chrono.Chrono>> = { en: chrono.casual, ru: chrono.ru.casual, de: chrono.de.casual };

/** Kazakh relative days (бүгін today, кеше yesterday, алдыңғы күні the day before yesterday). */
const KAZAKH_DAYS: Array<[RegExp, number]> = [
  [/(^|[^\p{L}])бүгін(?![\p{L}])/iu, 0],
  [/(^|[^\p{L}])кеше(?![\p{L}])/iu, -1],
  [/(^|[^\p{L}])алдыңғы күні(?![\p{L}])/iu, -2],
];
const KAZAKH_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const KAZAKH_DATE = new RegExp(`(\\d{1,2})\\s+(${KAZAKH_MONTHS.join('|')})[\\p{L}]*`, 'iu');

const DATE_HINT: Record<AnnotationLanguage, RegExp> = {
  en: /\d|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|month/iu,
  ru: /\d|сегодня|вчера|позавчера|понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресень|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|недел/iu,
  kk: /./u,
  de: /\d|heute|gestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|woche/iu,
};

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export function publishedDate(published: string | null): ProposedDate | null {
  const parsed = published ? parsePartialDate(published) : null;
  if (!parsed || !published) return null;
  return { value: published, precision: parsed.precision, basis: 'PUBLISHED', span: null };
}

/**
 * The first date expression in `frame` (a stretch of the text with what was said blanked out, so a date
 * inside the statement, "would fly home on March 4", is not taken for the day it was said).
 */
export function dateFromText(frame: string, offset: number, language: AnnotationLanguage, published: string | null): ProposedDate | null {
  const base = published ? parsePartialDate(published) : null;
  if (!base || base.precision !== 'DAY') return null;
  const instant = new Date(`${base.date}T12:00:00Z`);
  if (language === 'kk') return kazakhDate(frame, offset, instant);
  const parser = PARSERS[language];
  // chrono reads every number as a possible date; a frame without a digit or a day or month word has none.
  if (!parser || !DATE_HINT[language].test(frame)) return null;
  for (const r of parser.parse(frame, { instant, timezone: 0 }, { forwardDate: false })) {
    const c = r.start;
    if (c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday')) continue;
    let date = c.date();
    if (c.isCertain('weekday') && !c.isCertain('day') && date > instant) date = new Date(date.getTime() - 7 * 86_400_000);
    const precision: DatePrecision = c.isCertain('day') || c.isCertain('weekday') || (!c.isCertain('month') && !c.isCertain('year')) ? 'DAY' : c.isCertain('month') ? 'MONTH' : 'YEAR';
    const value = precision === 'DAY' ? iso(date) : precision === 'MONTH' ? iso(date).slice(0, 7) : iso(date).slice(0, 4);
    const span: Span = { start: offset + r.index, end: offset + r.index + r.text.length };
    return { value, precision, basis: 'TEXT', span };
  }
  return null;
}

function kazakhDate(frame: string, offset: number, instant: Date): ProposedDate | null {
  const m = KAZAKH_DATE.exec(frame);
  if (m) {
    const month = KAZAKH_MONTHS.findIndex((name) => m[2].toLowerCase().startsWith(name));
    let year = instant.getUTCFullYear();
    if (month > instant.getUTCMonth()) year--;
    return { value: `${year}-${pad(month + 1)}-${pad(Number(m[1]))}`, precision: 'DAY', basis: 'TEXT', span: { start: offset + m.index, end: offset + m.index + m[0].length } };
  }
  for (const [pattern, days] of KAZAKH_DAYS) {
    const d = pattern.exec(frame);
    if (!d) continue;
    const start = offset + d.index + d[1].length;
    return { value: iso(new Date(instant.getTime() + days * 86_400_000)), precision: 'DAY', basis: 'TEXT', span: { start, end: offset + d.index + d[0].length } };
  }
  return null;
}
