import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { localToday } from '../../lib/content/today.ts';
import { readStored, removeStored, writeStored } from '../../lib/lessons/device-storage.ts';
import { checkProposal, coordinateExample, type ProposalIssue } from '../../lib/register/proposal/check-proposal.ts';
import { proposalFile, type ProposalFile } from '../../lib/register/proposal/proposal-file.ts';
import {
  isProposalValues,
  PROPOSAL_DRAFT_KEY as DRAFT_KEY,
  type ProposalValues,
} from '../../lib/register/proposal/proposal-values.ts';
import { FormContext, fieldId, type FormState } from './fields.tsx';
import { ReadyPanel } from './ReadyPanel.tsx';
import {
  AccountableSection,
  DataSection,
  DeviceSection,
  PlaceSection,
  ProposerSection,
  SecuritySection,
} from './sections.tsx';
import { stringsOf, type ProposeData, type StringTable } from './strings.ts';

/** The string key of each field's label, for the error messages that name it. */
const LABEL_KEYS: Record<string, string> = {
  legalUrl: 'propose.field.legalUrl',
  dpiaUrl: 'propose.field.dpiaUrl',
  retentionKept: 'propose.field.retentionKept',
  retentionAmount: 'propose.field.retentionAmount',
  retentionUnit: 'propose.field.retentionUnit',
  locationType: 'propose.field.locationType',
  districts: 'propose.field.districts',
  lat: 'field.latitude',
  lng: 'field.longitude',
  team: 'propose.field.team',
  encryptedInTransit: 'security.field.encryptedInTransit',
  encryptedAtRest: 'security.field.encryptedAtRest',
  updates: 'security.field.updates',
  signedUpdates: 'security.field.signedUpdates',
  supportUntil: 'security.field.supportUntil',
  network: 'security.field.network',
  disclosurePolicy: 'security.field.disclosurePolicy',
  lastIndependentReview: 'security.field.lastIndependentReview',
  proposerName: 'propose.field.proposerName',
  proposerEmail: 'propose.field.proposerEmail',
  proposerPhone: 'propose.field.proposerPhone',
};

interface Props {
  data: ProposeData;
  strings: StringTable;
}

/**
 * The "propose a device" form: the register's fields with the register's checks, an error summary
 * linked to the fields, the draft kept in this browser, and at the end a file to download and an
 * e-mail to the register team. Nothing is sent anywhere by the page itself.
 */
export default function ProposeForm({ data, strings }: Props) {
  const s = useMemo(() => stringsOf(strings), [strings]);
  const [values, setValues] = useState<ProposalValues>(() => readStored(DRAFT_KEY, {}, isProposalValues));
  const [restored] = useState(() => Object.keys(values).length > 0);
  const [issues, setIssues] = useState<ProposalIssue[]>([]);
  const [ready, setReady] = useState<ProposalFile | undefined>();
  const [status, setStatus] = useState(restored ? s('propose.restored') : '');
  const [checks, setChecks] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const readyHeading = useRef<HTMLHeadingElement>(null);
  const locales = data.locales.map((locale) => locale.code);

  useEffect(() => {
    if (checks === 0) return;
    (issues.length > 0 ? summary.current : readyHeading.current)?.focus();
  }, [checks]);

  const labelOf = (field: string): string => {
    const parts = field.split('.');
    const locale = data.locales.find((candidate) => candidate.code === parts.at(-1));
    const base = locale ? parts.slice(0, -1) : parts;
    const label =
      base[0] === 'otherDetails'
        ? `${s('field.otherDetails')}, ${s(`field.${base[1]}`)}`
        : s(LABEL_KEYS[base[0]!] ?? `field.${base[0]}`);
    // A question as a label ("Is any data kept?") reads as a heading in "…: choose one.".
    const named = label.replace(/[?؟]$/, '');
    return locale ? `${named} (${locale.name})` : named;
  };
  const messageOf = (issue: ProposalIssue) =>
    s(`propose.error.${issue.problem}`, {
      field: labelOf(issue.field),
      limit: issue.limit ?? 0,
      example: coordinateExample(issue.field, data.exampleCoordinates),
    });

  const form: FormState = {
    values,
    locales: data.locales,
    defaultLocale: data.defaultLocale,
    required: s('propose.required'),
    optional: s('propose.optional'),
    set: (field, value) => {
      // From the latest values, so that two changes before a render (autofill) both count.
      setValues((previous) => {
        const next = { ...previous, [field]: value };
        writeStored(DRAFT_KEY, next);
        return next;
      });
      // A changed answer makes the downloaded file out of date: the owner checks again.
      setReady(undefined);
    },
    errorFor: (field) => {
      const issue = issues.find((candidate) => candidate.field === field);
      return issue && messageOf(issue);
    },
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const context = { locales, defaultLocale: data.defaultLocale, today: localToday() };
    const found = checkProposal(values, {
      ...context,
      districts: data.districts.map((district) => ({ id: district.value, polygons: district.polygons })),
      personalDataTypes: data.personalDataTypes,
    });
    // The summary lists the problems in the order of the page, which is the order they are met in.
    const position = (issue: ProposalIssue) => document.getElementById(fieldId(issue.field));
    found.sort((a, b) => {
      const [first, second] = [position(a), position(b)];
      if (!first || !second) return 0;
      return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    setIssues(found);
    setReady(found.length === 0 ? proposalFile(values, context) : undefined);
    setStatus('');
    setChecks((count) => count + 1);
  };

  const forget = () => {
    if (!window.confirm(s('propose.forgetConfirm'))) return;
    removeStored(DRAFT_KEY);
    setValues({});
    setIssues([]);
    setReady(undefined);
    setStatus(s('propose.forgotten'));
  };

  const focusField = (event: Event, field: string) => {
    event.preventDefault();
    const target = document.getElementById(fieldId(field));
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  };

  const sections = [
    ['device', DeviceSection],
    ['data', DataSection],
    ['place', PlaceSection],
    ['security', SecuritySection],
    ['accountable', AccountableSection],
  ] as const;

  return (
    <FormContext.Provider value={form}>
      <p role="status" class="propose-status">
        {status}
      </p>
      {issues.length > 0 && (
        <div class="propose-summary" ref={summary} tabIndex={-1} aria-labelledby="propose-summary-title">
          <h2 id="propose-summary-title">{s('propose.errorSummary')}</h2>
          <ul>
            {issues.map((issue) => (
              <li key={issue.field}>
                <a href={`#${fieldId(issue.field)}`} onClick={(event) => focusField(event, issue.field)}>
                  {messageOf(issue)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form class="propose-form" noValidate onSubmit={submit}>
        {sections.map(([name, Section]) => (
          <section key={name} aria-labelledby={`propose-section-${name}`}>
            <h2 id={`propose-section-${name}`}>{s(`propose.section.${name}`)}</h2>
            <Section s={s} data={data} />
          </section>
        ))}
        <section class="propose-proposer" aria-labelledby="propose-section-proposer">
          <h2 id="propose-section-proposer">{s('propose.section.proposer')}</h2>
          <ProposerSection s={s} />
        </section>
        <div class="propose-actions">
          <button type="submit" class="button button--primary">
            {s('propose.submit')}
          </button>
          <button type="button" class="button" onClick={forget}>
            {s('propose.forget')}
          </button>
        </div>
      </form>
      {ready && <ReadyPanel file={ready} s={s} data={data} headingRef={readyHeading} />}
    </FormContext.Provider>
  );
}
