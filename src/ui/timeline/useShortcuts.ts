// Installs the page-wide timeline shortcuts (see shortcuts.ts) on window while the page is mounted.
import { useEffect } from 'react';
import { appStore } from '../../store/useAppStore';
import { shortcutFor, type ShortcutAction } from './shortcuts';
import { clickerStep } from '../present/presenter';
import { playToWatch } from '../stage/makeRoom';

function run(action: ShortcutAction): void {
  const s = appStore.getState();
  switch (action) {
    case 'togglePlay': return s.playing ? s.pause() : playToWatch();
    case 'prev': return s.stepBack();
    case 'next': return s.stepForward();
    case 'start': s.pause(); return s.seek(0);
    case 'end': s.pause(); return s.seek(s.liveEdgeMs);
    case 'help': return s.setHelpOpen(!s.helpOpen);
    case 'closeHelp': return s.setHelpOpen(false);
    default: throw new Error(`unreachable: ${action as string}`);
  }
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutFor(e);
      if (!action || (action === 'closeHelp' && !appStore.getState().helpOpen)) return;
      e.preventDefault();
      if ((action === 'next' || action === 'prev') && clickerStep(e.key)) return;
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
