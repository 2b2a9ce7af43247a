import { diagnoseExisting, type ExistingDiagnosis } from '../../edge/diagnose-existing';
import { fixedConfigFor, readExistingSetup, type ConfigMapping, type ExistingSetup } from '../../import';

export type ExistingAnalysis =
  | { ok: true; setup: ExistingSetup; mapping: ConfigMapping; diagnosis: ExistingDiagnosis }
  | { ok: false; error: string };

/**
 * Reads and diagnoses an existing setup in the browser. Function code from a template is never run here (it is
 * someone's code in this page): the request flow says what it assumed instead; the CLI runs it in node:vm.
 */
export function analyseExisting(distributionText: string, djangoSettingsText: string): ExistingAnalysis {
  const read = readExistingSetup(distributionText, djangoSettingsText);
  if (!read.ok) return read;
  return {
    ok: true,
    setup: read.setup,
    mapping: fixedConfigFor(read.setup),
    diagnosis: diagnoseExisting(read.setup, { runner: null }),
  };
}
