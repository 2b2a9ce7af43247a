import { fieldApplies, type FieldPath } from '../form/field-table';
import { useFormState } from '../form/form-state';
import { MoreFields } from '../form/sections';
import { NextSteps } from '../next-steps/NextSteps';
import { startDownload } from '../share/download-flow';
import { settingLabel, settingValue } from '../share/setting-labels';
import { getAtPath, useParsedConfig } from '../state/wizard-store';
import { flowStore } from './flow-store';
import { stepById, stepOfPath, type StepId } from './steps';

/** The choices worth seeing again before the download, per step. */
const SUMMARY: { step: StepId; fields: FieldPath[] }[] = [
  { step: 'site', fields: ['domains.primary', 'domains.additional', 'projectName', 'certificate.source'] },
  { step: 'origin', fields: ['origin.type', 'origin.endpoint', 'origin.path', 'origin.lambdaUrlAuth'] },
  { step: 'caching', fields: ['dynamicCaching.mode', 'staticFiles.enabled', 'mediaFiles.enabled'] },
  { step: 'security', fields: ['originProtection.secretHeader', 'securityHeaders.mode'] },
];

/** The last step: the setup at a glance (each part one click from its step), the rarer settings, the download. */
export function ReviewStep() {
  const { view, errors } = useFormState((form) => form);
  const { config, valid } = useParsedConfig();
  const moreHasErrors = Object.keys(errors).some((path) => stepOfPath(path) === 'review');
  return (
    <div className="review">
      {SUMMARY.map((group) => {
        const title = stepById(group.step).title;
        return (
          <section key={group.step} className="review-group" aria-label={title}>
            <div className="review-group-head">
              <h3>{title}</h3>
              <button
                type="button"
                className="link-button"
                aria-label={`Change ${title}`}
                onClick={() => flowStore.goToStep(group.step)}
              >
                Change
              </button>
            </div>
            <dl>
              {group.fields
                .filter((path) => fieldApplies(path, view))
                .map((path) => (
                  <div key={path}>
                    <dt>{settingLabel(path)}</dt>
                    <dd>{settingValue(path, getAtPath(view, path))}</dd>
                  </div>
                ))}
            </dl>
          </section>
        );
      })}
      <div className="review-download">
        <button
          type="button"
          className="button-primary"
          disabled={!valid}
          onClick={() => void startDownload(config)}
        >
          Download all files (.zip)
        </button>
        <p className="share-hint">
          {valid
            ? 'Every target’s folder and a README with the deploy order; the next steps show here.'
            : 'Fix the fields listed above first.'}
        </p>
      </div>
      <details className="more-settings" open={moreHasErrors || undefined}>
        <summary>
          More settings: price class, HTTP versions, IPv6, access logs, comment, template format
        </summary>
        <MoreFields />
      </details>
      <NextSteps />
    </div>
  );
}
