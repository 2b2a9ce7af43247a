import { lazy, Suspense, type CSSProperties } from 'react';
import type { CodeEditorProps } from './CodeEditor';

const CodeEditor = lazy(() => import('./CodeEditor'));

/** The Monaco editor once its chunk has loaded; the plain text until then, so the code is readable at once. */
export function CodeView(props: CodeEditorProps) {
  return (
    // A short file gets a short editor (its lines set the height, up to what fits on the screen).
    <div
      className="code-view"
      data-file-path={props.file.path}
      style={{ '--code-lines': props.file.contents.split('\n').length } as CSSProperties}
    >
      <Suspense fallback={<pre className="code-fallback">{props.file.contents}</pre>}>
        <CodeEditor {...props} />
      </Suspense>
    </div>
  );
}
