// `Download scenario`: the workspace (editor text, actions with their times, cluster settings) as a scenario file
// that `npx podium run` replays to the same result (src/scenario/fromWorkspace.ts). Offered in the header, and at
// once when the browser refuses to save (storage full).
import { workspaceToScenario } from '../scenario/fromWorkspace';
import { appStore } from '../store/useAppStore';

export function scenarioText(): string | undefined {
  const s = appStore.getState();
  return s.timeline ? workspaceToScenario(s.timeline.log, { text: s.text }) : undefined;
}

export function downloadScenario(): void {
  const text = scenarioText();
  if (text === undefined) return;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `podium-workspace-${Math.round(appStore.getState().playheadMs / 1000)}s.yaml`;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
