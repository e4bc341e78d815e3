import { z } from 'zod';
import { localizedText } from './localized-text.ts';
import { httpsUrl } from './links.ts';
import { privateAddressMessages, privateAddressProblem } from './private-address.ts';

const isoDate = z.iso.date();

/** A YYYY-MM-DD date or one fixed word for "there is none", with one message naming both. */
const dateOr = (word: string, message: string) =>
  z
    .string()
    .refine((value) => value === word || isoDate.safeParse(value).success, message)
    .meta({ holds: 'date' });

/** yes, partly (some links or stores are, others not yet) or no. */
export const encryptionLevel = z.enum(['yes', 'partly', 'no']);
export type EncryptionLevel = z.output<typeof encryptionLevel>;

/** How software updates reach a device. */
export const updateDelivery = z.enum(['automatic', 'remote', 'on-site', 'none']);
export type UpdateDelivery = z.output<typeof updateDelivery>;

/** Which network a device is on. */
export const networkPlacement = z.enum(['separated', 'shared', 'external']);
export type NetworkPlacement = z.output<typeof networkPlacement>;

/** Security standards and markings a device can claim. */
export const conformityClaim = z.enum(['etsi-en-303-645', 'en-18031', 'iec-62443-4-2', 'cra-ce']);
export type ConformityClaim = z.output<typeof conformityClaim>;

/**
 * How a device is secured, at policy level only: what a resident can weigh, never what helps an
 * attacker. There is deliberately no field for firmware versions, network addresses, open ports,
 * device models or known open vulnerabilities, and the object is strict, so such a field is an
 * error rather than published (see docs/register.md, "What a device may not publish").
 */
export const securitySchema = z
  .object({
    encryptedInTransit: encryptionLevel.meta({
      values: 'value.',
      label: 'security.field.encryptedInTransit',
      description:
        'Whether data is encrypted on its way from the device to where it is kept: yes, partly or no (ETSI EN 303 645 provision 5.5; DTPR `transport_layer_security`).',
    }),
    encryptedAtRest: encryptionLevel.meta({
      values: 'value.',
      label: 'security.field.encryptedAtRest',
      description:
        'Whether stored data is encrypted: yes, partly or no (ETSI EN 303 645 provisions 5.4 and 5.8; DTPR `encrypted_at_rest`).',
    }),
    updates: updateDelivery.meta({
      values: 'security.updates.',
      label: 'security.field.updates',
      description:
        'How security updates reach the device: automatic (installed over the network as soon as the vendor releases them), remote (the operator tests and then installs them over the network), on-site (a technician has to visit) or none (the device cannot be updated). ETSI 5.3.',
    }),
    signedUpdates: z.boolean().meta({
      label: 'security.field.signedUpdates',
      description:
        'Whether the device only installs updates signed by the vendor and checked before they run (ETSI EN 303 645 provision 5.7; DTPR `code_signing`). Must be false when `updates` is none.',
    }),
    supportUntil: dateOr('not-stated', 'Write the last day of vendor support as YYYY-MM-DD, or "not-stated".').meta({
      label: 'security.field.supportUntil',
      description:
        'Last day the vendor promises security updates (YYYY-MM-DD), or `not-stated` when the vendor has not published a support period (ETSI EN 303 645 provision 5.3).',
    }),
    network: networkPlacement.meta({
      values: 'security.network.',
      label: 'security.field.network',
      description:
        "separated (its own network segment, private mobile network or radio network, with no route to the operator's other systems), shared (the operator's general network, shared with other systems) or external (the public internet or mobile network to the vendor's cloud, protected by the device's own encryption only). ETSI EN 303 645 provision 5.6.",
    }),
    disclosurePolicy: z
      .string()
      .refine((value) => value === 'none' || httpsUrl.safeParse(value).success, {
        // A login or a private network's address gets the https:// fields' message, which says why.
        error: (issue) => {
          const problem = privateAddressProblem(String(issue.input));
          return problem
            ? privateAddressMessages[problem]
            : 'Link the vendor’s vulnerability disclosure policy with a full https:// address, or write "none".';
        },
      })
      .meta({
        label: 'security.field.disclosurePolicy',
        description:
          "The vendor's published vulnerability disclosure policy (an https:// address), or `none` when the vendor publishes none (ETSI EN 303 645 provision 5.2).",
      }),
    conformity: z
      .array(conformityClaim)
      .refine((claims) => new Set(claims).size === claims.length, 'Each claim may be listed once.')
      .default([])
      .meta({
        vocabulary: 'conformity',
        label: 'security.field.conformity',
        description:
          "Standards and markings the vendor claims for this device: etsi-en-303-645, en-18031 (the EU Radio Equipment Directive's cybersecurity standard), iec-62443-4-2 (industrial components) or cra-ce (CE marking under the EU Cyber Resilience Act). Leave out or `[]` when none.",
      }),
    lastIndependentReview: dateOr(
      'none',
      'Write the day the last independent review finished as YYYY-MM-DD, or "none".',
    ).meta({
      label: 'security.field.lastIndependentReview',
      column: 'security_last_review',
      description:
        'Day the last independent security review (penetration test or audit by someone other than the vendor and the operator) finished (YYYY-MM-DD), or `none`.',
    }),
    note: localizedText.optional().meta({
      label: 'field.securityNote',
      notSearched: 'Search must not become a way to find the devices with a security gap.',
      description:
        'What residents should know in plain words: a gap and what is being done about it, such as a planned replacement. Never versions, addresses, ports or open vulnerabilities.',
    }),
  })
  .strict();

export type SecurityFacts = z.output<typeof securitySchema>;
