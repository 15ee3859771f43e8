// The Monaco manifest editor (lazy chunk). Text ↔ store; store problems → markers; schema markers → store.
import { useEffect, useRef } from 'react';
import Editor, { loader, type OnMount } from '@monaco-editor/react';
import { monaco, MODEL_URI, PODIUM_MARKER_OWNER } from '../../monaco/monaco';
import { appStore, useAppStore } from '../../store/useAppStore';
import type { Problem } from '../../store/types';
import { t } from '../i18n';
import { resolvedTheme } from '../theme';
import { setEditorHandle } from './editorHandle';
import { isBlankManifest } from './blankManifest';

loader.config({ monaco }); // never the CDN

const toMarker = (p: Problem): monaco.editor.IMarkerData => ({
  startLineNumber: p.line, startColumn: p.column, endLineNumber: p.endLine, endColumn: Math.max(p.endColumn, p.column + 1),
  message: p.message, severity: p.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning, source: p.source,
});

function schemaProblems(model: monaco.editor.ITextModel): Problem[] {
  const markers = monaco.editor.getModelMarkers({ resource: model.uri }).filter((m) => m.owner !== PODIUM_MARKER_OWNER);
  if (isBlankManifest(model.getValue())) {
    // Clear the schema's squiggles too, not only the Problems list (the worker sets them again on the next edit).
    // After this change event is delivered: a marker write from inside the event leaves stale squiggles behind.
    const owners = new Set(markers.map((m) => m.owner));
    if (owners.size > 0) setTimeout(() => {
      if (!model.isDisposed() && isBlankManifest(model.getValue())) for (const owner of owners) monaco.editor.setModelMarkers(model, owner, []);
    });
    return [];
  }
  return markers
    .map((m) => ({
      line: m.startLineNumber, column: m.startColumn, endLine: m.endLineNumber, endColumn: m.endColumn, message: m.message,
      severity: m.severity >= monaco.MarkerSeverity.Error ? 'error' : 'warning', source: m.source ?? 'yaml', owner: m.owner,
    }));
}

export default function YamlEditor() {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const applyProblems = useAppStore((s) => s.applyProblems);
  const reveal = useAppStore((s) => s.reveal);
  const highlight = useAppStore((s) => s.editorHighlight);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const theme = useAppStore((s) => resolvedTheme(s.prefs.theme));

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    window.__editor = editor;
    setEditorHandle(editor);
    const model = editor.getModel();
    if (!model) return;
    const sub = monaco.editor.onDidChangeMarkers((uris) => {
      if (uris.some((u) => u.toString() === model.uri.toString())) appStore.getState().setSchemaProblems(schemaProblems(model));
    });
    // Text changed outside the editor (Reset, examples): push it into Monaco.
    const unsubscribe = appStore.subscribe((st, prev) => {
      if (st.text !== prev.text && st.text !== editor.getValue()) editor.setValue(st.text);
    });
    editor.onDidDispose(() => {
      setEditorHandle(null);
      sub.dispose();
      unsubscribe();
    });
    monaco.editor.setModelMarkers(model, PODIUM_MARKER_OWNER, appStore.getState().applyProblems.map(toMarker));
  };

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) monaco.editor.setModelMarkers(model, PODIUM_MARKER_OWNER, applyProblems.map(toMarker));
  }, [applyProblems]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !reveal) return;
    editor.setPosition({ lineNumber: reveal.line, column: reveal.column });
    editor.revealLineInCenterIfOutsideViewport(reveal.line);
    editor.focus();
  }, [reveal]);

  // The inspector's "Show in editor": mark the document that produced the object, until the next edit.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !highlight) return;
    decorations.current?.clear();
    decorations.current = editor.createDecorationsCollection([{
      range: new monaco.Range(highlight.startLine, 1, highlight.endLine, 1),
      options: { isWholeLine: true, className: 'podium-source-line', linesDecorationsClassName: 'podium-source-gutter' },
    }]);
    editor.revealLinesInCenterIfOutsideViewport(highlight.startLine, highlight.endLine);
    const sub = editor.onDidChangeModelContent(() => { decorations.current?.clear(); sub.dispose(); });
    return () => sub.dispose();
  }, [highlight]);

  return (
    <Editor
      height="100%"
      path={MODEL_URI}
      defaultLanguage="yaml"
      defaultValue={appStore.getState().text}
      onChange={(v) => appStore.getState().setText(v ?? '')}
      onMount={onMount}
      theme={theme === 'dark' ? 'vs-dark' : 'vs'}
      loading={<div className="editor-placeholder">{t('editorLoading')}</div>}
      options={{
        ariaLabel: t('editorLabel'),
        minimap: { enabled: false },
        automaticLayout: true,
        tabSize: 2,
        fontSize: 13,
        scrollBeyondLastLine: false,
        renderLineHighlight: 'line',
        stickyScroll: { enabled: false },
      }}
    />
  );
}
