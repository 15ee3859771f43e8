// Reading one scenario file for the CLI, with the size bound and a clear message when it cannot be read.
import type { CliIo } from './main';

/** Scenario files larger than this are refused (a bound on everything the CLI reads). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export type ReadResult = { ok: true; name: string; text: string } | { ok: false; name: string; message: string };

export async function readScenarioFile(file: string, io: CliIo): Promise<ReadResult> {
  const name = file === '-' ? '<stdin>' : file;
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    return { ok: false, name, message: `${name}: cannot read the scenario file: ${(e as { code?: string }).code ?? String(e)}\n` };
  }
  if (text.length > MAX_FILE_BYTES) return { ok: false, name, message: `${name}:1: scenario file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB\n` };
  return { ok: true, name, text };
}
