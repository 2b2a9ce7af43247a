import type { Config, ConfigInput } from '../config/schema';
import type { TargetId } from '../targets/types';

import type { DocLink } from '../sources/doc-links';

export type { DocLink };

/**
 * What a setting does and why it is set this way. `key` is either a form field's dotted schema path
 * ("origin.endpoint", "dynamicCaching.mode") or a generated setting ("generated.originRequestPolicy").
 */
export interface Explanation {
  key: string;
  title: string;
  /** For form fields: the input's visible label (short). */
  label?: string;
  /** For form fields: whether the field applies to this config (hidden otherwise), e.g. only for Lambda URLs. */
  appliesTo?: (config: Config) => boolean;
  /** One short paragraph: what it does, why this value, what goes wrong otherwise. Plain text. */
  body: string;
  links: DocLink[];
  /**
   * Text fragments that mark the generated lines this entry explains, per target: the UI puts the explanation
   * beside every line that contains one, and a test checks each marker still occurs where the entry applies.
   */
  markers?: Partial<Record<TargetId, string[]>>;
}

/** A deep-partial config to merge into the form: what a warning's one-click fix changes. */
export type ConfigPatch = {
  [K in keyof ConfigInput]?: ConfigInput[K] extends object ? Partial<ConfigInput[K]> : ConfigInput[K];
};

export interface ConfigWarning {
  /** Stable rule id, e.g. "cookie-cache-without-cache-control". */
  id: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The explanation entry that says more. */
  explanationKey: string;
  /** The field the warning is about (dotted schema path), when there is one. */
  field?: string;
  fix?: { label: string; patch: ConfigPatch };
}
