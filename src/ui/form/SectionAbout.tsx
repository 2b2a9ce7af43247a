import { useMemo, useState } from 'react';
import { lazyComponent } from '../lazy-part';
import { fieldApplies, fieldMeta, type FieldPath } from './field-table';
import type { StepId } from '../flow/steps';
import { termsIn } from '../plain/glossary';
import { useFormState } from './form-state';

/** The fields of `fields` that apply, as one string: the same string keeps the section from rendering again. */
const AboutEntries = lazyComponent(
  () => import('./AboutEntries').then((module) => module.default),
  <p>Loading the explanations…</p>,
);

function useShownFields(fields: readonly FieldPath[]): FieldPath[] {
  const shown = useFormState((form) => fields.filter((path) => fieldApplies(path, form.view)).join(' '));
  return shown === '' ? [] : (shown.split(' ') as FieldPath[]);
}

/** Everything a person reads about the shown fields: labels, help, choices and what the chosen one means. */
function wordingOf(path: FieldPath): string {
  const meta = fieldMeta(path);
  return [
    meta.label,
    meta.help,
    ...Object.values(meta.options ?? {}),
    ...Object.values(meta.optionSummaries ?? {}),
  ].join(' ');
}

/**
 * The AWS words the section's shown fields use, spelled out in one plain line each: a reading aid with no
 * controls, so it costs no Tab stop.
 */
export function SectionWords({ fields, intro = '' }: { fields: readonly FieldPath[]; intro?: string }) {
  const shown = useShownFields(fields);
  // Once per set of shown fields, not per keystroke.
  const key = shown.join(' ');
  const terms = useMemo(
    () =>
      termsIn(
        [intro, ...(key === '' ? [] : key.split(' ')).map((path) => wordingOf(path as FieldPath))].join(' '),
      ),
    [intro, key],
  );
  if (terms.length === 0) return null;
  return (
    <dl className="section-words" aria-label="Words used here">
      {terms.map((entry) => (
        <div key={entry.term}>
          <dt>{entry.term}</dt>
          <dd>{entry.meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The longer explanation of each shown field, opening with its plain first sentence, with the pages it rests on.
 * One disclosure after the section's controls, instead of a "More" button and links between every two inputs.
 */
export function SectionAbout({
  fields,
  id,
  step,
}: {
  fields: readonly FieldPath[];
  id: string;
  /** The step whose notes' pages are listed too. */
  step: StepId;
}) {
  const shown = useShownFields(fields);
  // Rendered once opened: closed, it costs nothing on a keystroke (and its texts are not even fetched).
  const [open, setOpen] = useState(false);
  if (shown.length === 0) return null;
  return (
    <details
      className="section-about"
      id={`${id}-about`}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>About these settings, with the AWS and Django pages</summary>
      {open && <AboutEntries shown={shown} step={step} />}
    </details>
  );
}
