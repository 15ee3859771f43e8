// `kubectl get -w` in the page console: rows are derived from the frames between the watch's start and the
// playhead, so playing prints them as the playhead passes each change, scrubbing back removes them, and
// replaying prints the same lines again. Incremental while the playhead moves forward on the same timeline.
import type { Timeline } from '../sim';
import { frameWatchLines } from '../kubectl/watch/rows';
import type { WatchSession as ConsoleWatch } from './consoleTypes';
import type { ConsoleLine } from './types';

interface Cache {
  tl: Timeline;
  watch: ConsoleWatch;
  through: number;
  widths: readonly number[];
  rows: ConsoleLine[];
}

/** A per-store row deriver; `nextId` hands out console line ids. */
export function createWatchSync(nextId: () => number) {
  let cache: Cache | null = null;
  return {
    reset() {
      cache = null;
    },
    /** The watch rows for the frames (startFrame, toFrame]; the same array when nothing changed. */
    rows(tl: Timeline, watch: ConsoleWatch, toFrame: number): readonly ConsoleLine[] {
      const reuse = cache && cache.tl === tl && cache.watch === watch && toFrame >= cache.through;
      const c: Cache = reuse ? cache! : { tl, watch, through: watch.startFrame, widths: watch.widths, rows: [] };
      if (toFrame === c.through) {
        cache = c;
        return c.rows;
      }
      const added: ConsoleLine[] = [];
      let widths = c.widths;
      for (let i = c.through + 1; i <= toFrame; i++) {
        const f = tl.frames[i];
        if (!f) break;
        const r = frameWatchLines(watch.spec, f.changes, f.atMs, widths);
        widths = r.widths;
        for (const text of r.lines) added.push({ id: nextId(), kind: 'stdout', text });
      }
      cache = { tl, watch, through: Math.max(c.through, toFrame), widths, rows: added.length ? [...c.rows, ...added] : c.rows };
      return cache.rows;
    },
  };
}
