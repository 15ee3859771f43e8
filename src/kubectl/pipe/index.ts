// `kubectl … | grep … | head …`: kubectl's stdout flows through each tool; stderr goes straight to the terminal
// (kubectl's first, then each tool's); the exit code is the last tool's (bash without `pipefail`).
import { tokenize } from '../args';
import { TOOLS } from './tools';

export { splitPipeline } from './split';
export { TOOLS } from './tools';

export interface PipeStage {
  readonly tool: string;
  readonly args: readonly string[];
}

export interface TextOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export const PIPE_TOOLS = Object.keys(TOOLS).filter((t) => !['egrep', 'fgrep'].includes(t));

/** The stages after the first `|`, or a message for a tool Podium does not have (exit 127, as bash's). */
export function parseStages(segments: readonly string[]): { stages: PipeStage[] } | { error: TextOutput } {
  const stages: PipeStage[] = [];
  for (const seg of segments) {
    const t = tokenize(seg);
    if ('error' in t) return { error: { stdout: '', stderr: `bash: ${t.error}\n`, exitCode: 2 } };
    const [tool, ...args] = t.words;
    if (!tool) return { error: { stdout: '', stderr: "bash: syntax error near unexpected token `|'\n", exitCode: 2 } };
    if (!TOOLS[tool]) {
      const known = tool === 'kubectl' ? 'kubectl reading from a pipe is not simulated' : `'${tool}' is not available in Podium's terminal`;
      return { error: { stdout: '', stderr: `${tool}: ${known}; pipes work with ${PIPE_TOOLS.join(', ')}\n`, exitCode: 127 } };
    }
    stages.push({ tool, args });
  }
  return { stages };
}

/** Run kubectl's output through the stages. */
export function pipeOutput(out: TextOutput, stages: readonly PipeStage[] | undefined): TextOutput {
  if (!stages || stages.length === 0) return out;
  let stdout = out.stdout;
  let stderr = out.stderr;
  let exitCode = out.exitCode;
  for (const s of stages) {
    const r = TOOLS[s.tool]!(s.args, stdout);
    stdout = r.stdout;
    stderr += r.stderr;
    exitCode = r.exitCode;
  }
  return { stdout, stderr, exitCode };
}
