import Callout from './Callout.astro';
import Contact from './Contact.astro';
import Fact from './Fact.astro';

/**
 * Components that content MDX may use without importing them. Anything else in content is
 * plain Markdown; see docs/content-guide.md.
 */
export const contentComponents = { Callout, Contact, Fact };
