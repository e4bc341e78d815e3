import { useContext } from 'preact/hooks';
import type { TermField } from '../../lib/register/proposal/proposal-values.ts';
import { ChoiceField, FormContext, LocalizedField, TextField, type Option } from './fields.tsx';
import type { ProposeData, Strings } from './strings.ts';

interface SectionProps {
  s: Strings;
  data: ProposeData;
}

/** Options from string keys: `['yes', 'value.yes']` pairs. */
const options = (s: Strings, pairs: readonly (readonly [string, string])[]): Option[] =>
  pairs.map(([value, key]) => ({ value, label: s(key) }));

function useValue(field: string): string | string[] | undefined {
  return useContext(FormContext)?.values[field];
}

/** Asks what "other" means, under a field where it was chosen (the register requires it). */
function OtherDetails({ s, field }: { s: Strings; field: TermField }) {
  const value = useValue(field);
  const chosen = Array.isArray(value) ? value.includes('other') : value === 'other';
  return chosen ? (
    <LocalizedField
      field={`otherDetails.${field}`}
      label={s('field.otherDetails')}
      hint={s('propose.hint.otherDetails')}
      required
    />
  ) : null;
}

/** A vocabulary field: its terms by label, with the explanation of "other" when chosen. */
function TermChoice({
  s,
  data,
  field,
  multiple,
  hint,
}: SectionProps & { field: TermField; multiple?: boolean; hint?: string }) {
  return (
    <ChoiceField field={field} label={s(`field.${field}`)} options={data.terms[field]} multiple={multiple} hint={hint}>
      <OtherDetails s={s} field={field} />
    </ChoiceField>
  );
}

export function DeviceSection({ s, data }: SectionProps) {
  return (
    <>
      <LocalizedField field="name" label={s('field.name')} hint={s('propose.hint.name')} required />
      <LocalizedField field="summary" label={s('field.summary')} hint={s('propose.hint.summary')} required multiline />
      <ChoiceField
        field="status"
        label={s('field.status')}
        options={options(s, [
          ['planned', 'status.planned'],
          ['active', 'status.active'],
        ])}
      />
      <TextField
        field="activeFrom"
        label={s('field.activeFrom')}
        hint={s('propose.hint.activeFrom')}
        type="date"
        required
      />
      <TermChoice s={s} data={data} field="kind" />
      <TermChoice s={s} data={data} field="technology" multiple />
      <LocalizedField
        field="measures"
        label={s('field.measures')}
        hint={s('propose.hint.measures')}
        required
        multiline
      />
      <TermChoice s={s} data={data} field="mountedOn" />
      <TextField field="vendor" label={s('field.vendor')} hint={s('propose.hint.vendor')} />
    </>
  );
}

export function DataSection({ s, data }: SectionProps) {
  const personalData = useValue('personalData') === 'yes';
  const dpia = useValue('dpia');
  const kept = useValue('retentionKept') === 'yes';
  const yesNo = options(s, [
    ['yes', 'value.yes'],
    ['no', 'value.no'],
  ]);
  return (
    <>
      <TermChoice s={s} data={data} field="dataTypes" multiple />
      <ChoiceField
        field="personalData"
        label={s('field.personalData')}
        options={yesNo}
        hint={s('propose.hint.personalData')}
      />
      {personalData && (
        <>
          <ChoiceField field="legalBasis" label={s('field.legalBasis')} options={data.legalBases} />
          <LocalizedField field="legalSource" label={s('field.legalSource')} hint={s('propose.hint.legalSource')} />
          <TextField field="legalUrl" label={s('propose.field.legalUrl')} hint={s('propose.hint.https')} type="url" />
          <TextField
            field="privacyStatement"
            label={s('field.privacyStatement')}
            hint={s('propose.hint.https')}
            type="url"
            required
          />
        </>
      )}
      <ChoiceField
        field="dpia"
        label={s('field.dpia')}
        required={false}
        options={options(s, [
          ['done', 'propose.dpia.done'],
          ['planned', 'propose.dpia.planned'],
          ['not-required', 'propose.dpia.notRequired'],
        ])}
      />
      {dpia === 'done' && (
        <TextField
          field="dpiaUrl"
          label={s('propose.field.dpiaUrl')}
          hint={s('propose.hint.https')}
          type="url"
          required
        />
      )}
      <TermChoice s={s} data={data} field="purposes" multiple />
      <TermChoice s={s} data={data} field="processing" multiple hint={s('propose.hint.processing')} />
      <ChoiceField
        field="retentionKept"
        label={s('propose.field.retentionKept')}
        options={options(s, [
          ['yes', 'value.yes'],
          ['no', 'propose.retention.none'],
        ])}
      />
      {kept && (
        <div class="propose-retention">
          <TextField
            field="retentionAmount"
            label={s('propose.field.retentionAmount')}
            hint={s('propose.hint.retention')}
            inputMode="decimal"
            required
          />
          <ChoiceField
            field="retentionUnit"
            label={s('propose.field.retentionUnit')}
            options={options(s, [
              ['H', 'propose.unit.hours'],
              ['D', 'propose.unit.days'],
              ['W', 'propose.unit.weeks'],
              ['M', 'propose.unit.months'],
              ['Y', 'propose.unit.years'],
            ])}
          />
        </div>
      )}
      <LocalizedField
        field="retentionNote"
        label={s('field.retentionNote')}
        hint={s('propose.hint.retentionNote')}
        multiline
      />
      <TermChoice s={s} data={data} field="storage" multiple />
      <TermChoice s={s} data={data} field="access" multiple />
      <LocalizedField field="sharing" label={s('field.sharing')} hint={s('propose.hint.sharing')} multiline />
    </>
  );
}

