import { describe, expect, it } from 'vitest';
import { EARLIEST_DAY, LATEST_DAY, answered, fromStored, heldOn, parsePartialDate, rangeExtent, storedProps, within } from '../src/records/partialDate.js';

/** The partial-date rules a researcher relies on: what a value can denote, and "certainly" vs "possibly" within a range. */

const d = (text: string) => parsePartialDate(text)!;
const period = (start: string | null, end: string | null) => ({ start: start ? d(start) : null, end: end ? d(end) : null });

describe('parsePartialDate', () => {
  it('keeps the three single forms, each from its first to its last day', () => {
    expect(d('2026-03-03')).toEqual({ value: '2026-03-03', date: '2026-03-03', last: '2026-03-03', precision: 'DAY' });
    expect(d('2024-02')).toMatchObject({ date: '2024-02-01', last: '2024-02-29', precision: 'MONTH' });
    expect(d('2013')).toMatchObject({ date: '2013-01-01', last: '2013-12-31', precision: 'YEAR' });
    expect(parsePartialDate('2013-02-30')).toBeNull();
  });

  it('reads a range ("from 3 to 8 March") and bounds ("before June 2025", "after 2020")', () => {
    expect(d('2026-03-03/2026-03-08')).toMatchObject({ date: '2026-03-03', last: '2026-03-08', precision: 'RANGE' });
    expect(d('2025/2026-03-03')).toMatchObject({ date: '2025-01-01', last: '2026-03-03', precision: 'RANGE' });
    expect(d('../2025-05')).toMatchObject({ date: EARLIEST_DAY, last: '2025-05-31', precision: 'BOUND' });
    expect(d('2021/..')).toMatchObject({ date: '2021-01-01', last: LATEST_DAY, precision: 'BOUND' });
  });

  it('refuses a range that ends before it starts, or open at both ends', () => {
    expect(parsePartialDate('2026-03-08/2026-03-03')).toBeNull();
    expect(parsePartialDate('../..')).toBeNull();
    expect(parsePartialDate('2026/2027/2028')).toBeNull();
  });
});

describe('within: certainly or possibly', () => {
  const firstWeek = rangeExtent('2026-03-01', '2026-03-07');
  it('a value known only to the month is possibly, not certainly, within a day range inside it', () => {
    expect(within(d('2026-03'), firstWeek, 'CERTAINLY')).toBe(false);
    expect(within(d('2026-03'), firstWeek, 'POSSIBLY')).toBe(true);
    expect(within(d('2026-03-03'), firstWeek, 'CERTAINLY')).toBe(true);
  });
  it('a range ("from 3 to 8 March") is certainly within a range holding all its days, possibly within one holding some', () => {
    const days = d('2026-03-03/2026-03-08');
    expect(within(days, rangeExtent('2026-03-01', '2026-03-10'), 'CERTAINLY')).toBe(true);
    expect(within(days, rangeExtent('2026-03-05', '2026-03-31'), 'CERTAINLY')).toBe(false);
    expect(within(days, rangeExtent('2026-03-05', '2026-03-31'), 'POSSIBLY')).toBe(true);
    expect(within(days, rangeExtent('2026-03-09', '2026-03-31'), 'POSSIBLY')).toBe(false);
  });
  it('a bound ("before June 2025") is certainly within no range with a start, possibly within any reaching before June', () => {
    const before = d('../2025-05-31');
    expect(within(before, rangeExtent('2025-01-01', '2025-12-31'), 'CERTAINLY')).toBe(false);
    expect(within(before, rangeExtent(null, '2025-06-30'), 'CERTAINLY')).toBe(true);
    expect(within(before, rangeExtent('2025-05-01', '2025-12-31'), 'POSSIBLY')).toBe(true);
    expect(within(before, rangeExtent('2025-06-01', null), 'POSSIBLY')).toBe(false);
  });
  it('an undated value is within no range at all', () => {
    expect(within(null, rangeExtent(null, null), 'POSSIBLY')).toBe(false);
  });
});

describe('stored and answered', () => {
  it('a range or bound is stored with its first and last days and read back as written', () => {
    const props = storedProps('start', d('../2025-05'));
    expect(props).toEqual({ start: EARLIEST_DAY, startLast: '2025-05-31', startPrecision: 'BOUND', startText: '../2025-05' });
    expect(fromStored(props, 'start')).toEqual(d('../2025-05'));
    expect(answered(d('../2025-05'))).toEqual({ value: '../2025-05', precision: 'BOUND', first: null, last: '2025-05-31' });
    expect(answered(d('2026-03/2026-04-02'))).toEqual({ value: '2026-03/2026-04-02', precision: 'RANGE', first: '2026-03-01', last: '2026-04-02' });
  });
});

describe('heldOn', () => {
  it('an office with unknown dates is possibly held on any day, certainly on none', () => {
    expect(heldOn(period(null, null), d('1990'), 'CERTAINLY')).toBe(false);
    expect(heldOn(period(null, null), d('2030'), 'POSSIBLY')).toBe(true);
  });
  it('an office that began "between 1 and 10 March 2026" is certainly held from 10 March, possibly from 1 March', () => {
    expect(heldOn(period('2026-03-01/2026-03-10', null), d('2026-03-05'), 'POSSIBLY')).toBe(true);
    expect(heldOn(period('2026-03-01/2026-03-10', '2027'), d('2026-03-05'), 'CERTAINLY')).toBe(false);
    expect(heldOn(period('2026-03-01/2026-03-10', '2027'), d('2026-03-10'), 'CERTAINLY')).toBe(true);
    expect(heldOn(period('2026-03-01/2026-03-10', '2027'), d('2026-02-28'), 'POSSIBLY')).toBe(false);
  });
  it('an office attested on a day ("../2026-03-03" to "2026-03-03/..") is certainly held that day', () => {
    expect(heldOn(period('../2026-03-03', '2026-03-03/..'), d('2026-03-03'), 'CERTAINLY')).toBe(true);
    expect(heldOn(period('../2026-03-03', '2026-03-03/..'), d('2026-03-04'), 'CERTAINLY')).toBe(false);
  });
  it('an office from 2025 to March 2026 is certainly held in January 2026, only possibly mid-March or in 2025', () => {
    expect(heldOn(period('2025', '2026-03'), d('2026-01-15'), 'CERTAINLY')).toBe(true);
    expect(heldOn(period('2025', '2026-03'), d('2025-12-01'), 'CERTAINLY')).toBe(false);
    expect(heldOn(period('2025', '2026-03'), d('2026-03-15'), 'CERTAINLY')).toBe(false);
    expect(heldOn(period('2025', '2026-03'), d('2026-03-15'), 'POSSIBLY')).toBe(true);
  });
});
