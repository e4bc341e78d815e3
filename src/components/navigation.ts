import type { UiKey } from '../i18n/index.ts';
import type { IconName } from '../lib/icons.ts';

/** A link in the header or footer: a UI string key and a slug under /<lang>/. */
export interface NavItem {
  key: UiKey;
  slug: string;
  icon?: IconName;
}

/**
 * The header's main navigation (the site's name beside it links to the home page). Register, Lessons, Quizzes and Search join this list as their
 * sections land, so residents never follow a link to a missing page.
 */
export const mainNavigation: readonly NavItem[] = [
  { key: 'nav.register', slug: 'register', icon: 'sensor' },
  { key: 'nav.lessons', slug: 'lessons', icon: 'book' },
  { key: 'nav.quizzes', slug: 'quizzes', icon: 'question' },
  { key: 'nav.search', slug: 'search', icon: 'search' },
  { key: 'nav.advisories', slug: 'advisories', icon: 'shield' },
  { key: 'nav.about', slug: 'about' },
  { key: 'nav.report', slug: 'report', icon: 'flag' },
];

/** Links in every footer; each slug must be a page in content/pages/<default language>/. */
export const footerNavigation: readonly NavItem[] = [
  { key: 'footer.about', slug: 'about' },
  { key: 'footer.privacy', slug: 'privacy' },
  { key: 'footer.accessibility', slug: 'accessibility' },
  { key: 'footer.report', slug: 'report' },
  { key: 'footer.disclosure', slug: 'vulnerability-disclosure' },
  { key: 'footer.openDataLink', slug: 'open-data' },
  { key: 'nav.myData', slug: 'my-data' },
];

/** A card on the home page: what a part of the site is for. */
export interface HomeSection extends NavItem {
  text: UiKey;
  icon: IconName;
}

/** Cards on the home page; sections join as they land, like the main navigation. */
export const homeSections: readonly HomeSection[] = [
  { key: 'nav.register', text: 'home.registerText', slug: 'register', icon: 'sensor' },
  { key: 'nav.lessons', text: 'home.lessonsText', slug: 'lessons', icon: 'book' },
  { key: 'nav.quizzes', text: 'home.quizzesText', slug: 'quizzes', icon: 'question' },
  { key: 'nav.advisories', text: 'home.advisoriesText', slug: 'advisories', icon: 'shield' },
  { key: 'nav.report', text: 'home.reportText', slug: 'report', icon: 'flag' },
  { key: 'footer.privacy', text: 'home.privacyText', slug: 'privacy', icon: 'shield' },
  { key: 'footer.disclosure', text: 'home.disclosureText', slug: 'vulnerability-disclosure', icon: 'info' },
];
