import type { EditorBackend } from './decap-config.ts';

/**
 * The editor's page, /admin/index.html, and the Content Security Policy for /admin/ only. The
 * editor needs what public pages must not allow: inline styles (its components style themselves),
 * blob: and data: images (uploads it previews) and requests to the git host's API and sign-in;
 * on a laptop also to decap-server on localhost (npm run editor). Scripts come from 'self' only,
 * but Decap validates its configuration with ajv, which compiles schemas to functions at run time:
 * without 'unsafe-eval' it stops with "Error loading the CMS configuration" (docs/editing.md).
 */
export function editorPolicy(backend: EditorBackend | undefined): string {
  const hosts = backend
    ? [...new Set([backend.apiRoot, backend.baseUrl].filter(Boolean).map((url) => new URL(url!).origin))]
    : [];
  const defaults: Record<EditorBackend['name'], string[]> = {
    github: ['https://api.github.com'],
    gitlab: ['https://gitlab.com'],
    gitea: ['https://gitea.com'],
  };
  const apis = backend ? (hosts.length > 0 ? hosts : defaults[backend.name]) : [];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ['connect-src', "'self'", 'http://localhost:*', 'http://127.0.0.1:*', ...apis].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
  ].join('; ');
}

export function editorPageHtml(options: { title: string; policy: string }): string {
  const title = options.title.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const policy = options.policy.replaceAll('"', '&quot;');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="content-security-policy" content="${policy}" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="referrer" content="no-referrer" />
    <title>${title}</title>
    <link rel="stylesheet" href="/admin/editor.css" />
    <script src="/admin/editor.js"></script>
    <script src="/admin/decap-cms.js"></script>
  </head>
  <body></body>
</html>
`;
}
