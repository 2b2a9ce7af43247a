import type { ConfigInput } from '../config/schema';
import type { FieldPath } from '../config/form-fields';
import type { GeneratedKey } from '../model/explanation-keys';
import type { DocLink } from '../sources/doc-links';

export type { DocLink, FieldPath, GeneratedKey };

/** At least one page the explanation rests on (an empty list does not compile). */
export type DocLinks = readonly [DocLink, ...DocLink[]];

/**
 * What a generated setting is and why it has its value, keyed by its `GeneratedKey`. The previews show it beside
 * the lines a target's writer tagged with that key.
 */
export interface GeneratedExplanation {
  title: string;
  /** One plain sentence: what the setting does, for someone new to AWS. */
  summary: string;
  /** The why: what this value prevents, what goes wrong otherwise. Plain text. */
  body: string;
  links: DocLinks;
}

/**
 * The longer explanation of a form field, keyed by its dotted path; its label, short help and when it applies are
 * declared beside the field in the schema.
 */
export interface FieldExplanation {
  title: string;
  /** One short paragraph: what it does, why this default, what goes wrong otherwise. Plain text. */
  body: string;
  links: DocLinks;
}

export type Explanation = GeneratedExplanation | FieldExplanation;

/** Every key the knowledge base explains: a generated setting or a form field. */
export type ExplanationKey = GeneratedKey | FieldPath;

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
  explanationKey: ExplanationKey;
  /** The field the warning is about, when there is one. */
  field?: FieldPath;
  fix?: { label: string; patch: ConfigPatch };
}
