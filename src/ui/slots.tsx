import { lazy, type ComponentType } from 'react';
import type { Config } from '../config/schema';

/*
 * Mount point for the request-flow view (src/ui/trace, another engineer's). Vite's glob import is empty while the
 * file is absent, so App shows a marked placeholder until it lands; then it loads as its own chunk on first use.
 */
const traceLoaders = Object.values(
  import.meta.glob<{ RequestTracePanel: ComponentType<{ config: Config }> }>('./trace/RequestTracePanel.tsx'),
);

export const RequestTracePanel =
  traceLoaders[0] === undefined
    ? undefined
    : lazy(async () => ({ default: (await traceLoaders[0]!()).RequestTracePanel }));
