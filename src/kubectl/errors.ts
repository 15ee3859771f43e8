// Error text the way kubectl prints it. Mirrors kubectl pkg/cmd/util/helpers.go (CheckErr, StandardErrorMessage,
// AddSourceToErr) and cobra's unknown-command message.
import type { ApiError } from '../sim/index';
import { apiErrorMessage } from '../sim/index';
import type { KubectlOutput } from './types';

/**
 * One API error as kubectl prints it (no trailing newline). Invalid errors drop the source prefix:
 * `The StatefulSet "web" is invalid: ...`; others read `Error from server (Reason): error when creating "x.yaml": ...`.
 */
export function formatApiError(err: ApiError, verb?: 'creating' | 'applying' | 'deleting' | 'patching', source?: string): string {
  if (err.reason === 'Invalid') return 'The ' + apiErrorMessage(err);
  const where = verb && source ? `error when ${verb} "${source}": ` : '';
  return `Error from server (${err.reason}): ${where}${apiErrorMessage(err)}`;
}

/** A client-side failure: `error: <msg>` on stderr, exit code 1. */
export function fail(message: string): KubectlOutput {
  return { stdout: '', stderr: withNewline(message.startsWith('error: ') ? message : 'error: ' + message), exitCode: 1 };
}

/** A flag error, with the usage hint kubectl adds. */
export function flagError(message: string, command?: string): KubectlOutput {
  const hint = command ? `See 'kubectl ${command} --help' for usage.` : `See 'kubectl --help' for usage.`;
  return { stdout: '', stderr: `error: ${message}\n${hint}\n`, exitCode: 1 };
}

export function withNewline(s: string): string {
  return s === '' || s.endsWith('\n') ? s : s + '\n';
}

export function ok(stdout: string, stderr = ''): KubectlOutput {
  return { stdout, stderr, exitCode: 0 };
}
