import { z } from 'zod';
import { localizedText } from './localized-text.ts';
import { localizedName } from './name-text.ts';

/** A term id: lowercase words joined by hyphens, stable forever (files and exports refer to it). */
export const termId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and hyphens, e.g. "air-quality".');

/** One term of a controlled vocabulary (`content/taxonomy/<vocabulary>.yaml`). */
export const termSchema = z.strictObject({
  id: termId.meta({ description: 'Stable id used in register entries.' }),
  label: localizedName(60, 'label').meta({
    description: 'Short label per language, as shown in filters and on signs.',
  }),
  description: localizedText.meta({
    description: 'One plain-language sentence per language explaining the term to residents.',
  }),
  icon: z.string().min(1).meta({ description: "Name of a drawing in the site's icon set (src/components/icons.ts)." }),
  dtpr: z
    .string()
    .regex(/^[a-z0-9_]+$/)
    .nullable()
    .meta({
      description:
        'The element id of the DTPR taxonomy (https://dtpr.io/taxonomy) this term maps to, e.g. `safety_security`, or null when DTPR has none.',
    }),
});

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
  })
  .meta({
    description:
      'A vocabulary file: a list of terms; one of them may be `other` (the entry then explains in `otherDetails`).',
  });

export type Term = z.output<typeof termSchema>;

/** One of the six GDPR legal bases (`content/taxonomy/legal-bases.yaml`): a term with its article. */
export const legalBasisTermSchema = termSchema.extend({
  article: z
    .string()
    .regex(/^6\(1\)\([a-f]\)$/, 'Write the article as 6(1)(a) to 6(1)(f).')
    .meta({ description: 'The GDPR article that defines it, e.g. "6(1)(e)".' }),
});

export const legalBasesSchema = z
  .array(legalBasisTermSchema)
  .min(1)
  .meta({ description: "content/taxonomy/legal-bases.yaml: the legal bases a device's `legalBasis.basis` can name." });
