import type { ReactNode } from 'react';
import type { Trace } from '../../edge/types';

function Verdict({ label, ok, children }: { label: string; ok: boolean | null; children: ReactNode }) {
  const state = ok === null ? 'na' : ok ? 'ok' : 'bad';
  return (
    <div className={`trace-verdict trace-verdict-${state}`}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The final answers: what Django believes, whether the request passes its checks, and caching. */
export function TraceVerdicts({ trace }: { trace: Trace }) {
  const django = trace.django;
  const cache = trace.cache;
  return (
    <dl className="trace-verdicts" aria-label="Verdicts">
      <Verdict label="Response" ok={trace.response.status < 400}>
        {trace.response.status}{' '}
        {trace.answeredBy === null
          ? 'from the Django view'
          : `from ${trace.hops[trace.hops.length - 1]?.title}`}
      </Verdict>
      {django === null ? (
        <Verdict label="Django" ok={null}>
          not reached
        </Verdict>
      ) : (
        <>
          <Verdict label="request.get_host()" ok={django.host !== null}>
            {django.host ?? 'raises DisallowedHost'} <small>(from {django.rawHost.from})</small>
          </Verdict>
          <Verdict label="request.is_secure()" ok={django.isSecure}>
            {String(django.isSecure)} <small>({django.isSecureBecause})</small>
          </Verdict>
          <Verdict label="ALLOWED_HOSTS" ok={django.allowedHosts.ok}>
            {django.allowedHosts.message}
          </Verdict>
          <Verdict label="CSRF" ok={django.csrf?.ok ?? null}>
            {django.csrf === null ? 'not checked (safe method)' : django.csrf.message}
          </Verdict>
          {django.originVerify !== null && (
            <Verdict label="Origin secret" ok={django.originVerify.ok}>
              {django.originVerify.message}
            </Verdict>
          )}
          {django.absoluteUri !== null && (
            <Verdict label="build_absolute_uri()" ok={null}>
              <code>{django.absoluteUri}</code>
            </Verdict>
          )}
        </>
      )}
      {cache !== null && (
        <Verdict label="CloudFront cache" ok={null}>
          {cache.cacheable ? 'cacheable' : 'not cached'} ({cache.policyName}). {cache.why} Shared with:{' '}
          {cache.sharedWith}.{cache.keyParts.length > 0 && ` Key: ${cache.keyParts.join(', ')}.`}
        </Verdict>
      )}
    </dl>
  );
}
