import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './CodeEditor';

const CodeEditor = lazy(() => import('./CodeEditor'));

/** The Monaco editor once its chunk has loaded; the plain text until then, so the code is readable at once. */
export function CodeView(props: CodeEditorProps) {
  return (
    <div className="code-view" data-file-path={props.file.path}>
      <Suspense fallback={<pre className="code-fallback">{props.file.contents}</pre>}>
        <CodeEditor {...props} />
      </Suspense>
    </div>
  );
}
