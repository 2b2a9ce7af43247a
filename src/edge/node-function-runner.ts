import vm from 'node:vm';
import type { FunctionRunner } from './viewer-function';

/**
 * Node-only runner: the generated CloudFront Function in a fresh V8 context with no require, process or timers
 * (closer to the CloudFront runtime than `new Function`), with a time limit.
 */
export const runInNodeVm: FunctionRunner = (code, event) => {
  const context = vm.createContext({ eventJson: JSON.stringify(event) });
  vm.runInContext(code, context, { timeout: 1000 });
  const output = vm.runInContext('JSON.stringify(handler(JSON.parse(eventJson)))', context, {
    timeout: 1000,
  }) as string | undefined;
  return output === undefined ? undefined : (JSON.parse(output) as unknown);
};
