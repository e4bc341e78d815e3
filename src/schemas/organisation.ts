import { z } from 'zod';
import { localizedName } from './name-text.ts';
import { termId } from './taxonomy.ts';
import { contactAddress, httpsUrl } from './links.ts';

/** An organisation accountable for devices (`content/taxonomy/organisations.yaml`). */
export const organisationSchema = z.strictObject({
  id: termId.meta({ description: "Stable id used in register entries' `organisation` field." }),
  name: localizedName(120).meta({ description: "The organisation's name per language." }),
  type: termId.meta({ description: 'Its kind: an id from content/taxonomy/organisation-types.yaml.' }),
  website: httpsUrl.meta({ description: 'Its public website.' }),
  contact: contactAddress.meta({ description: 'Where residents ask about its devices: a mailto: or https: address.' }),
});

export const organisationsSchema = z
  .array(organisationSchema)
  .min(1)
  .meta({ description: 'content/taxonomy/organisations.yaml: the organisations accountable for devices.' });
export type Organisation = z.output<typeof organisationSchema>;
