import { FIELD_EXPLANATIONS } from '../../knowledge/explanations';
import type { StepId } from '../flow/steps';
import { firstSentence } from '../plain/glossary';
import type { FieldPath } from './field-table';
import { SECTION_SOURCES } from './section-sources';
import { ExternalLinks } from '../ExternalLinks';

/**
 * The explanations of a section's shown fields and the pages its notes rest on: a chunk of its own (the
 * explanations are long texts), fetched when "About these settings" is first opened.
 */
export default function AboutEntries({ shown, step }: { shown: readonly FieldPath[]; step: StepId }) {
  const sources = SECTION_SOURCES[step] ?? [];
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
              <ExternalLinks links={explanation.links} />
            </p>
          </section>
        );
      })}
      {sources.map((source) => (
        <section key={source.title} className="about-entry" aria-label={source.title}>
          <h3>{source.title}</h3>
          <p className="field-links">
            <ExternalLinks links={source.links} />
          </p>
        </section>
      ))}
    </>
  );
}
