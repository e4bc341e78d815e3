import { z } from 'zod';
import { localizedName } from './name-text.ts';
import { termId } from './taxonomy.ts';
import { contactAddress, httpsUrl } from './links.ts';

/** An organisation accountable for devices (`content/taxonomy/organisations.yaml`). */
export const organisationSchema = z.strictObject({
  /** Stable id used in register entries' `organisation` field. */
  id: termId,
  /** The organisation's name per language. */
  name: localizedName(120),
  /** Its kind: an id from content/taxonomy/organisation-types.yaml. */
  type: termId,
  /** Its public website. */
  website: httpsUrl,
  /** Where residents ask about its devices: a mailto: or https: address. */
  contact: contactAddress,
});

/** content/taxonomy/organisations.yaml: the organisations accountable for devices. */
export const organisationsSchema = z.array(organisationSchema).min(1);
export type Organisation = z.output<typeof organisationSchema>;
