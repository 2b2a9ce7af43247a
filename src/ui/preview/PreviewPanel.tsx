import { Suspense, useDeferredValue, useRef, type KeyboardEvent } from 'react';
import { lazyComponent } from '../lazy-part';
import { TARGET_TABS } from '../../targets/catalogue';
import { useParsedConfig } from '../state/wizard-store';
import { previewStore, REQUEST_FLOW_TAB, usePreview } from './preview-store';
import { SlotBoundary } from '../SlotBoundary';
import { TargetPreview } from './TargetPreview';

// The request-flow view is its own chunk, loaded when its tab first opens.
const RequestTracePanel = lazyComponent(
  () => import('../trace/RequestTracePanel').then((module) => module.RequestTracePanel),
  <p>Loading the request flow…</p>,
);

const TABS = [
  ...TARGET_TABS.map((tab) => ({ id: tab.id as string, label: tab.label })),
  { id: REQUEST_FLOW_TAB, label: 'Request flow' },
];

/**
 * Tabs per output target (plus the request flow), each previewing the generated files of the last valid config.
 * The editor's text follows a keystroke in the keystroke's own task (generating one target takes well under a
 * millisecond); the rest of the preview and the request flow's traces follow at low priority.
 */
export function PreviewPanel() {
  const { config: latest, valid } = useParsedConfig();
  // The preview renders at low priority; the editor inside follows each keystroke at once (CodeEditor `follow`).
  const config = useDeferredValue(latest);
  const { tab: selected, files } = usePreview();
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((tab) => tab.id === selected);
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % TABS.length,
      ArrowLeft: (index - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const position = moves[event.key];
    if (position === undefined) return;
    event.preventDefault();
    const next = TABS[position]!;
    previewStore.setTab(next.id);
    tabRefs.current[next.id]?.focus();
  };

  const target = TARGET_TABS.find((candidate) => candidate.id === selected);
  return (
    <section className="preview-panel" aria-labelledby="preview-title">
      <h2 id="preview-title" className="visually-hidden">
        Generated files
      </h2>
      <div className="tabs" role="tablist" aria-label="Output targets" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              tabRefs.current[tab.id] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls="preview-tabpanel"
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => previewStore.setTab(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {!valid && (
        <p className="stale-note preview-stale">
          These files are from your last valid settings: the form has fields to fix first.
        </p>
      )}
      <div className="tabpanel" role="tabpanel" id="preview-tabpanel" aria-labelledby={`tab-${selected}`}>
        {target !== undefined ? (
          <Suspense fallback={<p className="preview-empty">Loading the generators…</p>}>
            <TargetPreview
              key={target.id}
              targetId={target.id}
              config={config}
              selectedPath={files[target.id]}
              onSelect={(path) => previewStore.setFile(target.id, path)}
            />
          </Suspense>
        ) : (
          <SlotBoundary name="The request flow view">
            <RequestTracePanel config={config} />
          </SlotBoundary>
        )}
      </div>
    </section>
  );
}
