/// <reference types="vite/client" />

interface Window {
  MonacoEnvironment?: import('monaco-editor/editor').Environment;
  /** The Monaco editor instance, for tests. */
  __editor?: import('monaco-editor/editor').editor.IStandaloneCodeEditor;
  /** The typed test API (src/e2eApi.ts). */
  __podium?: import('./e2eApi').PodiumTestApi;
}
