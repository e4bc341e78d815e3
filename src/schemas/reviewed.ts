import { calendarDate } from './calendar-date.ts';

/**
 * The day a text or a source was last checked, YYYY-MM-DD. Front matter may hand it over as a
 * Date, a quiz as text; both become a Date. The content check warns when it is older than the
 * city profile's reviewPeriodMonths (city.config.ts).
 */
export const reviewedDate = calendarDate('Write the day it was last checked as YYYY-MM-DD, e.g. 2026-12-05.');
