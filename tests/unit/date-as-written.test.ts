/**
 * Target dates as written: the forms people use, and every deliverable target in the bundled sample,
 * so a new way of writing a date that we fail to read shows up here rather than as a missed overdue flag.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareTargets, dueMonthIndex, isOverdue, parseTargetDate } from '../../shared/calc/date-as-written';
import { exchangeSchema } from '../../shared/model/plan';
import type { Deliverable } from '../../shared/model/columns';

const samplePath = fileURLToPath(new URL('../../assets/sample-plan.json', import.meta.url));
const sample = exchangeSchema.parse(JSON.parse(readFileSync(samplePath, 'utf8')));

/** Every distinct deliverable target in the sample, whatever table holds it. */
const sampleTargets = [
  ...new Set(
    sample.plans
      .flatMap((p) =>
        p.sections.flatMap((s) =>
          s.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => (r.cells.deliverables as Deliverable[] | undefined) ?? []) : [])),
        ),
      )
      .map((d) => d.target),
  ),
].sort();

/** Recurring or unknown phrases that name no date: they stay as text and are never overdue. */
const NOT_DATES = ['', 'On going', 'On-going', 'Ongoing', 'Termly'];

const m = (month: number, year: number) => ({ month, year, kind: 'month' });
const season = (month: number, year: number) => ({ month, year, kind: 'season' });

describe('parseTargetDate', () => {
  it.each([
    ['Sept 2008', m(9, 2008)],
    ['March 2009', m(3, 2009)],
    ['July 2008 onwards', m(7, 2008)],
    ['Dec 2008', m(12, 2008)],
    ['June 2008', m(6, 2008)],
    ['Summer 2008', season(7, 2008)],
    ['2009', { month: null, year: 2009, kind: 'year' }],
    ['Sept 2008 & March 2009', m(3, 2009)],
    ['April 2008 - March 2009', m(3, 2009)],
    ['Autumn term 2008', season(12, 2008)],
    ['31st March 2009', m(3, 2009)],
    ['03/2009', m(3, 2009)],
    ['31/03/2009', m(3, 2009)],
    ['End of March 2009', m(3, 2009)],
    ['By September 2008', m(9, 2008)],
    ['Sep 2008', m(9, 2008)],
    ['Jan. 2009', m(1, 2009)],
    ['OCTOBER 2008', m(10, 2008)],
    ['Sept & Dec 2008', m(12, 2008)],
    ['Spring 2009', season(4, 2009)],
    ['Winter 2009', season(2, 2009)],
    // Forms from the sample.
    ['July 2008 then ongoing', m(7, 2008)],
    ['Sept 2008 onwards', m(9, 2008)],
    ['from April 2008', m(4, 2008)],
    ['End of terms 2, 4 and 6 2009', season(7, 2009)],
    // A financial year is due at its end.
    ['2008/09', m(3, 2009)],
    // Whole dates as typed in the UK, day first, with a two- or four-digit year.
    ['31/03/09', m(3, 2009)],
    ['31.03.2009', m(3, 2009)],
    ['31-03-2009', m(3, 2009)],
    ['31.03.09', m(3, 2009)],
    ['1/4/08', m(4, 2008)],
    ['05/06/98', m(6, 1998)],
    ['By 30/09/08', m(9, 2008)],
    ['2009-03-31', m(3, 2009)],
    ['01/04/08 - 31/03/09', m(3, 2009)],
    // Not a date of one day: "1-2" then a year is a range of phases in that year.
    ['Phases 1-2 2009', { month: null, year: 2009, kind: 'year' }],
  ])('%s', (text, expected) => {
    expect(parseTargetDate(text)).toEqual(expected);
  });

  it.each(['Termly', 'On going', 'Ongoing', '', 'TBC', 'Annually', 'March', 'Each term'])('%j names no date', (text) => {
    expect(parseTargetDate(text)).toBeNull();
    expect(dueMonthIndex(text)).toBeNull();
    expect(isOverdue(text, new Date(2030, 0, 1))).toBe(false);
  });

  it('reads every deliverable target in the sample, or it is a known non-date', () => {
    expect(sampleTargets.length).toBe(33);
    const unread = sampleTargets.filter((t) => parseTargetDate(t) === null);
    expect(unread).toEqual(NOT_DATES);
  });
});

describe('dueMonthIndex', () => {
  it('counts months from year 0, a bare year as its December', () => {
    expect(dueMonthIndex('March 2009')).toBe(2009 * 12 + 2);
    expect(dueMonthIndex('2009')).toBe(2009 * 12 + 11);
    expect(dueMonthIndex('2009')).toBe(dueMonthIndex('Dec 2009'));
  });
});

describe('isOverdue', () => {
  it('once the whole target month has passed', () => {
    expect(isOverdue('Nov 2008', new Date(2008, 10, 30, 23, 59))).toBe(false);
    expect(isOverdue('Nov 2008', new Date(2008, 11, 1))).toBe(true);
    expect(isOverdue('April 2008 - March 2009', new Date(2009, 2, 31))).toBe(false);
    expect(isOverdue('April 2008 - March 2009', new Date(2009, 3, 1))).toBe(true);
    expect(isOverdue('Summer 2008', new Date(2008, 7, 1))).toBe(true);
  });
  it('a bare year from the January after it', () => {
    expect(isOverdue('2009', new Date(2009, 11, 31))).toBe(false);
    expect(isOverdue('2009', new Date(2010, 0, 1))).toBe(true);
  });
  it('a date written as 31/03/09 or 31.03.2009 like March 2009', () => {
    for (const text of ['31/03/09', '31.03.2009', '31-03-2009', 'March 2009']) {
      expect(isOverdue(text, new Date(2009, 2, 31)), text).toBe(false);
      expect(isOverdue(text, new Date(2009, 3, 1)), text).toBe(true);
    }
  });
  it('a day or month that cannot be is not read as a date', () => {
    expect(parseTargetDate('31/13/09')).toBeNull();
    expect(parseTargetDate('32.03.09')).toBeNull();
  });
  it('"X onwards" is due from X', () => {
    expect(isOverdue('July 2008 onwards', new Date(2008, 7, 1))).toBe(true);
  });
});

describe('compareTargets', () => {
  it('dates first in date order, then the rest as text', () => {
    const sorted = ['Termly', 'March 2009', '2008', 'Ongoing', 'Sept 2008', '', 'Summer 2008', 'Dec 2008'].sort(compareTargets);
    expect(sorted).toEqual(['Summer 2008', 'Sept 2008', '2008', 'Dec 2008', 'March 2009', '', 'Ongoing', 'Termly']);
  });
  it('sorts the sample targets with every date before every non-date', () => {
    const sorted = [...sampleTargets].sort(compareTargets);
    expect(sorted.slice(-NOT_DATES.length)).toEqual(NOT_DATES);
    expect(sorted[0]).toBe('June 2007');
  });
});
