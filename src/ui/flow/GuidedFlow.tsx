import { FormSection } from '../form/FormSection';
import { SectionAbout, SectionWords } from '../form/SectionAbout';
import { SECTION_FIELDS } from '../form/sections';
import { useFlow } from './flow-store';
import { StepList } from './StepList';
import { StepNav } from './StepNav';
import { stepById, stepNumber, STEPS } from './steps';
import { lazyPart } from '../lazy-part';

// The review step prints setting values and starts the download: its chunk is fetched when the step shows.
const ReviewStep = lazyPart(() => import('./ReviewStep'), 'ReviewStep', <p>Loading the review…</p>);

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
        <SectionAbout id={`step-${step}`} fields={definition.fields} step={step} />
      </FormSection>
    </div>
  );
}
