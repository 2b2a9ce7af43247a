import { useRef } from 'react';
import type { FieldPath } from '../../config/form-fields';
import { errorIsShown, flowStore, useFlow } from '../flow/flow-store';
import { fieldId } from '../jump';
import { plainIssueMessage } from '../share/plain-issue';
import { wizardStore } from '../state/wizard-store';
import { FieldError, FieldFindings, FieldHelp } from './FieldParts';
import { shallowEqual } from '../state/use-store-selector';
import { useFormState } from './form-state';
import { describedBy, useField } from './use-field';

interface TextListProps {
  /** A list field of the schema (strings). */
  path: FieldPath;
  /** What one item is called, e.g. "Other domain name": "Other domain name 2", "Remove other domain name 2". */
  itemLabel: string;
  placeholder: string;
  addLabel: string;
  addId: string;
  max: number;
  className: string;
}

/** The messages of the paths under `prefix` (the list's items). */
function errorsUnder(errors: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => path.startsWith(prefix)));
}

/** A list of text values the person adds to and removes from, each with its own error. */
export function TextList({ path, itemLabel, placeholder, addLabel, addId, max, className }: TextListProps) {
  const list = useField(path);
  const errors = useFormState((form) => errorsUnder(form.errors, `${path}.`), shallowEqual);
  const flow = useFlow();
  const listRef = useRef<HTMLUListElement>(null);
  if (!list.visible) return null;
  const values = Array.isArray(list.value) ? (list.value as unknown[]) : [];
  const lowerLabel = `${itemLabel.charAt(0).toLowerCase()}${itemLabel.slice(1)}`;

  const focusItem = (index: number) =>
    requestAnimationFrame(() => {
      const items = listRef.current?.querySelectorAll<HTMLElement>('input');
      (items?.[index] ?? document.getElementById(addId))?.focus();
    });
  const add = () => {
    wizardStore.setField(path, [...values, '']);
    focusItem(values.length);
  };
  const remove = (index: number) => {
    wizardStore.setField(
      path,
      values.filter((_, position) => position !== index),
    );
    focusItem(Math.min(index, values.length - 2));
  };

  return (
    <fieldset id={fieldId(path)} className={`field ${className}`} aria-describedby={describedBy(list)}>
      <legend>{list.label}</legend>
      <ul ref={listRef}>
        {values.map((value, index) => {
          const itemPath = `${path}.${index}`;
          const id = fieldId(itemPath);
          const message = errors[itemPath];
          const error =
            message !== undefined && errorIsShown(flow, itemPath, value)
              ? plainIssueMessage(itemPath, message)
              : undefined;
          return (
            <li key={index} className={error !== undefined ? 'field-invalid' : undefined}>
              <label htmlFor={id}>
                {itemLabel} {index + 1}
              </label>
              <div className="row">
                <input
                  id={id}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  placeholder={placeholder}
                  value={typeof value === 'string' ? value : ''}
                  aria-invalid={error !== undefined ? 'true' : undefined}
                  aria-describedby={error !== undefined ? `${id}-error` : undefined}
                  onChange={(event) => wizardStore.setField(itemPath, event.target.value)}
                  onBlur={() => flowStore.touch(itemPath)}
                />
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={`Remove ${lowerLabel} ${index + 1}`}
                  onClick={() => remove(index)}
                >
                  Remove
                </button>
              </div>
              {error !== undefined && (
                <p className="field-error" id={`${id}-error`} role="alert">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        id={addId}
        className="button-secondary"
        onClick={add}
        disabled={values.length >= max}
      >
        {addLabel}
      </button>
      <FieldError field={list} />
      <FieldFindings field={list} />
      <FieldHelp field={list} />
    </fieldset>
  );
}
