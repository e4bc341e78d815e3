import { z } from 'zod';
import { city } from '../site/city.ts';

const codes = city.locales.map((locale) => locale.code);

/**
 * Text per language: `{ en: "...", nl: "..." }`. The default language is required; others fall
 * back to it with a visible notice. Unknown language codes are refused (a typo would hide text).
 */
export const localizedText = z
  .record(z.string(), z.string().trim().min(1, 'Write the text or leave the language out.'))
  .superRefine((text, ctx) => {
    for (const code of Object.keys(text)) {
      if (!codes.includes(code)) {
        ctx.addIssue({
          code: 'custom',
          path: [code],
          message: `"${code}" is not a site language (${codes.join(', ')}).`,
        });
      }
    }
    if (!text[city.defaultLocale]) {
      ctx.addIssue({
        code: 'custom',
        path: [city.defaultLocale],
        message: `Write the ${city.defaultLocale} text: it is shown when a language is missing.`,
      });
    }
  });

export type LocalizedText = z.output<typeof localizedText>;

/**
 * Every schema of text per language (localizedText and the capped ones built on it), with the
 * cap of each text, so that the JSON Schemas editors get list the languages and the cap.
 */
export const perLanguageTexts = new WeakMap<object, { maxLength?: number }>([[localizedText, {}]]);
