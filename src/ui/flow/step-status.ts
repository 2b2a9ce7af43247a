import type { ConfigWarning } from '../../knowledge/types';
import { STEP_IDS, stepOfPath, type StepId } from './steps';

export interface StepStatus {
  /** Invalid fields the person has seen, and findings marked ERROR. */
  errors: number;
  /** Required fields still empty (not red yet). */
  toFill: number;
  warnings: number;
}

/** What each step holds that needs a look: the step list shows it, so a problem is found from anywhere. */
export function stepStatuses(
  errors: readonly { path: string; shown: boolean }[],
  findings: readonly ConfigWarning[],
): Record<StepId, StepStatus> {
  const statuses = Object.fromEntries(
    STEP_IDS.map((id) => [id, { errors: 0, toFill: 0, warnings: 0 }]),
  ) as Record<StepId, StepStatus>;
  for (const error of errors) {
    const status = statuses[stepOfPath(error.path)];
    if (error.shown) status.errors += 1;
    else status.toFill += 1;
  }
  for (const finding of findings) {
    const status = statuses[finding.field === undefined ? 'review' : stepOfPath(finding.field)];
    if (finding.severity === 'error') status.errors += 1;
    if (finding.severity === 'warning') status.warnings += 1;
  }
  return statuses;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "1 error, 2 warnings" (empty when the step is fine). */
export function statusWords(status: StepStatus): string {
  return [
    status.errors > 0 ? plural(status.errors, 'error') : '',
    status.toFill > 0 ? `${status.toFill} to fill in` : '',
    status.warnings > 0 ? plural(status.warnings, 'warning') : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
}

/** "✖1 ⚠2": the status in symbols, for a phone's narrow step list (the words stay for screen readers). */
export function statusSymbols(status: StepStatus): string {
  return [
    status.errors > 0 ? `✖${status.errors}` : '',
    status.toFill > 0 ? `○${status.toFill}` : '',
    status.warnings > 0 ? `⚠${status.warnings}` : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
}
