import { pointInPolygon, type Position } from '../../geo.ts';
import { attackerDetailIn } from '../../../schemas/attacker-details.ts';
import { privateAddressProblem } from '../../../schemas/private-address.ts';
import { hasBidiControl, hasControlCharacter, isInvisible } from '../../../schemas/text-characters.ts';
import { coordinateOf } from './proposal-entry.ts';
import {
  fieldsUsingOther,
  listOf,
  localizedFields,
  proposerFields,
  retentionUnits,
  termListFields,
  textOf,
  type ProposalValues,
} from './proposal-values.ts';

/**
 * The register's rules for one entry (`src/schemas/sensor.ts`, `check-entry.ts`), applied to the
 * form's fields so that a problem is named at the field the owner typed it in, in the page's
 * language. The register's own check imports the city profile and zod, which an island may not
 * carry; `test/unit/register/proposal.test.ts` keeps the two in step: what this accepts, the
 * register's check accepts. The importer runs the register's check again on the file.
 */

/** Why a field is refused; the form says it in words (`propose.error.<problem>`). */
export type ProposalProblem =
  | 'required'
  | 'chooseOne'
  | 'chooseAtLeastOne'
  | 'tooLong'
  | 'controlCharacter'
  | 'directionControl'
  | 'markup'
  | 'invisible'
  | 'attackerDetail'
  | 'date'
  | 'dateInFuture'
  | 'httpsUrl'
  | 'linkCredentials'
  | 'privateLink'
  | 'contact'
  | 'email'
  | 'phone'
  | 'number'
  | 'latitude'
  | 'longitude'
  | 'outsideDistricts'
  | 'retentionAmount'
  | 'retentionTooLong'
  | 'reachProposer'
  | 'personalDataTypes';

export interface ProposalIssue {
  /** The field's name in the form (`name.en`, `lat`), which is also its element's id suffix. */
  field: string;
  problem: ProposalProblem;
  /** Numbers the message names: a length cap. */
  limit?: number;
}

/** A district as the form gets it: id and polygons ([longitude, latitude] rings). */
export interface ProposalDistrict {
  id: string;
  polygons: Position[][][];
}

export interface ProposalCheckContext {
  locales: readonly string[];
  defaultLocale: string;
  /** YYYY-MM-DD, for dates that must have happened. */
  today: string;
  districts: readonly ProposalDistrict[];
  /** Data types that are personal data whatever the entry says (DTPR "personal": licence plates …). */
  personalDataTypes: readonly string[];
}

/** The register's caps (sensorSchema: `localizedName(120)`, `localizedSummary(600)`). */
export const TEXT_LIMITS: Partial<Record<string, number>> = { name: 120, summary: 600 };
/** A long text's cap in the form, far above any real answer, so a pasted file does not pass as a text. */
const ANY_TEXT_LIMIT = 4000;
/** sensor.ts: MAX_RETENTION_YEARS, in the days per unit the register counts. */
const MAX_RETENTION_DAYS = 100 * 365;
const DAYS_PER_UNIT: Record<string, number> = { H: 1 / 24, D: 1, W: 7, M: 30, Y: 365 };

/**
 * Something a browser would read as an HTML tag or comment (`<b>`, `</p>`, `<!--`, an unclosed
 * `<script`). The register shows texts as typed, never as markup; `a < b` is text and passes.
 */
const MARKUP = /<\/?[a-z][\w-]*(\s[^>]*)?\/?>|<!--|<(script|style|iframe|img|svg|object|embed)\b/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?[\d\s().-]{6,20}$/;

/** Whether `value` is a real calendar day written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** Whether `value` is a full https:// address with a host (the register refuses every other kind). */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/**
 * The example a coordinate's message gives (`propose.error.number`): for each field a number of its
 * own kind, the middle of the city's districts, so that a longitude is never shown a latitude.
 */
export function coordinateExample(field: string, middle: { latitude: string; longitude: string }): string {
  return field === 'lng' ? middle.longitude : middle.latitude;
}

