import { z } from 'zod';
import { localizedText } from './localized-text.ts';
import { localizedName } from './name-text.ts';

/** A term id: lowercase words joined by hyphens, stable forever (files and exports refer to it). */
export const termId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and hyphens, e.g. "air-quality".');

/** One term of a controlled vocabulary (`content/taxonomy/<vocabulary>.yaml`). */
export const termSchema = z.strictObject({
  /** Stable id used in register entries. */
  id: termId,
  /** Short label per language, as shown in filters and on signs. */
  label: localizedName(60, 'label'),
  /** One plain-language sentence per language explaining the term to residents. */
  description: localizedText,
  /** Name of a drawing in the site's icon set (src/components/icons.ts). */
  icon: z.string().min(1),
  /** The element id of the DTPR taxonomy (https://dtpr.io/taxonomy) this term maps to, e.g. `safety_security`, or null when DTPR has none. */
  dtpr: z
    .string()
    .regex(/^[a-z0-9_]+$/)
    .nullable(),
});

/** A vocabulary file: a list of terms; one of them may be `other` (the entry then explains in `otherDetails`). */
export const vocabularySchema = z
  .array(termSchema)
  .min(1)
  .superRefine((terms, ctx) => {
    const seen = new Set<string>();
    terms.forEach((term, index) => {
      if (seen.has(term.id))
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${term.id}" is listed twice.` });
      seen.add(term.id);
    });
  });

export type Term = z.output<typeof termSchema>;

/** One of the six GDPR legal bases (`content/taxonomy/legal-bases.yaml`): a term with its article. */
export const legalBasisTermSchema = termSchema.extend({
  /** The GDPR article that defines it, e.g. "6(1)(e)". */
  article: z.string().regex(/^6\(1\)\([a-f]\)$/, 'Write the article as 6(1)(a) to 6(1)(f).'),
});

/** content/taxonomy/legal-bases.yaml: the legal bases a device's `legalBasis.basis` can name. */
export const legalBasesSchema = z.array(legalBasisTermSchema).min(1);
