import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { ProposalValues } from '../../lib/register/proposal/proposal-values.ts';

/** One option of a choice: the stored value and the words shown (a taxonomy term's label, never its id). */
export interface Option {
  value: string;
  label: string;
}

/** A site language as the form shows it. */
export interface FormLocale {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

/** What every field needs from the form: the values, how to change one, and the error shown for a field. */
export interface FormState {
  values: ProposalValues;
  set: (field: string, value: string | string[]) => void;
  errorFor: (field: string) => string | undefined;
  locales: readonly FormLocale[];
  defaultLocale: string;
  /** "(required)" / "(optional)" in the page's language. */
  required: string;
  optional: string;
}

export const FormContext = createContext<FormState | undefined>(undefined);

function useForm(): FormState {
  const form = useContext(FormContext);
  if (!form) throw new Error('A proposal field must be inside the proposal form.');
  return form;
}

/** The element id of a field (`name.en` → `propose-name-en`): the error summary links to it. */
export const fieldId = (field: string) => `propose-${field.replace(/\./g, '-')}`;
const hintId = (field: string) => `${fieldId(field)}-hint`;
const errorId = (field: string) => `${fieldId(field)}-error`;

/** The ids that describe a field: its hint and its error, when it has them. */
function describedBy(field: string, hint: boolean, error: boolean): string | undefined {
  return [hint && hintId(field), error && errorId(field)].filter(Boolean).join(' ') || undefined;
}

function Hint({ field, text }: { field: string; text?: string | undefined }) {
  return text ? (
    <p class="propose-field__hint" id={hintId(field)}>
      {text}
    </p>
  ) : null;
}

function ErrorText({ field, text }: { field: string; text?: string | undefined }) {
  return text ? (
    <p class="propose-field__error" id={errorId(field)}>
      {text}
    </p>
  ) : null;
}

function LabelText({ label, required }: { label: string; required: boolean }) {
  const form = useForm();
  return (
    <>
      {label} <span class="propose-field__need">{required ? form.required : form.optional}</span>
    </>
  );
}

interface TextProps {
  field: string;
  label: string;
  hint?: string | undefined;
  required?: boolean;
  multiline?: boolean | undefined;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  autocomplete?: string;
  inputMode?: 'decimal';
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** One text input (or text area) with its label, hint and error. */
export function TextField({ field, label, hint, required = false, multiline, type = 'text', ...rest }: TextProps) {
  const form = useForm();
  const error = form.errorFor(field);
  const value = form.values[field];
  const attributes = {
    id: fieldId(field),
    name: field,
    value: typeof value === 'string' ? value : '',
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(field, Boolean(hint), Boolean(error)),
    'aria-required': required ? ('true' as const) : undefined,
    onInput: (event: Event) => form.set(field, (event.currentTarget as HTMLInputElement).value),
    lang: rest.lang,
    dir: rest.dir,
  };
  return (
    <div class={`propose-field${error ? ' propose-field--error' : ''}`}>
      <label for={fieldId(field)}>
        <LabelText label={label} required={required} />
      </label>
      <Hint field={field} text={hint} />
      <ErrorText field={field} text={error} />
      {multiline ? (
        <textarea rows={3} {...attributes} />
      ) : (
        <input type={type} autocomplete={rest.autocomplete} inputMode={rest.inputMode} {...attributes} />
      )}
    </div>
  );
}

interface LocalizedProps {
  field: string;
  label: string;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
}

/**
 * A text in every language of the city, side by side: each input carries its language and
 * direction, so Arabic is typed right to left whatever the page's language. The default language
 * is required when the text is; the others fall back to it on the site.
 */
export function LocalizedField({ field, label, hint, required = false, multiline }: LocalizedProps) {
  const form = useForm();
  return (
    <fieldset class="propose-localized">
      <legend>{label}</legend>
      {hint && <p class="propose-field__hint">{hint}</p>}
      {form.locales.map((locale) => (
        <TextField
          key={locale.code}
          field={`${field}.${locale.code}`}
          label={locale.name}
          required={required && locale.code === form.defaultLocale}
          multiline={multiline}
          lang={locale.code}
          dir={locale.dir}
        />
      ))}
    </fieldset>
  );
}

interface ChoiceProps {
  field: string;
  label: string;
  options: readonly Option[];
  hint?: string | undefined;
  required?: boolean;
  /** Several may be chosen (checkboxes) instead of one (radio buttons or, for long lists, a select). */
  multiple?: boolean | undefined;
  children?: ComponentChildren;
}

/** A choice among options: radio buttons up to six options, a select above, checkboxes for several. */
export function ChoiceField({ field, label, options, hint, required = true, multiple, children }: ChoiceProps) {
  const form = useForm();
  const error = form.errorFor(field);
  const value = form.values[field];
  const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const describedby = describedBy(field, Boolean(hint), Boolean(error));
  const classes = `propose-field${error ? ' propose-field--error' : ''}`;
  if (!multiple && options.length > 6) {
    return (
      <div class={classes}>
        <label for={fieldId(field)}>
          <LabelText label={label} required={required} />
        </label>
        <Hint field={field} text={hint} />
        <ErrorText field={field} text={error} />
        <select
          id={fieldId(field)}
          name={field}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedby}
          aria-required={required ? 'true' : undefined}
          onChange={(event) => form.set(field, event.currentTarget.value)}
        >
          <option value="" selected={chosen.length === 0}>
            —
          </option>
          {options.map((option) => (
            <option key={option.value} value={option.value} selected={chosen.includes(option.value)}>
              {option.label}
            </option>
          ))}
        </select>
        {children}
      </div>
    );
  }
  const toggle = (option: string, on: boolean) =>
    form.set(field, multiple ? (on ? [...chosen, option] : chosen.filter((item) => item !== option)) : option);
  return (
    <fieldset class={`${classes} propose-choice`} aria-describedby={describedby}>
      <legend>
        <LabelText label={label} required={required} />
      </legend>
      <Hint field={field} text={hint} />
      <ErrorText field={field} text={error} />
      {options.map((option, index) => {
        const id = index === 0 ? fieldId(field) : `${fieldId(field)}-${option.value}`;
        return (
          <div class="propose-choice__option" key={option.value}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={id}
              name={field}
              value={option.value}
              checked={chosen.includes(option.value)}
              aria-invalid={error ? 'true' : undefined}
              onChange={(event) => toggle(option.value, event.currentTarget.checked)}
            />
            <label for={id}>{option.label}</label>
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}
