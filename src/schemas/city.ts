import { z } from 'zod';
import {
  BIDI_IN_NAME_MESSAGE,
  CONTROL_MESSAGE,
  bidiControls,
  controlCharacters,
  isInvisible,
} from './text-characters.ts';

/** A language tag the site is published in, e.g. `en`, `nl`, `ar`. */
const localeCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Use a BCP 47 language tag such as "en", "nl" or "pt-BR".');

const email = z.email('Use a full e-mail address such as "privacy@city.example".');

const httpsUrl = z.url({ protocol: /^https$/, error: 'Use an https:// address.' });

/**
 * A text of the profile (the city's name, the publisher, a team's name …): it lands in every page's
 * <title>, header and footer, the feeds and the open data. A control character would land there
 * raw and a direction control (U+202E) would reverse it on every page, so both are refused, as is
 * a text nobody can see. The path in the message names the field (`name.en`).
 */
const profileText = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    const controls = controlCharacters(text);
    if (controls.length > 0) ctx.addIssue({ code: 'custom', message: CONTROL_MESSAGE(controls) });
    const bidi = bidiControls(text);
    if (bidi.length > 0) ctx.addIssue({ code: 'custom', message: BIDI_IN_NAME_MESSAGE(bidi) });
    if (isInvisible(text))
      ctx.addIssue({
        code: 'custom',
        message: 'This text is only invisible characters: write a text readers can see.',
      });
  });

/** [latitude, longitude] in WGS 84 degrees. */
const latLng = z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]);

/** One language the city publishes in. */
export const localeSchema = z.object({
  /** Language tag used in URLs (`/<code>/`) and in `<html lang>`. */
  code: localeCode,
  /** The language's own name, shown in the language switcher (e.g. "Nederlands"). */
  name: profileText,
  /** Writing direction: `rtl` for Arabic, Hebrew, Persian, Urdu ... */
  dir: z.enum(['ltr', 'rtl']),
});

/** A team residents can write to. */
export const contactSchema = z.object({
  /** E-mail address; shown on pages and used for mailto links. */
  email,
  /** Team name per locale code, e.g. `{ en: 'Data protection officer', nl: '...' }`. */
  name: z.record(z.string(), profileText),
});

/** The git host the browser editor commits to (docs/editing.md). */
const editorBackendSchema = z.strictObject({
  /** github, gitlab or gitea. */
  name: z.enum(['github', 'gitlab', 'gitea']),
  /** The repository, as owner/name. */
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'Write the repository as owner/name, e.g. "city/privacy-site".'),
  /** The branch the site is built from. */
  branch: profileText.default('main'),
  /** The host's API, for a self-hosted GitLab or Gitea, e.g. https://git.city.example/api/v4. */
  apiRoot: httpsUrl.optional(),
  /** Where editors sign in: the self-hosted GitLab or Gitea, or the OAuth helper for GitHub. */
  baseUrl: httpsUrl.optional(),
  /** The OAuth application's id (GitLab and Gitea: sign-in with PKCE, no server of our own). */
  appId: profileText.optional(),
});

/** The browser editor at /admin/ (docs/editing.md). Off unless enabled. */
const editorSchema = z.strictObject({
  /** Publish the editor at /admin/. */
  enabled: z.boolean().default(false),
  /** The git host; without one the editor works only on a laptop, with `npm run editor`. */
  backend: editorBackendSchema.optional(),
  /** Changes go through review: draft, in review, ready, as branches and merge requests. */
  editorialWorkflow: z.boolean().default(true),
});

/** The city profile: everything city-specific outside content/. */
export const citySchema = z
  .object({
    /** The city's name per locale code. */
    name: z.record(z.string(), profileText),
    /** The organisation that publishes the site and its open data, per locale code. */
    publisher: z.record(z.string(), profileText),
    /** Public address of the site, without a trailing slash; used for canonical URLs, QR codes and security.txt. */
    siteUrl: httpsUrl.refine((url) => !url.endsWith('/'), 'Leave out the trailing slash.'),
    /** Languages in the order the language switcher shows them. */
    locales: z.array(localeSchema).min(1),
    /** Code of the language shown when a text is missing in another language. */
    defaultLocale: localeCode,
    /** Teams residents can contact. */
    contacts: z.object({
      /** The data protection officer: privacy questions and complaints. */
      privacy: contactSchema,
      /** The city's computer emergency response team: security reports. */
      cert: contactSchema,
      /** The team that keeps the sensor register. */
      register: contactSchema,
      /** The web team: accessibility and site feedback. */
      web: contactSchema,
    }),
    /**
     * Months after which the content check warns that a lesson, quiz or page was not reviewed
     * (its `reviewed` date): laws and advice change. 12 when left out.
     */
    reviewPeriodMonths: z.number().int().min(1).max(60).default(12),
    /** security.txt: until when the security contact information is valid (ISO 8601 date-time). */
    securityTxtExpires: z.iso.datetime(),
    /** Licence of the open data downloads. */
    openDataLicence: z.object({
      /** Short name, e.g. "CC BY 4.0". */
      name: profileText,
      /** Link to the licence text. */
      url: httpsUrl,
    }),
    /**
     * How many months the facts of a device may go unconfirmed (`factsChecked.date`) before the
     * content check warns and the statistics page counts the device as overdue.
     */
    factsCheckedMaxAgeMonths: z.number().int().min(1).max(60).default(12),
    /** The map's starting view and the area markers must lie in. */
    map: z.object({
      /** Where the map opens. */
      centre: latLng,
      /** Zoom level the map opens at (0 = whole world, 18 = street). */
      zoom: z.number().int().min(0).max(19),
      /** South-west and north-east corners of the city. */
      bounds: z.tuple([latLng, latLng]),
      /**
       * Optional tile server URL template ({z}/{x}/{y}). Empty: no background tiles, so no
       * request leaves the site. A city that sets one must say so in its privacy statement.
       */
      tileUrl: httpsUrl.optional(),
    }),
    /** The browser editor for the communications team at /admin/; off when left out. */
    editor: editorSchema.default({ enabled: false, editorialWorkflow: true }),
  })
  .superRefine((city, ctx) => {
    const codes = city.locales.map((locale) => locale.code);
    if (new Set(codes).size !== codes.length) {
      ctx.addIssue({ code: 'custom', path: ['locales'], message: 'Each language may be listed once.' });
    }
    if (!codes.includes(city.defaultLocale)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultLocale'],
        message: `"${city.defaultLocale}" is not one of the locales (${codes.join(', ')}).`,
      });
    }
    const texts = {
      name: city.name,
      ...Object.fromEntries(Object.entries(city.contacts).map(([k, v]) => [`contacts.${k}.name`, v.name])),
    };
    for (const [path, perLocale] of Object.entries(texts)) {
      const missing = codes.filter((code) => !perLocale[code]);
      if (missing.length > 0) {
        ctx.addIssue({ code: 'custom', path: path.split('.'), message: `Add a text for: ${missing.join(', ')}.` });
      }
    }
  });

export type CityInput = z.input<typeof citySchema>;
export type City = z.output<typeof citySchema>;
export type Locale = z.output<typeof localeSchema>;
export type ContactRole = keyof City['contacts'];
