import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import type { Config } from '../../config/schema';
import { traceRequest } from '../../edge/trace';
import type { Trace } from '../../edge/types';
import { HopCard } from './HopCard';
import { TraceRequestForm } from './TraceRequestForm';
import { TraceVerdicts } from './TraceVerdicts';
import { exampleRequests, viewerRequestOf, type TraceInputs } from './trace-inputs';
import { traceStore, useTrace } from './trace-store';
import { WHAT_IFS, whyNot } from './what-ifs';
import './trace.css';

function traceOrError(config: Config, inputs: TraceInputs): { trace: Trace } | { error: string } {
  try {
    new URL(inputs.url);
  } catch {
    return { error: `Not a URL: enter it as https://${config.domains.primary}/path?query` };
  }
  const refused = inputs.whatIf === '' ? undefined : whyNot(inputs.whatIf, config);
  if (refused !== undefined) return { error: refused };
  try {
    const whatIf = inputs.whatIf === '' ? undefined : WHAT_IFS[inputs.whatIf].whatIf;
    return { trace: traceRequest(config, viewerRequestOf(inputs), whatIf === undefined ? {} : { whatIf }) };
  } catch (error) {
    return { error: `The trace failed: ${(error as Error).message}` };
  }
}

/** Keeps a traced URL and Origin on the form's domain when the domain changes. */
function useFollowDomain(primary: string, stored: TraceInputs | undefined) {
  const traced = useRef(primary);
  useEffect(() => {
    const previous = traced.current;
    traced.current = primary;
    if (previous === primary || stored === undefined) return;
    traceStore.set({
      ...stored,
      url: stored.url.replace(`//${previous}`, `//${primary}`),
      origin: stored.origin.replace(`//${previous}`, `//${primary}`),
      forwardedHost: stored.forwardedHost === previous ? primary : stored.forwardedHost,
    });
  }, [primary, stored]);
}

/**
 * The "Request flow" tab: one viewer request followed through CloudFront, the generated function, the origin
 * and Django, with the same model the emulator and the end-to-end tests use; or a what-if that traces a common
 * misconfiguration without changing the form.
 */
export function RequestTracePanel({ config: latest }: { config: Config }) {
  const config = useDeferredValue(latest);
  const primary = config.domains.primary;
  const { inputs: stored } = useTrace();
  useFollowDomain(primary, stored);
  const inputs = stored ?? exampleRequests(primary)[0]!.inputs;
  const result = useMemo(() => traceOrError(config, inputs), [config, inputs]);
  const whatIf = inputs.whatIf === '' ? undefined : WHAT_IFS[inputs.whatIf];

  return (
    <section className="trace-panel" aria-labelledby="trace-title">
      <h2 id="trace-title">Request flow</h2>
      <p className="trace-intro">
        Follow one request from the browser to Django through this setup: which headers each hop adds, removes
        or rewrites, and what Django concludes. The CloudFront Function’s logic runs on every request, in a
        TypeScript copy that the tests check answers like the generated code (this page forbids eval).
      </p>
      <TraceRequestForm inputs={inputs} domain={primary} config={config} onChange={traceStore.set} />
      {whatIf !== undefined && (
        <div className="trace-what-if" role="status">
          <p>
            <strong>What if</strong> {whatIf.describe(config)} Your setup is unchanged: this only shows what
            would happen.
          </p>
          <button
            type="button"
            className="button-secondary"
            onClick={() => traceStore.set({ ...exampleRequests(primary)[0]!.inputs })}
          >
            Trace the setup as generated
          </button>
        </div>
      )}
      {'error' in result ? (
        <p className="trace-error" role="alert">
          {result.error}
        </p>
      ) : (
        <>
          <TraceVerdicts trace={result.trace} />
          <ol className="trace-hops">
            {result.trace.hops.map((hop, index) => (
              <HopCard key={hop.id} hop={hop} index={index} />
            ))}
          </ol>
        </>
      )}
      <p className="trace-limits">
        A model, not AWS: what it does not emulate is listed in <code>src/edge/README.md</code>.
      </p>
    </section>
  );
}
