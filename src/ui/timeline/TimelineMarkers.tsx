// The marker strip above the Timeline slider: user actions and object events, coloured by kind (canvas, so a
// 100,000-frame history costs one pass per redraw). Decorative: the event list is its text alternative.
import { memo, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/useAppStore';
import { selectFrames, selectLiveEdgeMs } from '../../store/selectors';
import { layoutMarkers, type MarkerKind } from './markers';

/** Half the slider thumb: the track's first and last usable pixel. */
export const THUMB_INSET_PX = 8;

function colour(el: Element, kind: MarkerKind): string {
  return getComputedStyle(el).getPropertyValue(`--marker-${kind}`).trim() || '#888';
}

export const TimelineMarkers = memo(function TimelineMarkers() {
  const frames = useAppStore(selectFrames);
  const liveEdgeMs = useAppStore(selectLiveEdgeMs);
  const theme = useAppStore((s) => s.prefs.theme);
  const ref = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = ref.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx || width === 0) return;
    const dpr = window.devicePixelRatio || 1;
    const h = el.clientHeight;
    if (el.width !== Math.round(width * dpr)) el.width = Math.round(width * dpr);
    if (el.height !== Math.round(h * dpr)) el.height = Math.round(h * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, h);
    const colours = new Map<MarkerKind, string>();
    for (const [x, kind] of layoutMarkers(frames, liveEdgeMs, width, THUMB_INSET_PX)) {
      let c = colours.get(kind);
      if (!c) colours.set(kind, (c = colour(el, kind)));
      ctx.fillStyle = c;
      if (kind === 'user') ctx.fillRect(x - 1, 0, 3, h);
      else ctx.fillRect(x, h * 0.35, 1.5, h * 0.65);
    }
  }, [frames, liveEdgeMs, width, theme]);

  return <canvas ref={ref} className="timeline-markers" aria-hidden="true" />;
});
