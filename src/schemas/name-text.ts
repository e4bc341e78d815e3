import { z } from 'zod';
import { BIDI_IN_NAME_MESSAGE, bidiControls, INVISIBLE_NAME_MESSAGE, isInvisible } from './text-characters.ts';
import { localizedText, perLanguageTexts } from './localized-text.ts';

/**
 * Names and titles: one line that residents read in lists, on pages and on street signs. Beyond
 * what every text may not hold (control characters, refused when the file is read), a name may
 * not hold direction controls, may not be only invisible characters, and has a length cap, so
 * that a pasted megabyte cannot make a 2 MB sign and a 10 MB page.
 */
function nameProblems(value: string): string[] {
  const bidi = bidiControls(value);
  if (bidi.length > 0) return [BIDI_IN_NAME_MESSAGE(bidi)];
  return isInvisible(value) ? [INVISIBLE_NAME_MESSAGE] : [];
}

const capMessage = (max: number, what: string, length?: number) =>
  `Keep the ${what} to ${max} characters${length === undefined ? '' : ` (it has ${length.toLocaleString('en')})`}: it is shown in lists, headings and on street signs.`;

/** A name in one language, at most `max` characters. */
export function nameText(max: number, what = 'name') {
  return z
    .string()
    .trim()
    .min(1, `Write the ${what}.`)
    .max(max, capMessage(max, what))
    .superRefine((value, ctx) => {
      for (const message of nameProblems(value)) ctx.addIssue({ code: 'custom', message });
    });
}

/** A name per language (`{ en: …, nl: … }`), each at most `max` characters. */
export function localizedName(max: number, what = 'name') {
  const schema = localizedText.superRefine((text, ctx) => {
    for (const [code, value] of Object.entries(text)) {
      const problems = nameProblems(value);
      if (value.length > max) problems.push(capMessage(max, what, value.length));
      for (const message of problems) ctx.addIssue({ code: 'custom', path: [code], message });
    }
  });
  perLanguageTexts.set(schema, { maxLength: max });
  return schema;
}

/** A text per language that is not a name (a summary), capped at `max` characters. */
export function localizedSummary(max: number, what = 'summary') {
  const schema = localizedText.superRefine((text, ctx) => {
    for (const [code, value] of Object.entries(text)) {
      if (value.length > max)
        ctx.addIssue({
          code: 'custom',
          path: [code],
          message: `Keep the ${what} to ${max} characters (it has ${value.length.toLocaleString('en')}): one or two plain sentences.`,
        });
    }
  });
  perLanguageTexts.set(schema, { maxLength: max });
  return schema;
}
