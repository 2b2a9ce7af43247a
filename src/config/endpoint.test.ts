import { describe, expect, it } from 'vitest';
import { regionOfEndpoint, splitEndpoint } from './endpoint';

describe('splitEndpoint', () => {
  it.each([
    ['abc.execute-api.eu-west-1.amazonaws.com', 'abc.execute-api.eu-west-1.amazonaws.com', ''],
    ['https://abc.execute-api.eu-west-1.amazonaws.com/', 'abc.execute-api.eu-west-1.amazonaws.com', ''],
    [
      'HTTPS://ABC.execute-api.eu-west-1.amazonaws.com/prod/',
      'abc.execute-api.eu-west-1.amazonaws.com',
      '/prod',
    ],
    ['https://x.lambda-url.eu-west-1.on.aws/?a=1#f', 'x.lambda-url.eu-west-1.on.aws', ''],
    ['  origin.example.com/v1/api  ', 'origin.example.com', '/v1/api'],
  ])('%s', (raw, host, path) => {
    expect(splitEndpoint(raw)).toEqual({ host, path });
  });
});

describe('regionOfEndpoint', () => {
  it('reads the region of API Gateway and Lambda URL names', () => {
    expect(regionOfEndpoint('abc.execute-api.eu-west-1.amazonaws.com')).toBe('eu-west-1');
    expect(regionOfEndpoint('abc.lambda-url.ap-southeast-2.on.aws')).toBe('ap-southeast-2');
    expect(regionOfEndpoint('origin.example.com')).toBeUndefined();
  });
});
