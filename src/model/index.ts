export * from './deployment';
export { deploymentFor, stackOf } from './deployment-for';
export { GENERATED_KEYS, GENERATED_KEY_LIST, generatedKeysFor, generatedKeysOf } from './explanation-keys';
export type { GeneratedKey, TargetKind } from './explanation-keys';
