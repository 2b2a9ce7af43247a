import { describe, expect, it } from 'vitest';
import { decodePermalinkToConfig, permalinkUrl } from '../../config/permalink';
import { defaultConfig } from '../../config/schema';
import { exampleRequests, type TraceInputs } from './trace-inputs';
import { decodeTraceInputs, encodeTraceInputs, TRACE_LINK_PARAM } from './trace-link';

const post: TraceInputs = {
  ...exampleRequests('www.example.com')[1]!.inputs,
  cookies: 'name=Jürgen; csrftoken=abc',
  whatIf: 'direct-to-origin',
};

describe('trace inputs in the share link', () => {
  it('round-trip beside the config, which the permalink still reads alone', () => {
    const link = `${permalinkUrl(defaultConfig(), 'https://wizard.example/')}&${TRACE_LINK_PARAM}=${encodeTraceInputs(post)}`;
    expect(decodeTraceInputs(link)).toEqual(post);
    const config = decodePermalinkToConfig(link);
    expect(config.ok).toBe(true);
  });

  it('ignore a missing, damaged or unknown value instead of failing', () => {
    expect(decodeTraceInputs('#c=1.abc')).toBeUndefined();
    expect(decodeTraceInputs('#c=1.abc&t=%%%')).toBeUndefined();
    expect(decodeTraceInputs(`#t=${btoa('[1,2,3]')}`)).toBeUndefined();
    const unknownWhatIf = encodeTraceInputs({
      ...post,
      whatIf: 'delete-everything' as TraceInputs['whatIf'],
    });
    expect(decodeTraceInputs(`#t=${unknownWhatIf}`)).toBeUndefined();
    const badMethod = encodeTraceInputs({ ...post, method: 'TRACE' });
    expect(decodeTraceInputs(`#t=${badMethod}`)).toBeUndefined();
    expect(decodeTraceInputs(`#t=${'A'.repeat(5000)}`)).toBeUndefined();
  });
});
