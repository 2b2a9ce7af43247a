import { ORIGINS } from '../config/origins';
import type { Config } from '../config/schema';
import { deploymentFor } from '../model';
import { normaliseHeaders } from './header-editor';
import { originHop, type OriginHopResult } from './origin-hop';
import type { HopRequest } from './types';

/**
 * What happens to a request sent straight to the origin's endpoint, skipping CloudFront: a VPC origin's load
 * balancer or instance has no public address, so it never arrives; any other origin gets it as sent and plays
 * its part (API Gateway, a function URL or an Express Mode ALB refuse a Host that is not their own). The emulator
 * (`--direct`) and the real-Django tests use it to try what an attacker would.
 */
export type DirectRequestOutcome =
  { reachable: false; reason: string; source: string } | { reachable: true; origin: OriginHopResult };

/** A request as a client sends it straight to the origin: its own Host and headers, nothing from CloudFront. */
export interface DirectRequest {
  method: string;
  path: string;
  query?: string;
  /** Header names in any case; `host` is what the client puts in Host. */
  headers: Record<string, string>;
}

export function directOriginRequest(config: Config, sent: DirectRequest): DirectRequestOutcome {
  const descriptor = ORIGINS[config.origin.type];
  const deployment = deploymentFor(config);
  const app = deployment.distribution.origins.find((origin) => origin.id === 'App');
  if (app === undefined) throw new Error('The deployment has no app origin');
  if (descriptor.privateOrigin !== undefined) {
    return {
      reachable: false,
      reason: `${descriptor.privateOrigin.reason}. A client outside the VPC cannot connect to ${app.domainName}: no answer, the connection times out`,
      source: descriptor.privateOrigin.source.url,
    };
  }
  const request: HopRequest = {
    method: sent.method.toUpperCase(),
    path: sent.path,
    query: sent.query ?? '',
    headers: normaliseHeaders(sent.headers),
  };
  // Past CloudFront there is no origin path to put in front: the client sends the path it wants.
  return { reachable: true, origin: originHop(descriptor, { ...app, originPath: '' }, request) };
}
