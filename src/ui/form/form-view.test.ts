import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../config/schema';
import { formViewConfig } from './form-view';

describe('formViewConfig', () => {
  it('takes the draft’s choices even while the draft is invalid, so the right fields show at once', () => {
    const lastValid = defaultConfig();
    const draft = {
      ...lastValid,
      origin: { ...lastValid.origin, type: 'lambda-url', endpoint: 'not valid' },
    };
    const view = formViewConfig(lastValid, draft);
    expect(view.origin.type).toBe('lambda-url');
    expect(view.domains.primary).toBe(lastValid.domains.primary);
  });

  it('ignores values of the wrong type and missing parts of the draft', () => {
    const lastValid = defaultConfig();
    const view = formViewConfig(lastValid, {
      dynamicCaching: { defaultTtlSeconds: '12a' },
      staticFiles: null,
    });
    expect(view.dynamicCaching.defaultTtlSeconds).toBe(lastValid.dynamicCaching.defaultTtlSeconds);
    expect(view.staticFiles).toEqual(lastValid.staticFiles);
  });
});
