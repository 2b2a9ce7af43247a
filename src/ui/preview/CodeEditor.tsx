import Editor, { loader, type OnMount } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/hcl/register';
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/languages/definitions/markdown/register';
import 'monaco-editor/languages/definitions/shell/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { useEffect, useRef } from 'react';
import type { GeneratedFile } from '../../targets/types';
import { useColorScheme } from '../theme/use-color-scheme';
import type { LineMark } from './line-marks';

// Monaco from the bundled package only: without loader.config the loader would fetch it from a CDN.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });
// vs-dark's comments (#608b4e on #1e1e1e, 4.2:1) miss WCAG AA contrast: the one colour changed.
monaco.editor.defineTheme('wizard-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '7ca668' }],
  colors: {},
});
// The e2e tests read editor models through this handle.
(window as unknown as { monaco: typeof monaco }).monaco = monaco;

/** JSON has no tokenizer-only registration in this Monaco build; JavaScript's colours it correctly. */
function monacoLanguage(language: GeneratedFile['language']): string {
  return language === 'json' ? 'javascript' : language;
}

function decorationsFor(marks: LineMark[]): monaco.editor.IModelDeltaDecoration[] {
  return marks.map((mark) => ({
    range: new monaco.Range(mark.line, 1, mark.line, 1),
    options: {
      isWholeLine: true,
      className: mark.changed ? 'line-changed' : undefined,
      // Changed lines are marked in the scrollbar too, so the ones off screen are not missed.
      overviewRuler: mark.changed
        ? { color: '#2ea043', position: monaco.editor.OverviewRulerLane.Full }
        : undefined,
      glyphMarginClassName: mark.explained ? 'glyph-explained' : undefined,
      glyphMarginHoverMessage: mark.title !== undefined ? { value: mark.title } : undefined,
      linesDecorationsClassName: mark.explained ? 'line-explained' : undefined,
    },
  }));
}

export interface CodeEditorProps {
  file: GeneratedFile;
  marks: LineMark[];
  revealLine?: { line: number; nonce: number };
}

/** A read-only Monaco editor showing one generated file, with explained and changed lines decorated. */
export default function CodeEditor({ file, marks, revealLine }: CodeEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const scheme = useColorScheme();
  const decorationsRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    decorationsRef.current = editor.createDecorationsCollection(decorationsFor(marks));
  };

  useEffect(() => {
    decorationsRef.current?.set(decorationsFor(marks));
  }, [marks, file.contents]);

  useEffect(() => {
    if (revealLine !== undefined) {
      editorRef.current?.revealLineInCenter(revealLine.line);
      editorRef.current?.setSelection(new monaco.Range(revealLine.line, 1, revealLine.line, 1));
    }
  }, [revealLine]);

  return (
    <Editor
      path={file.path}
      value={file.contents}
      language={monacoLanguage(file.language)}
      theme={scheme === 'dark' ? 'wizard-dark' : 'vs'}
      onMount={onMount}
      loading={<pre className="code-fallback">{file.contents}</pre>}
      options={{
        readOnly: true,
        domReadOnly: true,
        minimap: { enabled: false },
        glyphMargin: true,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        fontSize: 13,
        lineNumbersMinChars: 3,
        renderLineHighlight: 'none',
        // 'dimmed' draws the last line number too faint to read (WCAG contrast).
        renderFinalNewline: 'on',
        // Long comments wrap instead of running off the edge (no sideways scrolling inside the page).
        wordWrap: 'on',
        wrappingIndent: 'indent',
        // At the top or bottom of the file the wheel scrolls the page on: no scroll trap.
        scrollbar: { alwaysConsumeMouseWheel: false },
        tabSize: 2,
        // Read-only: Tab moves on to the next control instead of being trapped in the editor.
        tabFocusMode: true,
      }}
    />
  );
}
