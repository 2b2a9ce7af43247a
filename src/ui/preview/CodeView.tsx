import type { CSSProperties } from 'react';
import { lazyComponent } from '../lazy-part';
import type { CodeEditorProps } from './CodeEditor';

// Monaco is the largest chunk: until it arrives the file shows as plain text, so the code is readable at once.
const CodeEditor = lazyComponent<CodeEditorProps>(
  () => import('./CodeEditor').then((module) => module.default),
  (props) => <pre className="code-fallback">{props.file.contents}</pre>,
);

/** The Monaco editor once its chunk has loaded; the plain text until then. */
export function CodeView(props: CodeEditorProps) {
  return (
    // A short file gets a short editor (its lines set the height, up to what fits on the screen).
    <div
      className="code-view"
      data-file-path={props.file.path}
      style={{ '--code-lines': props.file.contents.split('\n').length } as CSSProperties}
    >
      <CodeEditor {...props} />
    </div>
  );
}
