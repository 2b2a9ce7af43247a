import type { WarningRule } from './rule';

/** All warning rules, in the order their warnings are listed within one severity. */
export const WARNING_RULES: readonly WarningRule[] = [];
