import { useDeferredValue, useMemo, useState } from 'react';
import type { Config } from '../../config/schema';
import { traceRequest } from '../../edge/trace';
import type { Trace } from '../../edge/types';
import { HopCard } from './HopCard';
import { TraceRequestForm } from './TraceRequestForm';
import { TraceVerdicts } from './TraceVerdicts';
import { exampleRequests, viewerRequestOf, type TraceInputs } from './trace-inputs';
import './trace.css';

function traceOrError(config: Config, inputs: TraceInputs): { trace: Trace } | { error: string } {
  try {
    new URL(inputs.url);
  } catch {
    return { error: `Not a URL: enter it as https://${config.domains.primary}/path?query` };
  }
  try {
    return { trace: traceRequest(config, viewerRequestOf(inputs)) };
  } catch (error) {
    return { error: `The trace failed: ${(error as Error).message}` };
  }
}

/**
 * The "Request flow" tab: one viewer request followed through CloudFront, the generated function, the origin
 * and Django, with the same model the emulator and the end-to-end tests use.
 */
export function RequestTracePanel({ config: latest }: { config: Config }) {
  const config = useDeferredValue(latest);
  const primary = config.domains.primary;
  const [inputs, setInputs] = useState<TraceInputs>(() => exampleRequests(primary)[0]!.inputs);
  const [tracedDomain, setTracedDomain] = useState(primary);
  if (tracedDomain !== primary) {
    // The domain changed in the form: follow it in the URL and Origin (React's "adjust state on prop change").
    setTracedDomain(primary);
    setInputs((current) => ({
      ...current,
      url: current.url.replace(`//${tracedDomain}`, `//${primary}`),
      origin: current.origin.replace(`//${tracedDomain}`, `//${primary}`),
    }));
  }
  const result = useMemo(() => traceOrError(config, inputs), [config, inputs]);

  return (
    <section className="trace-panel" aria-labelledby="trace-title">
      <h2 id="trace-title">Request flow</h2>
      <p className="trace-intro">
        Follow one request from the browser to Django through this setup: which headers each hop adds, removes
        or rewrites, and what Django concludes. The CloudFront Function’s logic runs on every request, in a
        TypeScript copy that the tests check answers like the generated code (this page forbids eval).
      </p>
      <TraceRequestForm inputs={inputs} domain={primary} onChange={setInputs} />
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
