import type { ReactNode } from 'react';
import { fieldChoices, optionLabel, type FieldPath } from './field-table';
import { FieldError, FieldFindings, FieldHelp } from './FieldParts';
import { describedBy, useField, type FieldState } from './use-field';

function Shell({
  field,
  children,
  className,
}: {
  field: FieldState;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`field ${className ?? ''} ${field.invalid ? 'field-invalid' : ''}`}>
      {children}
      <FieldError field={field} />
      {field.pending !== undefined && (
        <p className="field-note field-pending">Still needed: {field.pending}</p>
      )}
      <FieldFindings field={field} />
      <FieldHelp field={field} />
    </div>
  );
}

function inputProps(field: FieldState) {
  return {
    id: field.id,
    name: field.path,
    'aria-invalid': field.invalid ? ('true' as const) : undefined,
    'aria-describedby': describedBy(field),
    onBlur: field.touch,
  };
}

export function TextField(props: {
  path: FieldPath;
  placeholder?: string;
  hint?: ReactNode;
  inputMode?: 'url';
  /** Replaces the plain setter, e.g. to keep a derived field in step. */
  onValue?: (value: string) => void;
}) {
  const field = useField(props.path);
  if (!field.visible) return null;
  return (
    <Shell field={field}>
      <label htmlFor={field.id}>{field.label}</label>
      <input
        {...inputProps(field)}
        type="text"
        inputMode={props.inputMode}
        autoComplete="off"
        spellCheck={false}
        placeholder={props.placeholder}
        value={typeof field.value === 'string' ? field.value : ''}
        onChange={(event) => (props.onValue ?? field.set)(event.target.value)}
      />
      {props.hint}
    </Shell>
  );
}

/** A whole number; text that is not one stays in the draft as typed so the person can correct it. */
export function NumberField({ path }: { path: FieldPath }) {
  const field = useField(path);
  if (!field.visible) return null;
  const shown = typeof field.value === 'number' || typeof field.value === 'string' ? String(field.value) : '';
  return (
    <Shell field={field}>
      <label htmlFor={field.id}>{field.label}</label>
      <input
        {...inputProps(field)}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={shown}
        onChange={(event) => {
          const text = event.target.value.trim();
          field.set(/^\d+$/.test(text) ? Number(text) : event.target.value);
        }}
      />
    </Shell>
  );
}

/** The chosen option's one-sentence summary, when the field words its options (origin types). */
function OptionSummary({ field }: { field: FieldState }) {
  const summary = typeof field.value === 'string' ? field.meta.optionSummaries?.[field.value] : undefined;
  if (summary === undefined) return null;
  return (
    <p className="field-note" aria-live="polite">
      {summary}
    </p>
  );
}

/** A select of the enum field's values, in the schema's order unless `options` says otherwise. */
export function SelectField({
  path,
  options = fieldChoices(path),
}: {
  path: FieldPath;
  options?: readonly string[];
}) {
  const field = useField(path);
  if (!field.visible) return null;
  return (
    <Shell field={field}>
      <label htmlFor={field.id}>{field.label}</label>
      <select
        {...inputProps(field)}
        value={typeof field.value === 'string' ? field.value : options[0]}
        onChange={(event) => field.set(event.target.value)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(path, option)}
          </option>
        ))}
      </select>
      <OptionSummary field={field} />
    </Shell>
  );
}

/**
 * A radio group: a fieldset whose legend is the label; the error is tied to the group. `describe` gives a
 * sentence under each choice, so what a choice means is read before it is chosen.
 */
export function RadioField({
  path,
  options = fieldChoices(path),
  describe,
}: {
  path: FieldPath;
  options?: readonly string[];
  describe?: (option: string) => ReactNode;
}) {
  const field = useField(path);
  if (!field.visible) return null;
  return (
    <Shell field={field}>
      <fieldset
        id={field.id}
        role="radiogroup"
        className="radio-group"
        aria-describedby={describedBy(field)}
        aria-invalid={field.invalid ? 'true' : undefined}
      >
        <legend>{field.label}</legend>
        {options.map((option) => {
          const description = describe?.(option);
          const descriptionId = `${field.id}-${option}-about`;
          return (
            <div key={option} className="choice">
              <input
                type="radio"
                name={field.path}
                id={`${field.id}-${option}`}
                value={option}
                checked={field.value === option}
                onChange={() => field.set(option)}
                onBlur={field.touch}
                aria-describedby={description === undefined ? undefined : descriptionId}
              />
              <span>
                <label htmlFor={`${field.id}-${option}`}>{optionLabel(path, option)}</label>
                {description !== undefined && (
                  <span className="choice-about" id={descriptionId}>
                    {description}
                  </span>
                )}
              </span>
            </div>
          );
        })}
      </fieldset>
    </Shell>
  );
}

export function CheckboxField({ path }: { path: FieldPath }) {
  const field = useField(path);
  if (!field.visible) return null;
  return (
    <Shell field={field} className="field-checkbox">
      <div className="choice">
        <input
          {...inputProps(field)}
          type="checkbox"
          checked={field.value === true}
          onChange={(event) => field.set(event.target.checked)}
        />
        <label htmlFor={field.id}>{field.label}</label>
      </div>
    </Shell>
  );
}
