import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ContentIssue } from '../issue.ts';
import type { MdxDocument } from '../mdx-document.ts';
import { previewLinkMessage, previewSitePath } from '../../../schemas/links.ts';
import { privateAddressMessages, privateAddressProblem } from '../../../schemas/private-address.ts';
import { decodedPath, matchRoute, type LinkTarget, type Route, type RouteValues } from '../site-routes.ts';

/** What links are checked against. */
export interface LinkContext {
  routes: readonly Route[];
  values: RouteValues;
  /** The ids a page has (headings and the ids its layout adds); undefined when not known. */
  anchorsOf(target: LinkTarget): ReadonlySet<string> | undefined;
  publicDir: string;
}

const languageName = (code: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

/**
 * Links to pages of the site must lead somewhere: the address exists, ends in / like every page
 * address, and the #section exists on that page. Links elsewhere must be https or e-mail.
 */
export function checkLinks(
  file: string,
  locale: string,
  document: MdxDocument,
  ownAnchors: ReadonlySet<string>,
  context: LinkContext,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { href, line } of document.links) {
    const problem = (severity: ContentIssue['severity'], message: string) =>
      issues.push({ severity, file, line, field: `link ${href}`, message });
    const previewPath = previewSitePath(href);
    if (previewPath !== undefined) {
      problem('error', previewLinkMessage(previewPath, locale));
      continue;
    }
    // As in the https:// fields (links.ts): a login or a private network's address is not published.
    const privateProblem = /^https?:/i.test(href) ? privateAddressProblem(href) : undefined;
    if (privateProblem) {
      problem('error', privateAddressMessages[privateProblem]);
      continue;
    }
    if (/^(https:|mailto:|tel:)/i.test(href)) continue;
    if (/^http:/i.test(href)) {
      problem('warning', 'Use the https:// address of this website: http:// is not encrypted.');
      continue;
    }
    if (decodedPath(href) === undefined) {
      problem('error', BROKEN_ESCAPE_MESSAGE);
      continue;
    }
    if (href.startsWith('#')) {
      if (!ownAnchors.has(decodeURIComponent(href.slice(1)))) {
        problem('error', `There is no section "${href.slice(1)}" on this page. ${headingAdvice(ownAnchors)}`);
      }
      continue;
    }
    if (!href.startsWith('/') || href.startsWith('//')) {
      problem(
        'error',
        /^[a-z]+:/i.test(href)
          ? 'Links may only go to https:// websites, mailto: addresses or pages of this site.'
          : `Write links to this site from its root, starting with the language: /${locale}/${href.replace(/^(\.{1,2}\/)+/, '')}.`,
      );
      continue;
    }
    const [path = '', hash] = href.split('#');
    const pathOnly = path.split('?')[0]!;
    const matched = matchRoute(pathOnly, context.routes, context.values);
    if (!matched) {
      const file = join(context.publicDir, decodeURIComponent(pathOnly));
      if (!isInside(context.publicDir, file)) {
        problem(
          'error',
          `This link leads out of the site's files: link to a page of this site, starting with /${locale}/.`,
        );
      } else if (!isFileInside(context.publicDir, file)) {
        problem(
          'error',
          `There is no page at ${pathOnly} on this site. Open the page in the preview (npm start) and copy only the part of its address from /${locale}/ on, without http://localhost:4321.`,
        );
      }
      continue;
    }
    if (!matched.route.isFile && !pathOnly.endsWith('/')) {
      problem('error', `Add a / at the end (${pathOnly}/): page addresses on this site end with a slash.`);
      continue;
    }
    const target = matched.target;
    if ('locale' in target && target.locale !== locale) {
      problem(
        'warning',
        `This ${languageName(locale)} text links to the ${languageName(target.locale)} page. Use /${locale}/${pathOnly.split('/').slice(2).join('/')} so readers stay in their language.`,
      );
    }
    if (hash) {
      const anchors = context.anchorsOf(target);
      if (anchors && !anchors.has(decodeURIComponent(hash))) {
        problem('error', `There is no section "${hash}" on ${pathOnly}. ${headingAdvice(anchors)}`);
      }
    }
  }
  return issues;
}

/**
 * Every image needs a text for people who cannot see it, and must be a file of the site (images
 * from other websites would be requests to other hosts, which the site never makes): in public/
 * for an address from the root, else in the content folder. A path that leads out of them
 * (../../../etc/hostname) would make the build fail, or publish a file of the build machine.
 */
export function checkImages(
  file: string,
  path: string,
  document: MdxDocument,
  publicDir: string,
  contentDir: string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { src, alt, line } of document.images) {
    const problem = (message: string) => issues.push({ severity: 'error', file, line, field: `image ${src}`, message });
    if (!alt) {
      problem(
        'Describe the image between the square brackets: ![A camera on a lamp post](/images/camera.jpg). Screen readers read this text aloud.',
      );
    }
    const decoded = decodedPath(src);
    if (/^[a-z]+:/i.test(src) || src.startsWith('//')) {
      problem(
        'Put the image file in public/images/ and write /images/<file name>: the site loads nothing from other websites.',
      );
    } else if (decoded === undefined) {
      problem(BROKEN_IMAGE_ESCAPE_MESSAGE);
    } else {
      const [folder, local] = src.startsWith('/')
        ? [publicDir, join(publicDir, decoded)]
        : [contentDir, join(dirname(path), decoded)];
      if (!isInside(folder, local)) problem(IMAGE_OUTSIDE_MESSAGE);
      else if (!isFileInside(folder, local))
        problem(`The image file is missing: put it at ${src.startsWith('/') ? `public${src}` : src}.`);
    }
  }
  return issues;
}

const BROKEN_ESCAPE_MESSAGE =
  'This link has a broken %-escape: a % must be followed by two of 0-9 and A-F (%20 is a space). Copy the address again from the page it leads to.';

const BROKEN_IMAGE_ESCAPE_MESSAGE =
  'This image address has a broken %-escape: a % must be followed by two of 0-9 and A-F (%20 is a space). Write the file name as it is.';

const IMAGE_OUTSIDE_MESSAGE =
  "This image path leads out of the site's files: put the image in public/images/ and write /images/<file name>.";

/** Whether `path` is `folder` or inside it, as written (before following links). */
function isInside(folder: string, path: string): boolean {
  const relation = relative(resolve(folder), resolve(path));
  return relation !== '..' && !relation.startsWith(`..${sep}`) && !isAbsolute(relation);
}

/**
 * Whether `path` exists inside `folder`, also when the links on the way are followed: a symbolic
 * link in public/ to /etc/passwd is not a file of the site.
 */
function isFileInside(folder: string, path: string): boolean {
  return isInside(folder, path) && existsSync(path) && isInside(realpathSync(folder), realpathSync(path));
}

function headingAdvice(anchors: ReadonlySet<string>): string {
  const some = [...anchors].slice(0, 6);
  return some.length > 0
    ? `A section's id is its heading in lowercase with hyphens; this page has: ${some.join(', ')}${anchors.size > some.length ? ', …' : ''}.`
    : 'That page has no sections to link to.';
}
