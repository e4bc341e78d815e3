import { z } from 'zod';
import { privateAddressMessages, privateAddressProblem } from './private-address.ts';

/** Host names of one's own computer: what the preview (npm start, npm run dev) runs on. */
const PREVIEW_HOST = /^(localhost|.*\.localhost|.*\.local|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i;

/**
 * The site path of a link copied from the preview's address bar (`http://localhost:4321/en/lessons/`
 * → `/en/lessons/`), or undefined for any other link. Such a link works on the editor's own
 * computer and leads nowhere for everyone else.
 */
export function previewSitePath(href: string): string | undefined {
  if (!/^https?:\/\//i.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  return PREVIEW_HOST.test(url.hostname) ? `${url.pathname}${url.search}${url.hash}` : undefined;
}

const PREVIEW_LINK = 'This link points to your own computer (the preview), not to the published site';

/** For a link in a text: the site's own path does; `example` is the link's path (or the language's home). */
export function previewLinkMessage(path: string, locale: string): string {
  return `${PREVIEW_LINK}: write the site's own path instead, e.g. ${path.length > 1 ? path : `/${locale}/`}.`;
}

/** For a YAML address field, which must be a full https:// address. */
function previewUrlMessage(path: string): string {
  return `${PREVIEW_LINK}: write the published page's full https:// address, the site's address followed by ${path.length > 1 ? path : '/'}.`;
}

/** A web address; only https, so that no link sends a resident to an unencrypted or script URL. */
export const httpsUrl = z
  .url({
    protocol: /^https$/,
    // Stop here when the address is refused, so that it gets one message, not two.
    abort: true,
    error: (issue) => {
      const path = typeof issue.input === 'string' ? previewSitePath(issue.input) : undefined;
      return path === undefined
        ? 'Use a full https:// address (http:, javascript: and other kinds are refused).'
        : previewUrlMessage(path);
    },
  })
  .refine((value) => previewSitePath(value) === undefined, {
    error: (issue) => previewUrlMessage(previewSitePath(String(issue.input)) ?? '/'),
    abort: true,
  })
  // A login or a private network's address would be published for everyone to read.
  .refine((value) => privateAddressProblem(value) === undefined, {
    error: (issue) => privateAddressMessages[privateAddressProblem(String(issue.input)) ?? 'privateHost'],
  });

/** A way to reach someone: `mailto:team@city.example` or an https:// contact form. */
export const contactAddress = z
  .string()
  .refine(
    (value) => /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) || httpsUrl.safeParse(value).success,
    'Use mailto:name@example.org or a full https:// address.',
  );
