import { useState } from 'react';

/**
 * "4 lines changed by your last edit", with buttons that step the editor through them: in the code, "changed"
 * always means the last edit (in the form it means "not the default").
 */
export function ChangeNavigator({ lines, onShow }: { lines: number[]; onShow: (line: number) => void }) {
  const [position, setPosition] = useState({ lines, index: -1 });
  if (position.lines !== lines) setPosition({ lines, index: -1 });
  if (lines.length === 0) return null;
  const go = (step: 1 | -1) => {
    const index = (position.index + step + lines.length) % lines.length;
    setPosition({ lines, index });
    onShow(lines[index]!);
  };
  return (
    <span className="change-navigator">
      <span className="changed-count">
        {lines.length} {lines.length === 1 ? 'line' : 'lines'} changed by your last edit
        {position.index >= 0 && ` (at ${position.index + 1} of ${lines.length})`}
      </span>
      <button type="button" className="button-secondary" onClick={() => go(-1)}>
        <span aria-hidden="true">↑ </span>Previous change
      </button>
      <button type="button" className="button-secondary" onClick={() => go(1)}>
        <span aria-hidden="true">↓ </span>Next change
      </button>
    </span>
  );
}
