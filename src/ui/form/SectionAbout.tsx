import { useMemo, useState } from 'react';
import { fieldApplies, fieldMeta, type FieldPath } from '../../config/form-fields';
import { FIELD_EXPLANATIONS } from '../../knowledge/explanations';
import type { DocLink } from '../../sources/doc-links';
import { firstSentence, termsIn } from '../plain/glossary';
import { useFormState } from './form-state';

/** The fields of `fields` that apply, as one string: the same string keeps the section from rendering again. */
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
  sources = [],
}: {
  fields: readonly FieldPath[];
  id: string;
  /** Pages the section's notes rest on. */
  sources?: readonly { title: string; links: readonly DocLink[] }[];
}) {
  const shown = useShownFields(fields);
  // Rendered once opened: closed, it costs nothing on a keystroke.
  const [open, setOpen] = useState(false);
  if (shown.length === 0 && sources.length === 0) return null;
  return (
    <details
      className="section-about"
      id={`${id}-about`}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>About these settings, with the AWS and Django pages</summary>
      {open && <AboutEntries shown={shown} sources={sources} />}
    </details>
  );
}

function AboutEntries({
  shown,
  sources,
}: {
  shown: readonly FieldPath[];
  sources: readonly { title: string; links: readonly DocLink[] }[];
}) {
  return (
    <>
      {shown.map((path) => {
        const explanation = FIELD_EXPLANATIONS[path];
        const { first, rest } = firstSentence(explanation.body);
        return (
          <section key={path} className="about-entry" aria-label={explanation.title}>
            <h3>{explanation.title}</h3>
            <p>
              <strong className="explanation-summary">{first}</strong> {rest}
            </p>
            <p className="field-links">
              {explanation.links.map((link) => (
                <a key={link.url} href={link.url} target="_blank" rel="noreferrer noopener">
                  {link.title}
                </a>
              ))}
            </p>
          </section>
        );
      })}
      {sources.map((source) => (
        <section key={source.title} className="about-entry" aria-label={source.title}>
          <h3>{source.title}</h3>
          <p className="field-links">
            {source.links.map((link) => (
              <a key={link.url} href={link.url} target="_blank" rel="noreferrer noopener">
                {link.title}
              </a>
            ))}
          </p>
        </section>
      ))}
    </>
  );
}
