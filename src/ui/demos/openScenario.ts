// Open a scenario (or lesson) file in the page: validate it (FILE:LINE reasons, nothing changes), run it on the
// engine as `podium run` does, and make its history the workspace's timeline with its narration beside it.
// Loaded lazily (the scenario runner is not in the initial chunk).
import { formatScenarioError, parseScenario, runScenario, type RunRecord, type Scenario } from '../../scenario';
import { appStore } from '../../store/useAppStore';
import { realDeps } from '../../store/realDeps';
import { t } from '../i18n';
import { demoStore, type NarrationEntry } from './demoStore';

/** As the CLI: a bound on what is read. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export type OpenResult = { readonly ok: true } | { readonly ok: false; readonly message: string } | { readonly ok: 'cancelled' };

function narration(records: readonly RunRecord[]): NarrationEntry[] {
  const out: NarrationEntry[] = [];
  for (const r of records) {
    if (r.type === 'note') out.push({ t: r.t, kind: 'note', text: r.text });
    else if (r.type === 'output') out.push({ t: r.t, kind: 'command', text: r.command, output: r.stdout + r.stderr });
    else if (r.type === 'fault') out.push({ t: r.t, kind: 'fault', text: r.command + (r.error ? ` — ${r.error}` : '') });
    else if (r.type === 'wait') {
      const w = r.wait;
      const what = w.type === 'duration' ? `${w.ms / 1000}s` : w.type === 'stable' ? 'stable' : `${w.target} ${w.condition}`;
      out.push({ t: r.t, kind: 'wait', text: t('demoWait', { what }), ...(r.met ? {} : { unmet: true }) });
    }
  }
  return out;
}

/** The editor shows the manifests the scenario applies, in order. */
function editorText(s: Scenario): string {
  return s.steps.flatMap((st) => (st.type === 'apply' ? [st.manifest.replace(/^---\s*\n/, '').trimEnd()] : [])).join('\n---\n') + '\n';
}

/**
 * Open `text` (named `file` in messages). Invalid: a message with every FILE:LINE reason, nothing changes.
 * `confirm` is asked before a workspace with actions is replaced.
 */
export function openScenarioText(text: string, file: string, confirm: (message: string) => boolean = (m) => window.confirm(m)): OpenResult {
  const s = appStore.getState();
  if (text.length > MAX_FILE_BYTES) return fail(t('openTooBig', { file, mib: MAX_FILE_BYTES / 1024 / 1024 }));
  const parsed = parseScenario(text, file);
  if (!parsed.ok) {
    return fail([t('openInvalid', { file }), ...parsed.errors.slice(0, 5).map((e) => formatScenarioError(file, e))].join('\n'));
  }
  const scenario = parsed.scenario;
  const title = scenario.title ?? file;
  const count = s.timeline?.log.actions.length ?? 0;
  if (count > 0 && !confirm(t('openConfirm', { title, count }))) return { ok: 'cancelled' };
  let run;
  try {
    run = runScenario(scenario);
  } catch (err) {
    return fail(t('engineError', { reason: err instanceof Error ? err.message : String(err) }));
  }
  const endMs = run.records[run.records.length - 1]?.t ?? 0;
  let timeline = realDeps.timelineFromLog(run.log);
  if (!timeline.stable && timeline.computedUntilMs < endMs) timeline = realDeps.extend(timeline, endMs);
  s.resetWorkspace({ text: editorText(scenario), config: scenario.cluster });
  appStore.setState({ timeline, playheadMs: 0, liveEdgeMs: endMs, playing: false, forkUndo: null });
  demoStore.setState({ demo: { title, file, entries: narration(run.records) }, dialogOpen: false });
  appStore.getState().notify('info', t('openDone', { title, steps: scenario.steps.length, seconds: Math.round(endMs / 1000) }));
  appStore.getState().play();
  return { ok: true };

  function fail(message: string): OpenResult {
    appStore.getState().notify('error', message);
    return { ok: false, message };
  }
}

/** Read a dropped or chosen file, then open it. */
export async function openScenarioFile(f: File): Promise<OpenResult> {
  if (f.size > MAX_FILE_BYTES) {
    const message = t('openTooBig', { file: f.name, mib: MAX_FILE_BYTES / 1024 / 1024 });
    appStore.getState().notify('error', message);
    return { ok: false, message };
  }
  let text: string;
  try {
    text = await f.text();
  } catch {
    const message = t('openUnreadable', { file: f.name });
    appStore.getState().notify('error', message);
    return { ok: false, message };
  }
  return openScenarioText(text, f.name);
}
