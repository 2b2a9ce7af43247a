import { lazy, type ComponentType } from 'react';
import type { Config } from '../config/schema';

/*
 * Mount points for components other engineers own (src/ui/share, src/ui/trace). Each resolves to the component
 * once its file exists and to `undefined` before, so App renders a marked empty slot instead.
 */
type Props = Record<string, never>;

function eagerSlot<P>(modules: Record<string, Record<string, unknown>>, name: string) {
  const module = Object.values(modules)[0];
  return module?.[name] as ComponentType<P> | undefined;
}

export const ShareToolbar = eagerSlot<Props>(
  import.meta.glob('./share/ShareToolbar.tsx', { eager: true }),
  'ShareToolbar',
);
export const PresetPicker = eagerSlot<Props>(
  import.meta.glob('./share/PresetPicker.tsx', { eager: true }),
  'PresetPicker',
);
export const SharedConfigReview = eagerSlot<Props>(
  import.meta.glob('./share/SharedConfigReview.tsx', { eager: true }),
  'SharedConfigReview',
);

const traceLoaders = Object.values(
  import.meta.glob<{ RequestTracePanel: ComponentType<{ config: Config }> }>('./trace/RequestTracePanel.tsx'),
);
/** The request-flow view is its own chunk: it loads when its tab opens. */
export const RequestTracePanel =
  traceLoaders[0] === undefined
    ? undefined
    : lazy(async () => ({ default: (await traceLoaders[0]!()).RequestTracePanel }));
