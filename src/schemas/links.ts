import { z } from 'zod';

/** A web address; only https, so that no link sends a resident to an unencrypted or script URL. */
export const httpsUrl = z.url({
  protocol: /^https$/,
  error: 'Use a full https:// address (http:, javascript: and other kinds are refused).',
});

/** A way to reach someone: `mailto:team@city.example` or an https:// contact form. */
export const contactAddress = z
  .string()
  .refine(
    (value) => /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) || httpsUrl.safeParse(value).success,
    'Use mailto:name@example.org or a full https:// address.',
  );
