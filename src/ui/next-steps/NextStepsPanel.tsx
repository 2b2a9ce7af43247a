import { Suspense, use, useEffect, useMemo, useRef, useState } from 'react';
import type { Config } from '../../config/schema';
import { deploymentFor } from '../../model';
import type { TargetId } from '../../targets/catalogue';
import { loadGenerators } from '../preview/generators-chunk';
import { downloadFolder, folderFileName } from '../share/download-bundle';
import { nextStepsFor } from './deploy-plan';
import { nextStepsStore, useNextSteps } from './next-steps-store';
import './next-steps.css';

/** Sentences with `code` in backticks (the model's and the targets' notes are written so). */
function Inline({ text }: { text: string }) {
  return (
    <>{text.split('`').map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part))}</>
  );
}

function FolderButton({ config, folder }: { config: Config; folder: string }) {
  const [failed, setFailed] = useState<string>();
  return (
    <>
      <button
        type="button"
        className="button-secondary"
        title={`Saves ${folderFileName(config, folder)}`}
        onClick={() =>
          void downloadFolder(config, folder).catch((error: unknown) =>
            setFailed(error instanceof Error ? error.message : String(error)),
          )
        }
      >
        Download only {folder}/
      </button>
      {failed !== undefined && <span role="alert">{failed}</span>}
    </>
  );
}

function Steps({ config, target }: { config: Config; target: TargetId }) {
  const generators = use(loadGenerators());
  const infrastructure = generators.TARGETS.filter((candidate) => candidate.steps !== undefined);
  const chosen = generators.targetById(target);
  const steps = useMemo(() => nextStepsFor(deploymentFor(config), chosen), [config, chosen]);
  return (
    <>
      <div className="next-steps-choice">
        <label htmlFor="next-steps-target">Deploy with</label>
        <select
          id="next-steps-target"
          value={target}
          onChange={(event) => nextStepsStore.set({ target: event.target.value as TargetId })}
        >
          {infrastructure.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label}
            </option>
          ))}
        </select>
        <FolderButton config={config} folder={chosen.folder} />
        <FolderButton config={config} folder={generators.targetById('django').folder} />
      </div>
      <ol className="next-steps-list">
        {steps.map((step) => (
          <li key={step.title}>
            <h3>{step.title}</h3>
            {step.text.map((sentence) => (
              <p key={sentence}>
                <Inline text={sentence} />
              </p>
            ))}
            {step.commands.map((group) => (
              <div key={group.title} className="next-steps-commands">
                <p className="next-steps-command-title">
                  <Inline text={group.title} />
                </p>
                {group.lines.length > 0 && (
                  <pre>
                    <code>{group.lines.join('\n')}</code>
                  </pre>
                )}
                {group.notes.map((note) => (
                  <p key={note} className="next-steps-note">
                    <Inline text={note} />
                  </p>
                ))}
              </div>
            ))}
          </li>
        ))}
      </ol>
    </>
  );
}

/** Shown after a download: what to run, in order, for the infrastructure tool the person was looking at. */
export function NextStepsPanel({ config }: { config: Config }) {
  const { shown, target, wantsFocus } = useNextSteps();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!wantsFocus || heading.current === null) return;
    heading.current.scrollIntoView({ block: 'start' });
    heading.current.focus({ preventScroll: true });
    nextStepsStore.set({ wantsFocus: false });
  }, [wantsFocus, shown]);
  if (!shown) return null;
  return (
    <section className="next-steps" aria-labelledby="next-steps-title">
      <h2 id="next-steps-title" tabIndex={-1} ref={heading}>
        Downloaded. Next steps, in this order
      </h2>
      <p>
        The zip holds every folder; its README.md has each step in full, with the checks to run after. Pick
        the one tool you deploy with:
      </p>
      <Suspense fallback={<p>Loading the steps…</p>}>
        <Steps config={config} target={target} />
      </Suspense>
      <button type="button" className="button-secondary" onClick={() => nextStepsStore.set({ shown: false })}>
        Close the next steps
      </button>
    </section>
  );
}
