import type { WarningRule } from './rule';
import { singleWarning } from './rule';

/** The created web ACL without paths for large bodies: the core rule set refuses admin forms and uploads over 8 KB. */
export const largeBodiesBlockedEverywhere: WarningRule = singleWarning((config) =>
  config.distribution.waf === 'create' && config.distribution.wafLargeBodyPaths.length === 0
    ? {
        id: 'waf-large-bodies-blocked',
        severity: 'warning',
        message:
          'The core rule set blocks every request body over 8 KB: without paths that may take larger ones, saving ' +
          'a long Django admin form or uploading a file fails with 403. Name the admin and the upload views.',
        explanationKey: 'distribution.wafLargeBodyPaths',
        field: 'distribution.wafLargeBodyPaths',
        fix: {
          label: 'Allow large bodies under /admin/',
          patch: { distribution: { wafLargeBodyPaths: ['/admin/'] } },
        },
      }
    : null,
);

export const WEB_ACL_RULES: readonly WarningRule[] = [largeBodiesBlockedEverywhere];
