// Panes that make room for the graph while playing (issue 12): when the learner presses Play (the button, Space)
// to watch, the editor column folds away (animated) so the graph gets the page's width and refits; pausing, or
// the end of the timeline, brings it back. Playback that an action starts by itself (Apply plays the cluster's
// reaction) does not fold anything: the learner is still editing. A toggle in the graph toolbar turns it off,
// remembered with the other preferences (prefs.widenWhilePlaying).
import { create } from 'zustand';
import { appStore, useAppStore } from '../../store/useAppStore';
import { selectPlaying } from '../../store/selectors';

/** True from a Play pressed to watch until playback stops. */
const watchStore = create<{ watching: boolean }>(() => ({ watching: false }));

appStore.subscribe((s, prev) => {
  if (prev.playing && !s.playing && watchStore.getState().watching) watchStore.setState({ watching: false });
});

/** Play to watch: what the Play button and Space do. */
export function playToWatch(): void {
  const s = appStore.getState();
  s.play();
  if (appStore.getState().playing) watchStore.setState({ watching: true });
}

/** Whether the panes make room now. */
export function useMakingRoom(): boolean {
  const playing = useAppStore(selectPlaying);
  const widen = useAppStore((s) => s.prefs.widenWhilePlaying);
  const watching = watchStore((s) => s.watching);
  return playing && watching && widen;
}

/** How long the panes take to move (app.css `.workspace` transition); the graph refits after it. */
export const MAKE_ROOM_MS = 350;
