import type { BehaviorPlan, Deployment } from '../model';

/**
 * What the behaviour's response headers policy does to a response from its origin (Django or S3), as far as the
 * wizard knows it: the custom policy's headers are the model's own (each with override, so they replace what
 * the origin sent); AWS's managed policy is only named (its values are AWS's, not restated here).
 */
export type ResponseHeadersEffect =
  | { kind: 'none' }
  | { kind: 'managed'; name: string }
  | { kind: 'custom'; name: string; headers: [name: string, value: string][] };

export function responseHeadersEffect(
  deployment: Deployment,
  behaviour: BehaviorPlan,
): ResponseHeadersEffect {
  const ref = behaviour.responseHeadersPolicy;
  if (ref === null) return { kind: 'none' };
  if (ref.kind === 'managed') return { kind: 'managed', name: ref.policy.name };
  const plan = deployment.responseHeadersPolicy;
  if (plan === null) return { kind: 'none' };
  const { maxAgeSeconds, includeSubdomains, preload } = plan.hsts;
  const hsts = [
    `max-age=${maxAgeSeconds}`,
    ...(includeSubdomains ? ['includeSubDomains'] : []),
    ...(preload ? ['preload'] : []),
  ].join('; ');
  return {
    kind: 'custom',
    name: plan.name,
    headers: [
      ['strict-transport-security', hsts],
      ['x-content-type-options', 'nosniff'],
      ['x-frame-options', plan.frameOptions],
      ['referrer-policy', plan.referrerPolicy],
      // Enforced (a security header) or report-only (a custom header): either overrides the origin's.
      ...(plan.csp === null ? [] : [[plan.csp.header.toLowerCase(), plan.csp.value] as [string, string]]),
    ],
  };
}

/** The origin's response headers with the custom policy's headers in place (override: the origin's are replaced). */
export function withPolicyHeaders<T>(
  headers: Record<string, T>,
  effect: ResponseHeadersEffect,
): Record<string, T | string> {
  if (effect.kind !== 'custom') return headers;
  const names = new Set(effect.headers.map(([name]) => name));
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !names.has(name.toLowerCase())));
  return { ...kept, ...Object.fromEntries(effect.headers) };
}