export function PlaceSection({ s, data }: SectionProps) {
  const type = useValue('locationType');
  return (
    <>
      <ChoiceField
        field="locationType"
        label={s('propose.field.locationType')}
        options={options(s, [
          ['point', 'propose.location.point'],
          ['area', 'propose.location.area'],
        ])}
      />
      {type === 'point' && (
        <div class="propose-coordinates">
          <p class="propose-field__hint">{s('propose.hint.coordinates', data.exampleCoordinates)}</p>
          <TextField field="lat" label={s('field.latitude')} inputMode="decimal" required />
          <TextField field="lng" label={s('field.longitude')} inputMode="decimal" required />
        </div>
      )}
      {type === 'area' && (
        <ChoiceField field="districts" label={s('propose.field.districts')} options={data.districts} multiple />
      )}
      <LocalizedField
        field="locationDescription"
        label={s('field.locationDescription')}
        hint={s('propose.hint.locationDescription')}
        required
      />
      <ChoiceField
        field="signage"
        label={s('field.signage')}
        options={options(s, [
          ['yes', 'value.yes'],
          ['no', 'value.no'],
          ['planned', 'status.planned'],
        ])}
      />
    </>
  );
}

export function SecuritySection({ s }: SectionProps) {
  const updates = useValue('updates');
  const encryption = options(s, [
    ['yes', 'value.yes'],
    ['partly', 'propose.encryption.partly'],
    ['no', 'value.no'],
  ]);
  return (
    <>
      <p class="prose">{s('propose.hint.security')}</p>
      <ChoiceField field="encryptedInTransit" label={s('security.field.encryptedInTransit')} options={encryption} />
      <ChoiceField field="encryptedAtRest" label={s('security.field.encryptedAtRest')} options={encryption} />
      <ChoiceField
        field="updates"
        label={s('security.field.updates')}
        options={options(s, [
          ['automatic', 'security.updates.automatic'],
          ['remote', 'security.updates.remote'],
          ['on-site', 'security.updates.onSite'],
          ['none', 'security.updates.none'],
        ])}
      />
      {updates !== 'none' && (
        <ChoiceField
          field="signedUpdates"
          label={s('security.field.signedUpdates')}
          options={options(s, [
            ['yes', 'value.yes'],
            ['no', 'value.no'],
          ])}
        />
      )}
      <TextField
        field="supportUntil"
        label={s('security.field.supportUntil')}
        hint={s('propose.hint.supportUntil')}
        type="date"
      />
      <ChoiceField
        field="network"
        label={s('security.field.network')}
        options={options(s, [
          ['separated', 'security.network.separated'],
          ['shared', 'security.network.shared'],
          ['external', 'security.network.external'],
        ])}
      />
      <TextField
        field="disclosurePolicy"
        label={s('security.field.disclosurePolicy')}
        hint={s('propose.hint.disclosurePolicy')}
        type="url"
      />
      <ChoiceField
        field="conformity"
        label={s('security.field.conformity')}
        required={false}
        multiple
        options={options(s, [
          ['etsi-en-303-645', 'security.conformity.etsi'],
          ['en-18031', 'security.conformity.en18031'],
          ['iec-62443-4-2', 'security.conformity.iec62443'],
          ['cra-ce', 'security.conformity.cra'],
        ])}
      />
      <TextField
        field="lastIndependentReview"
        label={s('security.field.lastIndependentReview')}
        hint={s('propose.hint.lastIndependentReview')}
        type="date"
      />
      <LocalizedField
        field="securityNote"
        label={s('field.securityNote')}
        hint={s('propose.hint.securityNote')}
        multiline
      />
    </>
  );
}

export function AccountableSection({ s, data }: SectionProps) {
  return (
    <>
      <ChoiceField field="organisation" label={s('field.organisation')} options={data.organisations} />
      <TextField field="contact" label={s('field.contact')} hint={s('propose.hint.contact')} />
      <LocalizedField field="team" label={s('propose.field.team')} hint={s('propose.hint.team')} required />
    </>
  );
}

/** The proposer's own contact: kept apart from the entry in the file and never imported. */
export function ProposerSection({ s }: { s: Strings }) {
  return (
    <>
      <p class="prose">{s('propose.proposerIntro')}</p>
      <TextField field="proposerName" label={s('propose.field.proposerName')} autocomplete="name" required />
      <TextField
        field="proposerEmail"
        label={s('propose.field.proposerEmail')}
        hint={s('propose.hint.proposerReach')}
        type="email"
        autocomplete="email"
      />
      <TextField field="proposerPhone" label={s('propose.field.proposerPhone')} type="tel" autocomplete="tel" />
    </>
  );
}
