/**
 * HTTP headers for hosting the built site, made from what the build emitted, so that the server's
 * Content Security Policy is exactly the pages' own (their <meta> policy) plus what a <meta> tag
 * cannot say (frame-ancestors). The server files made from them: server-files.ts. See docs/deploy.md.
 */

/** The Content-Security-Policy of a built page, from its <meta http-equiv> tag. */
export function cspOfPage(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
}

/**
 * One policy that allows what any of the pages allows: per directive, the union of sources in
 * first-seen order. (Astro hashes the scripts and styles it bundles; pages can differ.)
 */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      directives.set(name, known);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export interface HeaderRule {
  /** Path patterns this rule is for, as a static host writes them (`/*`, `/en/classroom/results/*`). */
  paths: string[];
  headers: [string, string][];
}

const permissions = (camera: string) =>
  `accelerometer=(), camera=${camera}, geolocation=(self), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()`;

/**
 * The headers for every page, and the exceptions: the classroom results page may use the
 * camera (to read students' QR codes); the editor at /admin/, when the city publishes it, has its
 * own Content Security Policy (src/lib/editor/admin-page.ts). Geolocation is allowed for this
 * site only ("near me" in the register).
 */
export function headerRules(pagePolicy: string, locales: readonly string[], editorPolicy?: string): HeaderRule[] {
  const csp = `${pagePolicy}; frame-ancestors 'none'`;
  const common: [string, string][] = [
    ['Content-Security-Policy', csp],
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['X-Frame-Options', 'DENY'],
  ];
  return [
    { paths: ['/*'], headers: [...common, ['Permissions-Policy', permissions('()')]] },
    {
      paths: locales.map((code) => `/${code}/classroom/results/*`),
      headers: [['Permissions-Policy', permissions('(self)')]],
    },
    ...(editorPolicy
      ? [{ paths: [EDITOR_PATHS], headers: [['Content-Security-Policy', `${editorPolicy}; frame-ancestors 'none'`]] }]
      : []),
  ] as HeaderRule[];
}

/** Where the editor lives (src/integrations/editor.ts). */
export const EDITOR_PATHS = '/admin/*';
