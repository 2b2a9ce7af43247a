import { CACHING_RULES } from './caching';
import { EXAMPLE_VALUE_RULES } from './example-values';
import { HTTPS_RULES } from './https';
import { NAME_AND_PATH_RULES } from './names-and-paths';
import { ORIGIN_ACCESS_RULES } from './origin-access';
import { ORIGIN_HOST_RULES } from './origin-host';
import { PRIVATE_ORIGIN_RULES } from './private-origin';
import type { WarningRule } from './rule';
import { WEB_ACL_RULES } from './web-acl';

/** All warning rules, in the order their warnings are listed within one severity. */
export const WARNING_RULES: readonly WarningRule[] = [
  ...ORIGIN_HOST_RULES,
  ...ORIGIN_ACCESS_RULES,
  ...WEB_ACL_RULES,
  ...PRIVATE_ORIGIN_RULES,
  ...CACHING_RULES,
  ...HTTPS_RULES,
  ...NAME_AND_PATH_RULES,
  ...EXAMPLE_VALUE_RULES,
];
