import { ORIGINS } from '../config/origins';
import type { Config } from '../config/schema';
import type { BehaviorPlan, Deployment, OriginPlan } from '../model';
import { MANAGED_ORIGIN_REQUEST_POLICIES } from '../model/aws-constants';

/**
 * Misconfigurations people actually deploy, traced without changing the config (the form refuses some of them):
 * each flag bends the deployment the trace follows, never the memoised one the targets print.
 */
export interface WhatIf {
  /** CloudFront forwards the viewer's Host to Django's origin (origin request policy AllViewer). */
  forwardViewerHost?: boolean;
  /** The request skips CloudFront and goes straight to the origin's own address. */
  skipCloudFront?: boolean;
  /** CloudFront signs requests to a Lambda function URL with origin access control (SigV4). */
  lambdaOac?: boolean;
}

/** Whether a what-if can happen with this origin at all (OAC signs Lambda function URLs only). */
export function whatIfApplies(config: Config, whatIf: WhatIf): boolean {
  return whatIf.lambdaOac !== true || ORIGINS[config.origin.type].protections.includes('lambda-oac');
}

const isAppBehaviour = (behaviour: BehaviorPlan) => behaviour.originId === 'App';

/** A copy of `deployment` with the what-if applied to the app origin and the behaviours that reach it. */
export function deploymentWithWhatIf(deployment: Deployment, whatIf: WhatIf): Deployment {
  if (whatIf.forwardViewerHost !== true && whatIf.lambdaOac !== true) return deployment;
  const behaviour = <B extends BehaviorPlan>(plan: B): B =>
    whatIf.forwardViewerHost === true && isAppBehaviour(plan)
      ? {
          ...plan,
          originRequestPolicy: { kind: 'managed', policy: MANAGED_ORIGIN_REQUEST_POLICIES.allViewer },
        }
      : plan;
  const origin = (plan: OriginPlan): OriginPlan =>
    whatIf.lambdaOac === true && plan.kind === 'custom'
      ? { ...plan, originAccessControl: 'LambdaUrl' }
      : plan;
  const { distribution } = deployment;
  return {
    ...deployment,
    distribution: {
      ...distribution,
      origins: distribution.origins.map(origin),
      defaultBehavior: behaviour(distribution.defaultBehavior),
      additionalBehaviors: distribution.additionalBehaviors.map(behaviour),
    },
  };
}
