import { ORIGINS, type Config } from '../../config/schema';
import { whatIfApplies, type WhatIf } from '../../edge/what-if';
import type { TraceInputs } from './trace-inputs';

export const WHAT_IF_IDS = ['forward-host', 'direct-to-origin', 'oac-post'] as const;
export type WhatIfId = (typeof WHAT_IF_IDS)[number];

interface WhatIfExample {
  label: string;
  /** What is traced instead of the setup as generated, in one sentence. */
  describe(config: Config): string;
  whatIf: WhatIf;
  inputs(config: Config): Omit<TraceInputs, 'whatIf'>;
}

const none = { cookies: '', origin: '', forwardedHost: '' };

/** Misconfigurations people deploy and then debug: traced without touching the form (which refuses some). */
export const WHAT_IFS: Record<WhatIfId, WhatIfExample> = {
  'forward-host': {
    label: 'Host forwarded to the origin',
    describe: (config) =>
      `CloudFront forwarded the visitor’s Host (origin request policy AllViewer) to the ${ORIGINS[config.origin.type].label}.`,
    whatIf: { forwardViewerHost: true },
    inputs: (config) => ({ method: 'GET', url: `https://${config.domains.primary}/`, ...none }),
  },
  'direct-to-origin': {
    label: 'A direct call to the origin',
    describe: (config) =>
      `someone called ${config.origin.endpoint} directly, skipping CloudFront, and claimed your domain in X-Forwarded-Host.`,
    whatIf: { skipCloudFront: true },
    inputs: (config) => ({
      method: 'GET',
      url: `https://${config.origin.endpoint}${config.origin.path}/`,
      ...none,
      forwardedHost: config.domains.primary,
    }),
  },
  'oac-post': {
    label: 'An OAC-signed form POST',
    describe: () =>
      'CloudFront signed every request to the function URL with origin access control, and a browser form posted to it.',
    whatIf: { lambdaOac: true },
    inputs: (config) => ({
      method: 'POST',
      url: `https://${config.domains.primary}/contact/`,
      cookies: 'csrftoken=Xy9kLmN0pQ',
      origin: `https://${config.domains.primary}`,
      forwardedHost: '',
    }),
  },
};

export function isWhatIfId(value: unknown): value is WhatIfId {
  return typeof value === 'string' && (WHAT_IF_IDS as readonly string[]).includes(value);
}

/** Why a what-if cannot be traced for this setup, or undefined when it can. */
export function whyNot(id: WhatIfId, config: Config): string | undefined {
  return whatIfApplies(config, WHAT_IFS[id].whatIf)
    ? undefined
    : 'Origin access control signs requests to Lambda function URLs only: choose that origin to try this.';
}
