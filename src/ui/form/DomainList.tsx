import { useRef } from 'react';
import { errorIsShown, flowStore, useFlow } from '../flow/flow-store';
import { plainIssueMessage } from '../share/plain-issue';
import { wizardStore } from '../state/wizard-store';
import { shallowEqual } from '../state/use-store-selector';
import { FieldError, FieldFindings, FieldHelp } from './FieldParts';
import { useFormState } from './form-state';
import { describedBy, useField } from './use-field';

const MAX_EXTRA_NAMES = 20;

/** The messages of the paths under `prefix` (the list's items). */
function errorsUnder(errors: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => path.startsWith(prefix)));
}

/** The extra domain names: a list the person adds to and removes from, each with its own error. */
export function DomainList() {
  const list = useField('domains.additional');
  const errors = useFormState((form) => errorsUnder(form.errors, 'domains.additional.'), shallowEqual);
  const flow = useFlow();
  const listRef = useRef<HTMLUListElement>(null);
  const names = Array.isArray(list.value) ? (list.value as unknown[]) : [];

  const focusItem = (index: number, selector: string) =>
    requestAnimationFrame(() => {
      const items = listRef.current?.querySelectorAll<HTMLElement>(selector);
      (items?.[index] ?? document.getElementById('add-domain'))?.focus();
    });

  const add = () => {
    wizardStore.setField('domains.additional', [...names, '']);
    focusItem(names.length, 'input');
  };
  const remove = (index: number) => {
    wizardStore.setField(
      'domains.additional',
      names.filter((_, position) => position !== index),
    );
    focusItem(Math.min(index, names.length - 2), 'input');
  };

  return (
    <fieldset className="field domain-list" aria-describedby={describedBy(list)}>
      <legend>{list.label}</legend>
      <ul ref={listRef}>
        {names.map((name, index) => {
          const path = `domains.additional.${index}`;
          const id = `field-domains-additional-${index}`;
          const message = errors[path];
          const error =
            message !== undefined && errorIsShown(flow, path, name)
              ? plainIssueMessage(path, message)
              : undefined;
          return (
            <li key={index} className={error !== undefined ? 'field-invalid' : undefined}>
              <label htmlFor={id}>Other domain name {index + 1}</label>
              <div className="row">
                <input
                  id={id}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  placeholder="example.com"
                  value={typeof name === 'string' ? name : ''}
                  aria-invalid={error !== undefined ? 'true' : undefined}
                  aria-describedby={error !== undefined ? `${id}-error` : undefined}
                  onChange={(event) => wizardStore.setField(path, event.target.value)}
                  onBlur={() => flowStore.touch(path)}
                />
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={`Remove other domain name ${index + 1}`}
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
        id="add-domain"
        className="button-secondary"
        onClick={add}
        disabled={names.length >= MAX_EXTRA_NAMES}
      >
        Add a domain name
      </button>
      <FieldError field={list} />
      <FieldFindings field={list} />
      <FieldHelp field={list} />
    </fieldset>
  );
}
