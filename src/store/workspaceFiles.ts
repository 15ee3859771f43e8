// The workspace's named files: the editor's tabs, and what `kubectl apply -f NAME` reads in the console.
// Pure helpers over a list of { name, text }; the editor slice keeps `text` = the active file's text.
import { DEFAULT_DEMO } from '../examples/defaultDemo';

export interface WorkspaceFile {
  readonly name: string;
  readonly text: string;
}

export const DEFAULT_FILE_NAME = 'web.yaml';
export const DEFAULT_FILES: readonly WorkspaceFile[] = [{ name: DEFAULT_FILE_NAME, text: DEFAULT_DEMO }];

const NAME = /^[A-Za-z0-9._][A-Za-z0-9._/-]*$/;
export const MAX_FILES = 20;

/** Why a name cannot be used for a file (an i18n key), or undefined when it can. */
export function fileNameProblem(files: readonly WorkspaceFile[], name: string, except?: string): 'fileNameEmpty' | 'fileNameInvalid' | 'fileNameTaken' | undefined {
  if (name.trim() === '') return 'fileNameEmpty';
  if (!NAME.test(name) || name.length > 100) return 'fileNameInvalid';
  if (files.some((f) => f.name === name && f.name !== except)) return 'fileNameTaken';
  return undefined;
}

/** `untitled.yaml`, `untitled-2.yaml`, … : the first free one. */
export function freshName(files: readonly WorkspaceFile[], base = 'untitled'): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.yaml` : `${base}-${n}.yaml`;
    if (!files.some((f) => f.name === name)) return name;
  }
}

export function withText(files: readonly WorkspaceFile[], name: string, text: string): WorkspaceFile[] {
  return files.map((f) => (f.name === name ? { name, text } : f));
}

/** The files as kubectl sees them: name → text. */
export function filesByName(files: readonly WorkspaceFile[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f.name, f.text]));
}

/** Files from saved data, or undefined when they are damaged (the caller falls back to one tab). */
export function readFiles(v: unknown): WorkspaceFile[] | undefined {
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_FILES) return undefined;
  const out: WorkspaceFile[] = [];
  for (const f of v) {
    if (typeof f !== 'object' || f === null) return undefined;
    const { name, text } = f as Record<string, unknown>;
    if (typeof name !== 'string' || typeof text !== 'string' || fileNameProblem(out, name)) return undefined;
    out.push({ name, text });
  }
  return out;
}
