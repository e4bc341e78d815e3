import { TEMPLATE_MARKER } from '../../lib/content-check/rules/template-text.ts';
import { securityFactNames } from '../../lib/register/security.ts';
import { mustKnowFacts, UNKNOWN } from '../../lib/register/unknown-facts.ts';

/**
 * Starting files for `npm run new`. Each says in comments what each field is for. Texts to write
 * start with "Replace this" and facts nobody may guess start as `unknown` with the question to ask
 * the device's owner: the content check refuses both as errors until they are filled in.
 */

const R = TEMPLATE_MARKER;

export interface SensorTemplate {
  id: string;
  today: string;
  /** The ids each vocabulary offers, the first used as the example. */
  terms: Record<string, string[]>;
  organisations: string[];
}

const choices = (ids: readonly string[]) => `# one of: ${ids.join(', ')}`;

/** `key: unknown  # ask the owner: ...`, indented, for a must-know fact. */
function unknownLine(path: readonly string[]): string {
  const fact = mustKnowFacts.find((candidate) => candidate.path.join('.') === path.join('.'))!;
  return `${'  '.repeat(path.length - 1)}${path.at(-1)}: ${UNKNOWN}  # ask the owner: ${fact.ask}`;
}

export function sensorTemplate(t: SensorTemplate): string {
  return [
    `# A device in the register. The file name (${t.id}) is its id and its address, printed on street signs:`,
    '# never rename this file. Every field is explained in docs/fields.md; run "npm run check" when done.',
    '# Texts are per language: en is required, nl and ar are shown when present.',
    `# Replace every "${R}" text and every "${UNKNOWN}" with what the owner of the device tells you:`,
    '# the check refuses both, so nothing is published that nobody confirmed.',
    'name:',
    `  en: "${R}: the name residents would use, e.g. Cyclist counter Havenbrug"`,
    'summary:',
    `  en: "${R}: one or two plain sentences on what it does and does not do."`,
    `status: planned          ${choices(['planned', 'active', 'inactive', 'removed'])}`,
    `activeFrom: '${t.today}'  # first day in use (or the planned day); add activeUntil: 'YYYY-MM-DD' when it stops`,
    unknownLine(['kind']),
    unknownLine(['technology']),
    'measures:',
    `  en: "${R}: what it measures or records, in plain words."`,
    unknownLine(['dataTypes']),
    unknownLine(['personalData']),
    unknownLine(['purposes']),
    unknownLine(['legalBasis']),
    '# with personal data, legalBasis is { basis: public-task, source: { en: "The law or decision" }, url: https://... }',
    '# and add privacyStatement: https://... (the privacy statement that covers this device)',
    unknownLine(['processing']),
    unknownLine(['retention']),
    unknownLine(['storage']),
    unknownLine(['access']),
    `organisation: ${t.organisations[0] ?? 'other'}  ${choices(t.organisations)}`,
    'location:',
    '  type: point           # point: fixed in one place; area: moves around (then districts: [...] instead of lat and lng)',
    unknownLine(['location', 'lat']),
    unknownLine(['location', 'lng']),
    '  description:',
    `    en: "${R}: where to find it, in words residents use, e.g. On the lamp post at the corner of Marktstraat."`,
    unknownLine(['mountedOn']),
    unknownLine(['signage']),
    '# How the device is secured, at policy level only: never firmware versions, addresses, ports or open weaknesses.',
    '# "yes" or "partly" encryption also needs encrypted-in-transit or encrypted-at-rest in processing.',
    'security:',
    ...securityFactNames.map((key) => unknownLine(['security', key])),
    '# The public history, oldest first; add an event for every change residents should know about.',
    'history:',
    `  - date: '${t.today}'`,
    '    type: registered',
    '    note:',
    '      en: Added to the register.',
    `created: '${t.today}'`,
    `updated: '${t.today}'    # change this date whenever you change the entry`,
    '# Who confirmed the facts above with the owner, and when; confirm them again at least once a year.',
    'factsChecked:',
    unknownLine(['factsChecked', 'date']),
    '  team:',
    `    en: "${R}: your team, never a person's name, e.g. Mobility team"`,
    '',
  ].join('\n');
}

