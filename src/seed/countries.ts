import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

/**
 * Every ISO 3166-1 country, with names in the languages researchers of the region read most, from the
 * i18n-iso-countries dataset. Loaded like any other import records, so it carries its source.
 */
const LANGUAGES = ['en', 'ru', 'kk', 'uz', 'ky', 'tk', 'az', 'hy', 'fa', 'ar', 'he', 'tr', 'zh', 'fr', 'de', 'es'];

const version = (createRequire(import.meta.url)('i18n-iso-countries/package.json') as { version: string }).version;
export const ISO_SOURCE_ID = 'source:iso-3166-i18n-iso-countries';

export function countryRecords(): unknown[] {
  const citation = [{ source: ISO_SOURCE_ID }];
  const source = {
    type: 'Source',
    id: ISO_SOURCE_ID,
    title: `ISO 3166-1 codes and country names (i18n-iso-countries ${version})`,
    publisher: 'i18n-iso-countries',
    url: 'https://www.npmjs.com/package/i18n-iso-countries',
    language: 'en',
    kind: 'DATASET',
  };
  const available = new Set(countries.langs());
  const records = Object.keys(countries.getAlpha2Codes()).map((iso2) => {
    const names = LANGUAGES.filter((lang) => available.has(lang)).flatMap((language) => {
      const all = (countries.getName(iso2, language, { select: 'all' }) as string[] | undefined) ?? [];
      return [...new Set(all)].map((value, i) => ({ value, language, kind: i === 0 ? 'OFFICIAL' : 'ALIAS', citations: citation }));
    });
    return {
      type: 'Country',
      id: `country:${iso2}`,
      iso2,
      iso3: countries.alpha2ToAlpha3(iso2),
      name: countries.getName(iso2, 'en', { select: 'official' }),
      names,
    };
  });
  return [source, ...records];
}
