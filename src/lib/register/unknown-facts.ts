/**
 * Facts a register entry must state and nobody may guess: `npm run new -- sensor` writes them as
 * `unknown` with the question to put to the device's owner, and the check refuses `unknown` as
 * an error until the answer is filled in. Nothing in a new entry is published on an assumption.
 */
export const UNKNOWN = 'unknown';

export interface MustKnowFact {
  path: readonly string[];
  /** What to ask the owner, in the words of the template comment and the error message. */
  ask: string;
}

export const mustKnowFacts: readonly MustKnowFact[] = [
  { path: ['kind'], ask: 'What kind of device is it? Write one id from content/taxonomy/kinds.yaml.' },
  {
    path: ['technology'],
    ask: 'Which technologies does it use (camera, microphone, radio ...)? List ids from content/taxonomy/technologies.yaml.',
  },
  {
    path: ['dataTypes'],
    ask: 'Which kinds of data does the device produce? List ids from content/taxonomy/data-types.yaml.',
  },
  {
    path: ['personalData'],
    ask: 'Can anything it records identify a person (images of people, licence plates, phone or device ids)? Write true or false.',
  },
  {
    path: ['purposes'],
    ask: 'What is the device for? List ids from content/taxonomy/purposes.yaml.',
  },
  {
    path: ['legalBasis'],
    ask: 'On which legal basis (GDPR article 6), under which law or decision, is personal data processed? Delete this line when the device processes no personal data.',
  },
  {
    path: ['processing'],
    ask: 'How is the data processed (aggregated, blurred, encrypted ...)? List ids from content/taxonomy/processing.yaml.',
  },
  {
    path: ['retention'],
    ask: 'How long is the data kept? Write P30D (30 days), PT72H (72 hours), P1Y (1 year) or none.',
  },
  { path: ['storage'], ask: 'Where is the data stored? List ids from content/taxonomy/storage.yaml.' },
  { path: ['access'], ask: 'Who can see the data? List ids from content/taxonomy/access.yaml.' },
  { path: ['location', 'lat'], ask: 'Where exactly is the device? Write its latitude in degrees (WGS 84).' },
  { path: ['location', 'lng'], ask: 'Where exactly is the device? Write its longitude in degrees (WGS 84).' },
  {
    path: ['location', 'districts'],
    ask: 'Which districts does the mobile device cover? List ids from content/districts.geojson.',
  },
  {
    path: ['mountedOn'],
    ask: 'What is it mounted on (a lamp post, a building ...)? Write one id from content/taxonomy/mountings.yaml.',
  },
  {
    path: ['signage'],
    ask: "Is there a sign on site telling passers-by about the device? Write 'yes', 'no' or planned.",
  },
  {
    path: ['security', 'encryptedInTransit'],
    ask: 'Is data encrypted on its way from the device? Write "yes", "partly" or "no".',
  },
  { path: ['security', 'encryptedAtRest'], ask: 'Is stored data encrypted? Write "yes", "partly" or "no".' },
  {
    path: ['security', 'updates'],
    ask: 'How do security updates reach the device? Write automatic, remote, on-site or none.',
  },
  {
    path: ['security', 'signedUpdates'],
    ask: 'Does the device install only updates signed by its maker? Write true or false.',
  },
  {
    path: ['security', 'supportUntil'],
    ask: 'Until which day does the maker promise security updates? Write YYYY-MM-DD, or not-stated.',
  },
  {
    path: ['security', 'network'],
    ask: 'Which network is the device on? Write separated, shared or external.',
  },
  {
    path: ['security', 'disclosurePolicy'],
    ask: 'Where does the maker publish its vulnerability disclosure policy? Write the https:// address, or none.',
  },
  {
    path: ['security', 'conformity'],
    ask: 'Which security standards does the maker claim for this device? Write a list such as [etsi-en-303-645], or [] for none.',
  },
  {
    path: ['security', 'lastIndependentReview'],
    ask: 'When did the last independent security review finish? Write YYYY-MM-DD, or none.',
  },
  {
    path: ['factsChecked', 'date'],
    ask: 'On which day did the owner confirm the facts above? Write YYYY-MM-DD.',
  },
];

/** The message for a fact still written as unknown. */
export const unknownMessage = (fact: MustKnowFact): string => `Still unknown: ask the owner. ${fact.ask}`;

/** The must-know facts an entry still gives as `unknown`. */
export function unknownFacts(raw: unknown): MustKnowFact[] {
  return mustKnowFacts.filter((fact) => {
    let node: unknown = raw;
    for (const key of fact.path) node = (node as Record<string, unknown> | undefined)?.[key];
    return node === UNKNOWN;
  });
}
