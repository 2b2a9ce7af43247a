import {
  EMULATOR_NO_CACHE,
  fail,
  fetchOnce,
  pass,
  siteUrl,
  skip,
  type VerifyCheck,
} from './verify-check-types';
import { headerValue, type ProbeResponse } from './verify-http';

function fromCache(response: ProbeResponse): string | null {
  const xCache = headerValue(response, 'x-cache') ?? '';
  const age = headerValue(response, 'age');
  if (/^(hit|refreshhit|stalehit)/i.test(xCache)) return `X-Cache: ${xCache}`;
  if (age !== undefined && Number(age) > 0) return `Age: ${age}`;
  return null;
}

export const setCookieNeverCached: VerifyCheck = {
  id: 'set-cookie-not-cached',
  title: 'A response that sets a cookie is never a cache hit',
  async run(context) {
    if (context.mode === 'plain') return skip(EMULATOR_NO_CACHE);
    const targets = [
      ['page', context.url],
      ['form', siteUrl(context, context.formPath)],
    ] as const;
    let withCookie = 0;
    for (const [key, url] of targets) {
      const first = await fetchOnce(context, key, { method: 'GET', url });
      const second = await context.prober.send({ method: 'GET', url });
      for (const response of [first, second]) {
        if ((response.headers['set-cookie'] ?? []).length === 0) continue;
        withCookie += 1;
        const cached = fromCache(response);
        if (cached !== null)
          return fail(
            `${url.pathname} came from the cache (${cached}) with Set-Cookie: ${response.headers['set-cookie']![0]!.split(';')[0]}: one visitor’s cookie is served to another`,
            'dynamicCaching.mode disabled (CachingDisabled) for Django’s pages, or Cache-Control: private from Django with origin-cache-control',
          );
      }
    }
    if (withCookie === 0)
      return skip(
        `no response here sets a cookie (${targets.map(([, url]) => url.pathname).join(', ')}): give --form PATH of a page that does`,
      );
    return pass(`${withCookie} responses with Set-Cookie, none from the cache`);
  },
};

export const staticFilesCached: VerifyCheck = {
  id: 'static-cached',
  title: 'Static files are cached',
  async run(context) {
    if (context.mode === 'plain') return skip(EMULATOR_NO_CACHE);
    if (context.staticPath === null)
      return skip('no static file known: give --static PATH of a real file (e.g. /static/css/site.css)');
    const url = siteUrl(context, context.staticPath);
    const first = await context.prober.send({ method: 'GET', url });
    if (first.status !== 200)
      return skip(`${url.pathname} answers ${first.status}: give --static PATH of a real file`);
    const second = await context.prober.send({ method: 'GET', url });
    const cached = fromCache(second);
    if (cached !== null)
      return pass(`the second request for ${url.pathname} came from the cache (${cached})`);
    return fail(
      `${url.pathname} was fetched twice and the second answer did not come from the cache (X-Cache: ${headerValue(second, 'x-cache') ?? 'absent'})`,
      'staticFiles.enabled with its path pattern matching STATIC_URL (the behaviour uses CachingOptimized)',
    );
  },
};