export function lessonTemplate(t: {
  slug: string;
  order: number;
  today: string;
  glossaryFile: string;
  term?: { id: string; term: string } | undefined;
}): string {
  const keyTerm = t.term
    ? ` Mark a difficult word with <KeyTerm id="${t.term.id}">${t.term.term.toLowerCase()}</KeyTerm> (the id comes from ${t.glossaryFile}).`
    : '';
  return `---
# A lesson. Fields: docs/fields.md#lesson; components: docs/lesson-components.md. Run "npm run check" when done.
title: "${R}: the lesson's title"
summary: "${R}: one or two sentences on what the reader gets out of this lesson."
duration: 5 # minutes a resident needs, 3 to 15
level: beginner # beginner or intermediate
order: ${t.order} # place in the list of lessons
objectives: # 2 to 5 things the reader can do afterwards, each starting with a verb
  - "${R}: Change the password of a device."
  - "${R}: Turn on automatic updates."
provisions: [] # ETSI EN 303 645 provisions taught, e.g. ["5.1", "5.3"]
# relatedQuiz: ${t.slug} # the quiz on the same theme, once it exists
reviewed: ${t.today} # the day you last checked the whole lesson against its sources
sources: # public sources the lesson rests on
  - title: "${R}: the title of a source"
    url: https://www.example.org/
    read: ${t.today} # the day you read it
---

{/* Write in short sentences. Headings start with ## (never a single #). This line is a comment: readers do not see it. */}

${R}: a first paragraph that says why this matters to the reader.

## ${R}: the first step

${R}: explain the step.${keyTerm}

<Callout type="tip" title="${R}: a short title">
${R}: a tip that stands out.
</Callout>

<Checklist id="${t.slug}-steps" items={["${R}: a first thing to do", "${R}: a second thing to do"]} />

## What you learned

- ${R}: the main point of this lesson.
`;
}

export function quizTemplate(t: { slug: string; order: number; lesson: string; today: string }): string {
  const id = (n: number) => `${t.slug}-q${n}`;
  return `# A quiz. Fields: docs/fields.md#quiz. Every language has the same questions, ids and right answers;
# translate the texts only. Run "npm run check" when done.
title: "${R}: the quiz's title"
summary: "${R}: one or two sentences on what the quiz covers."
level: beginner # beginner or intermediate
order: ${t.order} # place in the list of quizzes
lessons: [${t.lesson}] # the lesson(s) this quiz tests
reviewed: ${t.today} # the day you last checked every question against the lesson and its sources
questions: # 4 to 15; one example of each type below
  - id: ${id(1)} # stable id: never change it once the quiz is published
    type: single # one right option
    question: "${R}: the question?"
    options:
      - label: "${R}: the right answer"
        correct: true
        feedback: "${R}: why this is right."
      - label: "${R}: a wrong answer people really believe"
        feedback: "${R}: why this is wrong."
    explanation: "${R}: why the right answer is right, in a sentence or two."
    learnMore: ${t.lesson} # the lesson that teaches it; add #section-id for a section
  - id: ${id(2)}
    type: multiple # tick every right option (at least three options)
    question: "${R}: which of these are true?"
    options:
      - label: "${R}: a right answer"
        correct: true
      - label: "${R}: another right answer"
        correct: true
      - label: "${R}: a wrong answer"
    explanation: "${R}: why these are the right ones."
  - id: ${id(3)}
    type: true-false
    question: "${R}: a statement to judge."
    answer: true
    feedbackTrue: "${R}: said when the reader answers true."
    feedbackFalse: "${R}: said when the reader answers false."
    explanation: "${R}: why the statement is true."
  - id: ${id(4)}
    type: ordering # write the steps in the RIGHT order; readers see them shuffled
    question: "${R}: put these steps in order."
    items:
      - "${R}: first step"
      - "${R}: second step"
      - "${R}: third step"
    explanation: "${R}: why this order."
  - id: ${id(5)}
    type: matching # readers match each prompt with its match
    question: "${R}: match each word to its meaning."
    pairs:
      - { prompt: "${R}: word 1", match: "${R}: meaning 1" }
      - { prompt: "${R}: word 2", match: "${R}: meaning 2" }
      - { prompt: "${R}: word 3", match: "${R}: meaning 3" }
    explanation: "${R}: what these words have in common."
`;
}

