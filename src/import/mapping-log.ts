import type { Config } from '../config/schema';
import type { ExistingSetup, UnreadItem } from './existing-setup';

/** A setting of the fixed config that differs from what the existing setup does, and why. */
export interface Adjustment {
  /** The config field (dotted path), e.g. `origin.hostStrategy`. */
  field: string;
  existing: string;
  fixed: string;
  why: string;
}

export interface ConfigMapping {
  /** The fixed configuration: what the existing setup does where that is right, the wizard's choice where not. */
  config: Config;
  /** Settings taken over as they are: field, value, and where in the input it came from. */
  mapped: { field: string; value: string; from: string }[];
  adjustments: Adjustment[];
  /** What the existing setup has that a wizard config cannot hold. */
  notMapped: UnreadItem[];
}

/** What a mapping step records: settings taken over, changed, or left out. */
export class MappingLog {
  readonly mapped: ConfigMapping['mapped'] = [];
  readonly adjustments: Adjustment[] = [];
  readonly notMapped: UnreadItem[] = [];
  take(field: string, value: unknown, from: string): void {
    this.mapped.push({ field, value: typeof value === 'string' ? value : JSON.stringify(value), from });
  }
  adjust(field: string, existing: string, fixed: string, why: string): void {
    this.adjustments.push({ field, existing, fixed, why });
  }
  leave(path: string, value: string, why: string): void {
    this.notMapped.push({ path, value, why });
  }
}

/** The app origin: the one the default behaviour sends requests to. */
export function appOriginOf(setup: ExistingSetup) {
  const { origins, defaultBehaviour } = setup.distribution;
  return origins.find((origin) => origin.id === defaultBehaviour.targetOriginId) ?? origins[0]!;
}
