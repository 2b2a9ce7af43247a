import * as z from 'zod';

// zod compiles object parsers with `new Function` and probes for it when a schema is built; under the page's
// Content-Security-Policy (no 'unsafe-eval') the probe is refused and reported as a violation. This module is
// main.tsx's first import, so it runs before any schema is constructed.
z.config({ jitless: true });
