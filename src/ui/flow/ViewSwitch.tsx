import { flowStore, useFlow } from './flow-store';

/** One click between the guided steps and the whole form; the choice is remembered in this browser. */
export function ViewSwitch() {
  const { view } = useFlow();
  return (
    <p className="view-switch">
      <button
        type="button"
        className="link-button"
        onClick={() => {
          flowStore.setView(view === 'guided' ? 'full' : 'guided');
          requestAnimationFrame(() => document.getElementById('wizard-form-start')?.scrollIntoView());
        }}
      >
        {view === 'guided' ? 'Show the full form' : 'Use the guided steps'}
      </button>
      <span className="view-switch-hint">
        {view === 'guided' ? 'every setting on one page' : 'one part at a time'}
      </span>
    </p>
  );
}
