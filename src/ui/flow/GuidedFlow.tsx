import { FormSection } from '../form/FormSection';
import { SectionAbout, SectionWords } from '../form/SectionAbout';
import { SECTION_FIELDS, SECTION_SOURCES } from '../form/sections';
import { useFlow } from './flow-store';
import { ReviewStep } from './ReviewStep';
import { StepList } from './StepList';
import { StepNav } from './StepNav';
import { stepById, stepNumber, STEPS } from './steps';

/** One step at a time, with the step list above it; focus moves to the step's heading on each change. */
export function GuidedFlow() {
  const { step } = useFlow();
  const definition = stepById(step);
  const Fields = SECTION_FIELDS[step];
  return (
    <div className="guided-flow">
      <StepList />
      <FormSection
        id={`step-${step}`}
        headingId="step-heading"
        title={`Step ${stepNumber(step)} of ${STEPS.length}: ${definition.title}`}
        intro={definition.intro}
        paths={definition.fields}
      >
        {step === 'review' ? <ReviewStep /> : <Fields />}
        <SectionWords fields={definition.fields} intro={definition.intro} />
        <StepNav step={step} />
        <SectionAbout id={`step-${step}`} fields={definition.fields} sources={SECTION_SOURCES[step]} />
      </FormSection>
    </div>
  );
}
