/**
 * Examples of each base component. They drive three things at once: the design-system page
 * (/design-system/), the component unit tests (rendered with Astro's container API) and the
 * accessibility test (axe runs over the design-system page). Add an example when you add a variant.
 */
import Badge from './Badge.astro';
import Breadcrumbs from './Breadcrumbs.astro';
import Callout from './Callout.astro';
import Card from './Card.astro';
import Contact from './Contact.astro';
import Icon from './Icon.astro';

/** An .astro component as the design-system page and the tests call it; each has its own props. */
export type AstroComponent = (props: any) => any;

export interface ComponentExample {
  /** What the example shows. */
  title: string;
  /** Props passed to the component. */
  props: Record<string, unknown>;
  /** Text or HTML for the default slot. */
  slot?: string;
}

export interface ComponentExamples {
  name: string;
  /** How to use it, for the design-system page. */
  usage: string;
  component: AstroComponent;
  examples: ComponentExample[];
}

export const componentExamples: ComponentExamples[] = [
  {
    name: 'Callout',
    usage: 'A box that stands out from the text. Usable in content MDX without an import.',
    component: Callout,
    examples: [
      { title: 'Note (default)', props: {}, slot: '<p>Sensors in the register are checked every year.</p>' },
      {
        title: 'Tip with a title',
        props: { type: 'tip', title: 'Check the address' },
        slot: '<p>Compare the web address with the one on the sign.</p>',
      },
      { title: 'Warning', props: { type: 'warning' }, slot: '<p>In danger? Call 112.</p>' },
    ],
  },
  {
    name: 'Card',
    usage: 'A linked summary of another page; the whole card is a 24px+ target.',
    component: Card,
    examples: [
      {
        title: 'With icon',
        props: { title: 'Report a concern', href: '/en/report/', icon: 'flag' },
        slot: '<p>Whom to tell when a device worries you.</p>',
      },
      {
        title: 'Plain',
        props: { title: 'Privacy statement', href: '/en/privacy/' },
        slot: '<p>What this site keeps, and what it never does.</p>',
      },
    ],
  },
  {
    name: 'Badge',
    usage: 'A short status word next to a title.',
    component: Badge,
    examples: [
      { title: 'Neutral', props: {}, slot: 'Planned' },
      { title: 'Positive', props: { tone: 'positive' }, slot: 'No personal data' },
      { title: 'Caution', props: { tone: 'caution' }, slot: 'Personal data' },
    ],
  },
  {
    name: 'Icon',
    usage: 'One of the site’s own drawings; decorative unless it has a label.',
    component: Icon,
    examples: [
      { title: 'Decorative', props: { name: 'sensor' } },
      { title: 'With a label', props: { name: 'warning', label: 'Warning' } },
      { title: 'Arrow that mirrors in right-to-left pages', props: { name: 'arrow', flipInRtl: true } },
    ],
  },
  {
    name: 'Breadcrumbs',
    usage: 'Where the page sits; the last item is the current page.',
    component: Breadcrumbs,
    examples: [
      { title: 'Two levels', props: { items: [{ label: 'Home', href: '/en/' }, { label: 'About this site' }] } },
    ],
  },
  {
    name: 'Contact',
    usage: 'A team’s name and e-mail link from city.config.ts. Usable in content MDX: <Contact role="cert" />.',
    component: Contact,
    examples: [
      { title: 'Response team', props: { role: 'cert' } },
      { title: 'Data protection officer', props: { role: 'privacy' } },
    ],
  },
];
