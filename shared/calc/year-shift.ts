/**
 * Moving years written in text on by one, for next year's plan: financial years in titles ("2008/9",
 * "2008/09", "2008-09", "2008-2009" become "2009/10", "2009/10", "2009-10", "2009-2010") and, only where
 * the user asks, every year a date as written names ("March 2009" -> "March 2010"). Pure.
 */

// A first year, a separator, and a second year written with 1, 2 or 4 digits.
const FY = /\b((?:19|20)\d{2})(\s*[/-]\s*)(\d{4}|\d{1,2})\b/g;

/** The second year of a financial year written as the first was: 1 digit grows to 2 ("2009/10"). */
function secondYear(first: number, written: string): string {
  const end = first + 1;
  if (written.length === 4) return String(end);
  return String(end % 100).padStart(2, '0');
}

/** True when `second` (as written) is the year after `first`: 2008/9, 2008/09, 2008-2009. */
function isFinancialYear(first: number, second: string): boolean {
  const n = Number(second);
  if (second.length === 4) return n === first + 1;
  if (second.length === 2) return n === (first + 1) % 100;
  return n === (first + 1) % 10;
}

/** Moves every financial year in the text on by one; other numbers and ranges ("2008-2011") stay. */
export function shiftFinancialYears(text: string): string {
  return text.replace(FY, (all, first: string, sep: string, second: string) => {
    const y = Number(first);
    if (!isFinancialYear(y, second)) return all;
    return `${y + 1}${sep}${secondYear(y + 1, second.length === 4 ? second : second.padStart(2, '0'))}`;
  });
}

/** Moves every year the text names on by one: financial years as above, four-digit years, and dd/mm/yy dates. */
export function shiftAllYears(text: string): string {
  const ONE = /\b((?:19|20)\d{2})(?:(\s*[/-]\s*)(\d{4}|\d{1,2})\b)?|\b(\d{1,2}([/.])\d{1,2}\5)(\d{2})\b/g;
  return text.replace(
    ONE,
    (all, year: string | undefined, sep: string | undefined, second: string | undefined, dm: string | undefined, _s, yy: string | undefined) => {
      if (year) {
        const y = Number(year);
        if (second === undefined) return String(y + 1);
        if (isFinancialYear(y, second)) return shiftFinancialYears(all);
        // A range of years ("2008-2011") moves at both ends; a year then something else moves alone.
        const tail = second.length === 4 ? String(Number(second) + 1) : second;
        return `${y + 1}${sep}${tail}`;
      }
      return `${dm}${String((Number(yy) + 1) % 100).padStart(2, '0')}`;
    },
  );
}
