import { z } from 'zod';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Why a YYYY-MM-DD text is not a day of the calendar ("2026-02-31 is not a date: February 2026
 * has 28 days."), or undefined when it is one or is not written as YYYY-MM-DD at all (the format
 * has its own message). JavaScript and YAML would roll 2026-02-31 over to March 3 without a word.
 */
export function impossibleDay(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `${text.trim()} is not a date: there is no month ${month}; write YYYY-MM-DD.`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${text.trim()} is not a date: ${MONTHS[month - 1]} ${year} has ${days} days.`;
  return undefined;
}

/**
 * A day written YYYY-MM-DD in front matter or YAML, as a Date. The content check reads YAML with
 * dates kept as texts, so a day that does not exist is refused here with its reason; a Date
 * (Astro's own front matter reading) is taken as it is.
 */
export function calendarDate(formatError: string) {
  return z.preprocess(
    (value, context) => {
      const problem = typeof value === 'string' ? impossibleDay(value) : undefined;
      if (problem) context.addIssue({ code: 'custom', message: problem, input: value });
      return value;
    },
    z.coerce.date({ error: formatError }),
  );
}
