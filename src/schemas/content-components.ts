import { z } from 'zod';
import { city } from '../site/city.ts';
import { choiceQuestionSchema } from './question.ts';

/**
 * The components content MDX may use without importing them, with the attributes each takes.
 * The .astro components validate their props with these schemas when a page is built; the
 * content check validates the same attributes before the build, with the line they are on.
 * docs/lesson-components.md documents them for editors.
 */

const componentId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens');

/** The kinds of box <Callout> draws. */
export const calloutTypes = ['note', 'tip', 'warning'] as const;

/** The drawings <Diagram> can show. */
export const diagramNames = ['guest-network', 'botnet', 'sensor-view'] as const;

/** <Checklist id="..." items={["...", "..."]} />: steps the reader ticks off, remembered in their browser. */
export const checklistProps = z.object({
  id: componentId,
  items: z.array(z.string().trim().min(1)).min(1, 'give at least one item').max(15, 'give at most 15 items'),
});

/** <Scenario id question choices={[{ label, feedback, correct }]} />: "what would you do?" with feedback. */
export const scenarioProps = z.object({
  id: componentId,
  question: z.string().trim().min(1, 'write the question'),
  choices: z
    .array(
      z.strictObject({
        label: z.string().trim().min(1),
        feedback: z.string().trim().min(1, 'every choice needs feedback'),
        correct: z.boolean().optional(),
      }),
    )
    .min(2, 'give at least two choices')
    .refine((choices) => choices.some((choice) => choice.correct), 'mark at least one choice with correct: true'),
});

/** What the content check knows about one component. */
export interface ContentComponent {
  /** Attribute names it accepts. */
  attributes: readonly string[];
  /** Checks the attribute values (their meaning, not only their names). */
  props: z.ZodType;
  /** Whether text goes between its tags (<Callout>text</Callout>) or not (<Checklist ... />). */
  children: boolean;
  /** Attribute whose value is stored on the reader's device and must be unique across lessons. */
  storedId?: boolean;
}

const contactRoles = Object.keys(city.contacts) as [string, ...string[]];

/** <Fact id="..." />: a fact from content/facts.yaml (a law's date, a standard's version), inline. */
const fact: ContentComponent = { attributes: ['id'], props: z.object({ id: componentId }), children: false };

const callout: ContentComponent = {
  attributes: ['type', 'title'],
  props: z.object({
    type: z.enum(calloutTypes, `use one of: ${calloutTypes.join(', ')}`).optional(),
    title: z.string().trim().min(1, 'write the title or leave the attribute out').optional(),
  }),
  children: true,
};

/** Components lesson MDX may use (src/components/lessons/lesson-components.ts renders them). */
export const lessonComponentRules: Record<string, ContentComponent> = {
  Callout: callout,
  Checklist: { attributes: ['id', 'items'], props: checklistProps, children: false, storedId: true },
  DeviceCheck: { attributes: [], props: z.object({}), children: false },
  Diagram: {
    attributes: ['name'],
    props: z.object({ name: z.enum(diagramNames, `use one of: ${diagramNames.join(', ')}`) }),
    children: false,
  },
  Fact: fact,
  KeyTerm: { attributes: ['id'], props: z.object({ id: componentId }), children: true },
  KnowledgeCheck: {
    attributes: ['id', 'type', 'question', 'options', 'explanation'],
    props: choiceQuestionSchema,
    children: false,
    storedId: true,
  },
  Reveal: {
    attributes: ['summary'],
    props: z.object({ summary: z.string().trim().min(1, 'write the button text or leave it out').optional() }),
    children: true,
  },
  Scenario: { attributes: ['id', 'question', 'choices'], props: scenarioProps, children: false, storedId: true },
  SensorLink: { attributes: ['id'], props: z.object({ id: componentId }), children: false },
};

/** Components site page MDX may use (src/components/content-components.ts renders them). */
export const pageComponentRules: Record<string, ContentComponent> = {
  Callout: callout,
  Contact: {
    attributes: ['role'],
    props: z.object({ role: z.enum(contactRoles, `use one of: ${contactRoles.join(', ')}`) }),
    children: false,
  },
  Fact: fact,
};

/** Components advisory MDX may use: the site pages' (AdvisoryPage.astro renders content-components.ts). */
export const advisoryComponentRules: Record<string, ContentComponent> = pageComponentRules;

/**
 * Components teacher guide MDX may use: a guide is printed, so nothing that hides text or needs
 * the reader's browser (src/layouts/pages/TeacherGuidePage.astro renders them).
 */
export const teacherGuideComponentRules: Record<string, ContentComponent> = {
  Callout: callout,
};

/**
 * Plain HTML elements allowed in content: inline text marks that run no code and load nothing
 * (`<bdi>` keeps a left-to-right address readable inside Arabic text).
 */
export const allowedHtmlElements: Record<string, readonly string[]> = {
  abbr: ['title'],
  bdi: [],
  bdo: ['dir'],
  br: [],
  kbd: [],
  sub: [],
  sup: [],
};
