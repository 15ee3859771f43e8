// Public API of scenarios: parse a scenario file, run it on the engine, print the result.
// Used by the CLI (src/cli), the scenario tests and the page.
import * as engine from '../sim';
import { planKubectl, printWatchRow } from '../kubectl';
import type { RunnerDeps } from './deps';
import { formatJsonLines } from './jsonLines';
import { runScenarioWith, type RunOptions, type ScenarioRun } from './runner';
import { formatTranscript } from './transcript';
import type { Scenario } from './types';

export type { Choice, ExpectSpec, LessonMeta, RunRecord, Scenario, ScenarioError, Step, StepType, WaitSpec } from './types';
export type { Language, LocalText } from './text';
export { LANGUAGES, pickText } from './text';
export { evaluateExpect, expectMessage, expectText } from './expect';
export type { RunOptions, ScenarioRun } from './runner';
export type { ParseResult } from './parse';
export type { RunnerDeps, EnginePort, KubectlPort, PlanLike, WatchRowPrinter } from './deps';
export { parseScenario, formatScenarioError } from './parse';
export { runScenarioWith, DEFAULT_STABLE_MAX_MS } from './runner';
export { formatTranscript, transcriptLines, runWarnings } from './transcript';
export { formatJsonLines, jsonLine } from './jsonLines';
export { parseDuration, formatDuration } from './duration';
export { CONDITIONS, conditionHolds } from './conditions';

/** The real engine and kubectl. */
export const defaultDeps: RunnerDeps = { engine, kubectl: { planKubectl } };

/**
 * Run a parsed scenario on the real engine.
 * @example
 * const parsed = parseScenario(text, 'demo.yaml');
 * if (parsed.ok) console.log(transcriptOf(parsed.scenario, runScenario(parsed.scenario)));
 */
export function runScenario(scenario: Scenario, opts: RunOptions = {}): ScenarioRun {
  return runScenarioWith(defaultDeps, scenario, opts);
}

/** The human transcript of a finished run. */
export function transcriptOf(scenario: Scenario, run: ScenarioRun): string {
  return formatTranscript(run.records, { printWatchRow, seed: run.seed, ...(scenario.title === undefined ? {} : { title: scenario.title }) });
}

/** The `--json` output of a finished run. */
export function jsonLinesOf(run: ScenarioRun): string {
  return formatJsonLines(run.records);
}
