// The play loop: maps wall time to simulated time with requestAnimationFrame while playing. Never feeds the engine.
import { useEffect } from 'react';
import { appStore, useAppStore } from '../../store/useAppStore';
import { selectPlaying } from '../../store/selectors';

export function usePlayback(): void {
  const playing = useAppStore(selectPlaying);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let id = requestAnimationFrame(function frame(now) {
      appStore.getState().tick(now - last);
      last = now;
      id = requestAnimationFrame(frame);
    });
    return () => cancelAnimationFrame(id);
  }, [playing]);
}
