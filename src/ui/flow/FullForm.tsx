import { FormSection } from '../form/FormSection';
import { SectionAbout, SectionWords } from '../form/SectionAbout';
import { SECTION_FIELDS } from '../form/sections';
import { STEPS } from './steps';

const TITLES: Record<string, string> = { review: 'More settings' };

/** Every section on one page, for people who know what they want: the same fields as the steps. */
export function FullForm() {
  return (
    <>
      {STEPS.map((step) => {
        const Fields = SECTION_FIELDS[step.id];
        return (
          <FormSection
            key={step.id}
            id={`section-${step.id}`}
            title={TITLES[step.id] ?? step.title}
            paths={step.fields}
          >
            <Fields />
            <SectionWords fields={step.fields} />
            <SectionAbout id={`section-${step.id}`} fields={step.fields} step={step.id} />
          </FormSection>
        );
      })}
    </>
  );
}
