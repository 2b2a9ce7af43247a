import { MANAGED_ORIGIN_REQUEST_POLICIES } from '../../model/aws-constants';
import type { DistributionPlan, ViewerRequestFunctionPlan } from '../../model';

const EXCEPT_HOST = MANAGED_ORIGIN_REQUEST_POLICIES.allViewerExceptHostHeader;
const ALL_VIEWER = MANAGED_ORIGIN_REQUEST_POLICIES.allViewer;

const EVENT_STRUCTURE_DOC =
  'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-event-structure.html';
const RESTRICTIONS_DOC =
  'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html';
const DJANGO_XFH_DOC = 'https://docs.djangoproject.com/en/5.2/ref/settings/#use-x-forwarded-host';

/** README for the function folder: what the code does and how the IaC targets attach it. */
export function functionReadme(plan: DistributionPlan, fn: ViewerRequestFunctionPlan): string {
  return `# CloudFront Function \`${fn.name}\`

\`viewer-request.js\` copies the host name the viewer asked for (one of ${plan.aliases.map((a) => `\`${a}\``).join(', ')})
into the \`X-Forwarded-Host\` request header, so Django knows its public name while the origin still receives its
own \`Host\`.

- **Event type:** viewer-request (it runs before the cache lookup, on every request of the behaviours below).
- **Runtime:** \`${fn.runtime}\`. No network, file system, timers or \`eval\`; the code is far below the 10 KB limit.
- **Associated with:** the default behaviour (Django)${plan.additionalBehaviors
    .filter((behavior) => behavior.viewerRequestFunction)
    .map((behavior) => ` and \`${behavior.pathPattern}\``)
    .join('')}. The CDK, CloudFormation and Terraform code in this bundle creates the
  function, publishes it and associates it; you do not need to upload this file by hand.

## Why it exists
The origin request policy is **${EXCEPT_HOST.name}**: every viewer header, cookie and query
string reaches the origin except \`Host\`, which CloudFront sets to the origin's own name (API Gateway and Lambda
function URLs answer 403 to any other Host). Django reads the public name from \`X-Forwarded-Host\` with
\`USE_X_FORWARDED_HOST = True\` and checks it against \`ALLOWED_HOSTS\`.

The function always **overwrites** \`X-Forwarded-Host\`: the policy forwards a viewer's own header, so keeping
or appending to it would let anyone choose the host Django believes. It never changes \`Host\` (read-only in
viewer-request events) and never sets \`X-Forwarded-Proto\` (not allowed in CloudFront Functions): either gives
a 502.

## References
- Event structure: ${EVENT_STRUCTURE_DOC}
- Restrictions on edge functions: ${RESTRICTIONS_DOC}
- ${EXCEPT_HOST.name}: ${EXCEPT_HOST.docUrl}
- Django \`USE_X_FORWARDED_HOST\`: ${DJANGO_XFH_DOC}
`;
}

/** README when the host is forwarded as-is (origin request policy AllViewer): no function is needed. */
export function noFunctionReadme(plan: DistributionPlan): string {
  return `# No CloudFront Function for this setup

This configuration forwards the viewer's \`Host\` header to the origin (origin request policy
**${ALL_VIEWER.name}**), so Django receives ${plan.aliases.map((a) => `\`${a}\``).join(', ')} in \`Host\` directly
and needs no \`X-Forwarded-Host\`. No viewer-request function is created or associated.

That only works with an origin that accepts any Host (a load balancer or your own HTTPS server). API Gateway
and Lambda function URLs answer 403 to a Host that is not their own: for them choose the X-Forwarded-Host
function instead.

Reference: ${ALL_VIEWER.docUrl}
`;
}