export function pageTemplate(t: { today: string }): string {
  return `---
# A site page. Fields: docs/fields.md#page. Run "npm run check" when done.
title: "${R}: the page title"
description: "${R}: one or two sentences for search engines and link previews."
updated: ${t.today} # the date of the last change that matters to readers
reviewed: ${t.today} # the day you last checked the whole page against the law and the facts
---

{/* Headings start with ## (never a single #). Components for pages: <Callout> and <Contact role="privacy" />. */}

## ${R}: a first heading

${R}: the text of the page.
`;
}

export function teacherGuideTemplate(t: { lessonTitle: string }): string {
  return `---
# A teacher guide: a class plan for the lesson with the same file name. Fields: docs/fields.md#teacher-guide;
# how to write one: docs/teacher-guides.md. Run "npm run check" when done.
title: "Teacher guide: ${t.lessonTitle}"
summary: "${R}: one or two sentences for the teacher on what the class does and learns."
duration: 45 # minutes of the class, 40 to 60: the parts of the plan add up to this
ages: { from: 12, to: 16 } # youngest and oldest pupils the plan is written for
goals: # 2 to 5 things pupils can do afterwards
  - "${R}: Pupils can explain why ..."
  - "${R}: Pupils can ..."
materials: # what the teacher prepares
  - "${R}: a projector with the lesson"
plan: # the parts in order, with minutes
  - part: "${R}: Starter"
    minutes: 7
  - part: "${R}: Activity"
    minutes: 20
  - part: Class quiz
    minutes: 10
  - part: Discussion and close
    minutes: 8
---

{/* One ## section per part of the plan. Guides are printed: Markdown and <Callout> only. The page adds
the goals, materials, links for the class and the safeguarding page (content/pages/<lang>/safeguarding.mdx). */}

## ${R}: Starter

${R}: how the class starts, in a few sentences.

## ${R}: Activity

${R}: what pupils do, alone, in pairs or in groups, and with which part of the lesson.

## Class quiz

Start the lesson's quiz from the classroom page, or print the worksheet.

## Discussion questions

- ${R}: a question without one right answer.

## Younger and older pupils

**Younger pupils:** ${R}: what to leave out or do together.

**Older pupils:** ${R}: what to add.
`;
}

export interface AdvisoryTemplate {
  today: string;
  /** Lesson slugs, device kind ids and district ids the advisory may name. */
  lessons: readonly string[];
  kinds: readonly string[];
  districts: readonly string[];
}

export function advisoryTemplate(t: AdvisoryTemplate): string {
  const some = (ids: readonly string[]) => (ids.length > 0 ? `any of: ${ids.join(', ')}` : 'none exist yet');
  return `---
# An advisory of the city's CERT for residents. Fields: docs/fields.md#advisory; how to write one:
# docs/advisories.md. The file name is its address: never rename it. Run "npm run check" when done.
title: "${R}: the headline, under 90 characters"
summary: "${R}: what is happening and who should act, in one or two sentences."
published: ${t.today} # the day it is first published
reviewed: ${t.today} # the day you last checked the advice against the facts
severity: medium # information, low, medium or high: how much harm residents risk if they do nothing
status: open # open while residents should act or watch; resolved when it is over (then add an update)
affected: # who should read it: everyone: true, or one or more of the lists below
  everyone: false
  devices: ["${R}: kinds of devices residents own, in plain words, e.g. home cameras"]
  brands: [] # makers as they write their name
  kinds: [] # city device kinds: ${some(t.kinds)}
  districts: [] # ${some(t.districts)}
steps: # one to seven short steps, each starting with a verb
  - "${R}: the first thing to do"
  - "${R}: the next thing to do"
lessons: [] # lessons that help: ${some(t.lessons)}
register: [] # ids of register entries it is about (content/register/<id>.yaml)
updates: [] # later developments, oldest first: - { date: YYYY-MM-DD, text: "What changed." }
---

{/* Plain words and short paragraphs. Components: <Callout> and <Contact role="cert" /> (docs/advisories.md).
The page shows the steps, who is affected and the updates from the fields above: do not repeat them here. */}

${R}: what is going on, in a few sentences residents understand without technical words.

## ${R}: what we know

${R}: what the CERT knows, what it does not know yet, and when it will say more.
`;
}
