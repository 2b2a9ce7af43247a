import { use, useMemo, useRef, useState } from 'react';
import type { Config } from '../../config/schema';
import type { Target, TargetId } from '../../targets/types';
import { explainedLines } from '../../knowledge/annotate';
import { wizardStore } from '../state/wizard-store';
import { ChangeNavigator } from './ChangeNavigator';
import type { FileFollower } from './CodeEditor';
import { CodeView } from './CodeView';
import { CopyButton } from './CopyButton';
import { FileExplanations } from './FileExplanations';
import { generatedFiles } from './generated-files';
import { loadGenerators } from './generators-chunk';
import { lineMarks } from './line-marks';
import { mainFile } from './main-file';
import { useChangedLines } from './use-changed-lines';

/** The shown file as the store's latest valid config makes it, for the editor to follow between renders. */
function followerOf(target: Target, path: string | undefined): FileFollower {
  return {
    subscribe: wizardStore.subscribe,
    current: () =>
      generatedFiles(target, wizardStore.getParsed().config).files.find(
        (candidate) => candidate.path === path,
      ),
  };
}

/**
 * One target: its files, the selected one in the editor, and the settings that file's lines carry. It renders
 * at low priority (`config` is deferred); the editor follows the store at once (`follow`), so a keystroke's new
 * text is drawn in its own task and the rest of the preview catches up after the frame.
 */
export function TargetPreview({
  targetId,
  config,
  selectedPath,
  onSelect,
}: {
  targetId: TargetId;
  config: Config;
  selectedPath: string | undefined;
  onSelect: (path: string) => void;
}) {
  const target = use(loadGenerators()).targetById(targetId);
  const { files, error } = useMemo(() => generatedFiles(target, config), [target, config]);
  // Until the person picks a file, show the target's main file (the stack, the function), not a README.
  const file = files.find((candidate) => candidate.path === selectedPath) ?? mainFile(files);
  // The writer tagged the lines that carry explained settings; nothing is searched in the text.
  const explained = useMemo(() => explainedLines(file?.explained), [file]);
  const changed = useChangedLines(file);
  const marks = useMemo(() => lineMarks(explained, changed), [explained, changed]);
  const shownPath = file?.path;
  const follow = useMemo(() => followerOf(target, shownPath), [target, shownPath]);
  const [revealLine, setRevealLine] = useState<{ line: number; nonce: number }>();
  const editorBox = useRef<HTMLDivElement>(null);

  if (error !== undefined) {
    return (
      <p className="preview-error" role="alert">
        This target could not be generated: {error}
      </p>
    );
  }
  if (file === undefined) return <p className="preview-empty">This target writes no files yet.</p>;

  return (
    <div className="target-preview">
      <nav className="file-list" aria-label={`${target.label} files`}>
        <ul>
          {files.map((candidate) => (
            <li key={candidate.path}>
              <button
                type="button"
                className="file-button"
                aria-current={candidate.path === file.path ? 'true' : undefined}
                onClick={() => onSelect(candidate.path)}
              >
                {candidate.path}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="file-head">
        <code className="file-path">{file.path}</code>
        <span className="file-meta">{file.contents.split('\n').length} lines</span>
        <CopyButton text={file.contents} label={file.path} />
        <ChangeNavigator lines={changed} onShow={(line) => setRevealLine({ line, nonce: Date.now() })} />
      </div>
      <div ref={editorBox}>
        <CodeView file={file} marks={marks} revealLine={revealLine} follow={follow} />
      </div>
      <FileExplanations
        explained={explained}
        onShowLine={(line) => {
          setRevealLine({ line, nonce: Date.now() });
          editorBox.current?.scrollIntoView({ block: 'nearest' });
        }}
      />
    </div>
  );
}
