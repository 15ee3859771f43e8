// The mounted Monaco editor, for toolbar buttons outside the lazy chunk (type-only import: no Monaco here).
import type { editor } from 'monaco-editor/editor';

let current: editor.IStandaloneCodeEditor | null = null;

export function setEditorHandle(e: editor.IStandaloneCodeEditor | null): void {
  current = e;
}

/** Format the manifest with monaco-yaml's formatter. False while the editor is still loading. */
export async function formatManifest(): Promise<boolean> {
  const action = current?.getAction('editor.action.formatDocument');
  if (!action) return false;
  await action.run();
  return true;
}
