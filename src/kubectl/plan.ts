// planKubectl: one command line -> output to print, or a request for the engine plus how to print its result.
import { parseFlags, tokenize } from './args';
import { GLOBAL_FLAGS } from './commands/common';
import { COMMANDS, KUBECTL_COMMANDS, suggestCommands } from './commands/registry';
import { fail, flagError } from './errors';
import { parseStages, pipeOutput, splitPipeline, type PipeStage } from './pipe/index';
import type { RequestResult } from '../sim/index';
import type { KubectlEnv, KubectlPlan } from './types';

const ROOT_HELP =
  'kubectl controls the Kubernetes cluster manager.\n\n' +
  'Commands simulated by Podium:\n' +
  Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(15)}${c.summary}\n`).join('') +
  '\nUsage:\n  kubectl [flags] [options]\n\nUse "kubectl <command> --help" for more information about a given command.\n';

/** Index of the command word: the first word that is neither a flag nor a global flag's value. */
function commandIndex(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.startsWith('-') || w === '-') return i;
    const takesValue = GLOBAL_FLAGS.some((f) => f.type !== 'bool' && (w === `--${f.name}` || (f.short && w === `-${f.short}`)));
    if (takesValue) i++;
  }
  return -1;
}

/**
 * Plan one command line as a terminal reads it: `kubectl …`, optionally piped into grep/head/tail/wc/sort/uniq.
 * Without a follow-up the pipe is applied here; with one (a blocking or streaming command) the plan carries
 * `pipe` and the client pipes everything the command printed (`pipeOutput`).
 */
export function planKubectl(commandLine: string, env: KubectlEnv): KubectlPlan {
  const split = splitPipeline(commandLine);
  if ('error' in split) return { type: 'output', stdout: '', stderr: split.error + '\n', exitCode: 2 };
  const [head = '', ...rest] = split.segments;
  if (rest.length === 0) return planOne(head, env);
  const parsed = parseStages(rest);
  if ('error' in parsed) return { type: 'output', ...parsed.error };
  return withPipe(planOne(head, env), parsed.stages);
}

function withPipe(plan: KubectlPlan, stages: readonly PipeStage[]): KubectlPlan {
  if (plan.follow) return { ...plan, pipe: stages };
  if (plan.type === 'output') return { type: 'output', ...pipeOutput(plan, stages) };
  if (plan.type === 'request') return { ...plan, render: (r: RequestResult) => pipeOutput(plan.render(r), stages) };
  return { ...plan, render: (rs: readonly RequestResult[]) => pipeOutput(plan.render(rs), stages) };
}

function planOne(commandLine: string, env: KubectlEnv): KubectlPlan {
  const out = (o: { stdout: string; stderr: string; exitCode: number }): KubectlPlan => ({ type: 'output', ...o });
  const tokens = tokenize(commandLine);
  if ('error' in tokens) return out(fail(tokens.error));
  const words = tokens.words[0] === 'kubectl' ? tokens.words.slice(1) : tokens.words;
  const help = words.includes('--help') || words.includes('-h');
  const at = commandIndex(words);
  if (at < 0) {
    if (words.length === 0 || help) return out({ stdout: ROOT_HELP, stderr: '', exitCode: 0 });
    const parsed = parseFlags(words, GLOBAL_FLAGS);
    return out('error' in parsed ? flagError(parsed.error) : { stdout: ROOT_HELP, stderr: '', exitCode: 0 });
  }
  const name = words[at]!;
  const rest = [...words.slice(0, at), ...words.slice(at + 1)];
  const cmd = COMMANDS[name];
  if (!cmd) {
    if (KUBECTL_COMMANDS.includes(name)) return out(fail(`"kubectl ${name}" is not simulated by Podium yet`));
    const suggestions = suggestCommands(name);
    const tail = suggestions.length > 0 ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}` : "\nRun 'kubectl --help' for usage.\n";
    return out({ stdout: '', stderr: `error: unknown command "${name}" for "kubectl"${tail}`, exitCode: 1 });
  }
  if (help) return out({ stdout: `${cmd.summary}.\n\nUsage:\n  kubectl ${name} [options]\n`, stderr: '', exitCode: 0 });
  const parsed = parseFlags(rest, cmd.flags);
  if ('error' in parsed) return out(flagError(parsed.error, name));
  return cmd.plan(parsed, env);
}