/** What is wrong with one free text, or undefined. Names are held to the stricter rules. */
function textProblem(field: string, text: string): Omit<ProposalIssue, 'field'> | undefined {
  const base = field.split('.')[0]!;
  const limit = TEXT_LIMITS[base] ?? ANY_TEXT_LIMIT;
  if (hasControlCharacter(text)) return { problem: 'controlCharacter' };
  // The register refuses direction controls in names and warns about them elsewhere; a proposal
  // has no one to ask what was meant, so it refuses them everywhere.
  if (hasBidiControl(text)) return { problem: 'directionControl' };
  if (MARKUP.test(text)) return { problem: 'markup' };
  if (isInvisible(text)) return { problem: 'invisible' };
  if ([...text].length > limit) return { problem: 'tooLong', limit };
  if (attackerDetailIn(text)) return { problem: 'attackerDetail' };
  return undefined;
}

/**
 * Every problem of a proposal, in the order of the form, at most one per field. An empty list
 * means the entry it makes passes the register's check.
 */
export function checkProposal(values: ProposalValues, context: ProposalCheckContext): ProposalIssue[] {
  const issues: ProposalIssue[] = [];
  const has = (field: string) => issues.some((issue) => issue.field === field);
  const add = (field: string, problem: ProposalProblem, limit?: number) => {
    if (!has(field)) issues.push(limit === undefined ? { field, problem } : { field, problem, limit });
  };
  const { defaultLocale } = context;
  const text = (field: string) => textOf(values, field);
  const required = (field: string, problem: ProposalProblem = 'required') => {
    if (text(field) === '') add(field, problem);
  };
  const requiredText = (field: string) => required(`${field}.${defaultLocale}`);
  const date = (field: string, mustHaveHappened = false) => {
    const value = text(field);
    if (value === '') return;
    if (!isCalendarDate(value)) add(field, 'date');
    else if (mustHaveHappened && value > context.today) add(field, 'dateInFuture');
  };
  const httpsUrl = (field: string) => {
    if (text(field) === '') return;
    if (!isHttpsUrl(text(field))) add(field, 'httpsUrl');
    else privateLink(field);
  };
  // The register's rule (`links.ts`): no login and no private network's address in a published link.
  const privateLink = (field: string) => {
    const problem = privateAddressProblem(text(field));
    if (problem) add(field, problem === 'credentials' ? 'linkCredentials' : 'privateLink');
  };
  const personalData = text('personalData') === 'yes';
  const retentionKept = text('retentionKept');

  requiredText('name');
  requiredText('summary');
  required('status', 'chooseOne');
  required('activeFrom');
  date('activeFrom');
  required('kind', 'chooseOne');
  requiredText('measures');
  for (const field of termListFields.filter((name) => name !== 'processing')) {
    if (listOf(values, field).length === 0) add(field, 'chooseAtLeastOne');
  }
  required('personalData', 'chooseOne');
  // As the register: recording licence plates or device identifiers is processing personal data.
  if (
    text('personalData') === 'no' &&
    listOf(values, 'dataTypes').some((type) => context.personalDataTypes.includes(type))
  )
    add('personalData', 'personalDataTypes');
  if (personalData) {
    required('legalBasis', 'chooseOne');
    httpsUrl('legalUrl');
    required('privacyStatement');
    httpsUrl('privacyStatement');
  }
  if (text('dpia') === 'done') {
    required('dpiaUrl');
    httpsUrl('dpiaUrl');
  }
  required('retentionKept', 'chooseOne');
  if (retentionKept === 'yes') checkRetention(values, add);
  required('organisation', 'chooseOne');
  const contact = text('contact');
  if (contact !== '' && !EMAIL.test(contact.replace(/^mailto:/, '')) && !isHttpsUrl(contact)) add('contact', 'contact');
  else if (isHttpsUrl(contact)) privateLink('contact');
  required('locationType', 'chooseOne');
  if (text('locationType') === 'area' && listOf(values, 'districts').length === 0) add('districts', 'chooseAtLeastOne');
  if (text('locationType') === 'point') checkPoint(values, context.districts, add);
  requiredText('locationDescription');
  required('mountedOn', 'chooseOne');
  required('signage', 'chooseOne');
  for (const field of ['encryptedInTransit', 'encryptedAtRest', 'updates', 'network']) required(field, 'chooseOne');
  if (text('updates') !== 'none') required('signedUpdates', 'chooseOne');
  date('supportUntil');
  httpsUrl('disclosurePolicy');
  date('lastIndependentReview', true);
  for (const field of fieldsUsingOther(values)) requiredText(`otherDetails.${field}`);
  requiredText('team');

  // Every text the form shows, in every language, whether required or not. A text the owner typed
  // and then hid (the law behind a legal basis, then "no personal data") is left out of the file.
  const textFields = [
    ...localizedFields
      .filter((field) => field !== 'legalSource' || personalData)
      .flatMap((field) => context.locales.map((code) => `${field}.${code}`)),
    ...fieldsUsingOther(values).flatMap((field) => context.locales.map((code) => `otherDetails.${field}.${code}`)),
    'vendor',
    'proposerName',
  ];
  for (const field of textFields) {
    const value = text(field);
    const problem = value === '' ? undefined : textProblem(field, value);
    if (problem) add(field, problem.problem, problem.limit);
  }
  checkProposer(values, add);
  return issues;
}

