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
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { GeneratedFile } from '../../targets/types';
import { useColorScheme } from '../theme/use-color-scheme';
import type { LineMark } from './line-marks';
import { textEdit } from './text-edit';

// Monaco from the bundled package only: without loader.config the loader would fetch it from a CDN. Its worker is
// a file of the bundle.
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

const themeFor = (scheme: string) => (scheme === 'dark' ? 'wizard-dark' : 'vs');

/** JSON has no tokenizer-only registration in this Monaco build; JavaScript's colours it correctly. */
function monacoLanguage(language: GeneratedFile['language']): string {
  return language === 'json' ? 'javascript' : language;
}

const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
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
  // Nothing is typed here, and the generated files are shallow: no whitespace marks in a selection and no
  // indentation guides, which measure every visible line on each keystroke's redraw (a few ms per keystroke).
  renderWhitespace: 'none',
  guides: { indentation: false, highlightActiveIndentation: false },
  // Long comments wrap instead of running off the edge (no sideways scrolling inside the page).
  wordWrap: 'on',
  wrappingIndent: 'indent',
  // At the top or bottom of the file the wheel scrolls the page on: no scroll trap.
  scrollbar: { alwaysConsumeMouseWheel: false },
  tabSize: 2,
  // Read-only: Tab moves on to the next control instead of being trapped in the editor.
  tabFocusMode: true,
};

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

const uriOf = (file: GeneratedFile) => monaco.Uri.parse(file.path);

/** The file's model (one per path, kept while the page lives), holding `file.contents` in `file`'s language. */
function modelOf(file: GeneratedFile): monaco.editor.ITextModel {
  const uri = uriOf(file);
  const language = monacoLanguage(file.language);
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(file.contents, language, uri);
  if (model.getLanguageId() !== language) monaco.editor.setModelLanguage(model, language);
  // Only what changed is replaced: the new text is one edit, not a new file to tokenise and lay out.
  const edit = textEdit(model.getValue(), file.contents);
  if (edit !== undefined) {
    const start = model.getPositionAt(edit.start);
    const end = model.getPositionAt(edit.end);
    model.applyEdits([
      {
        range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
        text: edit.text,
      },
    ]);
  }
  return model;
}

/**
 * One edit and its undo at the end of the file, each drawn, in a single task, so nothing of it is ever painted.
 * Monaco's edit and redraw paths are then compiled before the first keystroke, which otherwise pays for that
 * (15-30 ms instead of a few).
 */
function warmUp(editor: monaco.editor.IStandaloneCodeEditor): void {
  const model = editor.getModel();
  if (model === null || model.isDisposed()) return;
  const end = model.getFullModelRange().getEndPosition();
  model.applyEdits([{ range: monaco.Range.fromPositions(end), text: ' ' }]);
  editor.render();
  model.applyEdits([
    { range: new monaco.Range(end.lineNumber, end.column, end.lineNumber, end.column + 1), text: '' },
  ]);
  editor.render();
}

const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run, 0);

/** Where the file shown comes from between renders: the store to listen to, and the file as it is now. */
export interface FileFollower {
  subscribe(listener: () => void): () => void;
  /** The file at the shown path as the current state makes it; undefined when there is none. */
  current(): GeneratedFile | undefined;
}

export interface CodeEditorProps {
  file: GeneratedFile;
  marks: LineMark[];
  revealLine?: { line: number; nonce: number };
  /** Follows every change at once, before React renders the rest (which it does at low priority). */
  follow?: FileFollower;
}

/**
 * Shows `file` (the follower's newer text of it when there is one) with its marks and draws them now; returns the
 * key of the marks shown. Typing in one field changes the same line every time: the same marks are not set again
 * (setting them redraws every line's overlays).
 */
function showFile(
  editor: monaco.editor.IStandaloneCodeEditor,
  decorations: monaco.editor.IEditorDecorationsCollection | null,
  file: GeneratedFile,
  marks: LineMark[],
  follow: FileFollower | undefined,
  shownMarks: string | undefined,
): string | undefined {
  const latest = follow?.current();
  const model = modelOf(latest?.path === file.path ? latest : file);
  const modelChanged = editor.getModel() !== model;
  if (modelChanged) editor.setModel(model);
  const marksKey = `${file.path}\n${JSON.stringify(marks)}`;
  let shown = shownMarks;
  if (decorations !== null && (modelChanged || marksKey !== shownMarks)) {
    decorations.set(decorationsFor(marks));
    shown = marksKey;
  }
  editor.render();
  return shown;
}

/**
 * A read-only Monaco editor (through @monaco-editor/react) showing one generated file, with explained and changed
 * lines decorated. The editor is given no `value`: the component would replace the whole text on every change
 * (`setValue`), so the file's model is kept here and changed by one minimal edit instead.
 */
export default function CodeEditor({ file, marks, revealLine, follow }: CodeEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorationsRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const shownMarks = useRef<string | undefined>(undefined);
  const scheme = useColorScheme();
  // What the editor shows once it has mounted (the component mounts it after this render, asynchronously).
  const latestProps = useRef({ file, marks, follow });
  useLayoutEffect(() => {
    latestProps.current = { file, marks, follow };
  });

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    decorationsRef.current = editor.createDecorationsCollection();
    const { file: shown, marks: shownLineMarks, follow: follower } = latestProps.current;
    shownMarks.current = showFile(editor, decorationsRef.current, shown, shownLineMarks, follower, undefined);
    whenIdle(() => {
      if (editorRef.current === editor) warmUp(editor);
    });
  };

  // A keystroke's text, in the keystroke's own task: the store's listeners run in the input event, before React
  // renders anything, and the changed lines are drawn at once (Monaco would otherwise draw at its next animation
  // frame), so the frame the keystroke produces shows them.
  useLayoutEffect(() => {
    if (follow === undefined) return undefined;
    return follow.subscribe(() => {
      const editor = editorRef.current;
      const next = follow.current();
      if (editor === null || next === undefined || editor.getModel() !== monaco.editor.getModel(uriOf(next)))
        return;
      modelOf(next);
      editor.render();
    });
  }, [follow]);

  // The file and its marks as React rendered them (at low priority: the latest text, when the store is already
  // ahead of this render, is the follower's).
  useLayoutEffect(() => {
    if (editorRef.current === null) return;
    shownMarks.current = showFile(
      editorRef.current,
      decorationsRef.current,
      file,
      marks,
      follow,
      shownMarks.current,
    );
  }, [file, marks, follow]);

  useEffect(
    () => () => {
      editorRef.current = null;
    },
    [],
  );

  useEffect(() => {
    if (revealLine !== undefined) {
      editorRef.current?.revealLineInCenter(revealLine.line);
      editorRef.current?.setSelection(new monaco.Range(revealLine.line, 1, revealLine.line, 1));
    }
  }, [revealLine]);

  return (
    <Editor
      className="code-editor"
      // The component only creates the first model from these; every change after is an edit (see above).
      defaultPath={file.path}
      defaultValue={file.contents}
      defaultLanguage={monacoLanguage(file.language)}
      theme={themeFor(scheme)}
      options={OPTIONS}
      // Models stay while the page lives: switching back to a file is an edit of its model, not a new one.
      keepCurrentModel
      onMount={onMount}
      loading={<pre className="code-fallback">{file.contents}</pre>}
    />
  );
}