function checkRetention(values: ProposalValues, add: (field: string, problem: ProposalProblem) => void): void {
  const amount = textOf(values, 'retentionAmount');
  const unit = textOf(values, 'retentionUnit');
  if (!/^\d+$/.test(amount) || Number(amount) === 0) add('retentionAmount', 'retentionAmount');
  // More than 100 years in hours, the smallest unit, is too long whatever the unit (99999999999999999999).
  else if (Number(amount) * DAYS_PER_UNIT['H']! > MAX_RETENTION_DAYS) add('retentionAmount', 'retentionTooLong');
  else if (!(retentionUnits as readonly string[]).includes(unit)) add('retentionUnit', 'chooseOne');
  else if (Number(amount) * DAYS_PER_UNIT[unit]! > MAX_RETENTION_DAYS) add('retentionAmount', 'retentionTooLong');
}

function checkPoint(
  values: ProposalValues,
  districts: readonly ProposalDistrict[],
  add: (field: string, problem: ProposalProblem) => void,
): void {
  const coordinate = (field: 'lat' | 'lng', max: number, problem: ProposalProblem) => {
    const raw = textOf(values, field);
    if (raw === '') return add(field, 'required');
    if (!/^-?\d+([.,]\d+)?$/.test(raw)) return add(field, 'number');
    const number = coordinateOf(values, field);
    if (Math.abs(number) > max) return add(field, problem);
    return number;
  };
  const lat = coordinate('lat', 90, 'latitude');
  const lng = coordinate('lng', 180, 'longitude');
  if (typeof lat !== 'number' || typeof lng !== 'number') return;
  const point: Position = [lng, lat];
  if (!districts.some((district) => district.polygons.some((rings) => pointInPolygon(point, rings))))
    add('lat', 'outsideDistricts');
}

/** The proposer is asked only how to reach them: a name and an e-mail address or a phone number. */
function checkProposer(values: ProposalValues, add: (field: string, problem: ProposalProblem) => void): void {
  const [name, email, phone] = proposerFields.map((field) => textOf(values, field)) as [string, string, string];
  if (name === '') add('proposerName', 'required');
  if (email === '' && phone === '') add('proposerEmail', 'reachProposer');
  if (email !== '' && !EMAIL.test(email)) add('proposerEmail', 'email');
  if (phone !== '' && !PHONE.test(phone)) add('proposerPhone', 'phone');
}
