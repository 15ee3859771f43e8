// The marker strip above the Timeline slider: user actions and object events, coloured by kind (canvas, so a
// 100,000-frame history costs one pass per redraw). Decorative: the event list is its text alternative.
import { memo, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/useAppStore';
import { selectFrames, selectLiveEdgeMs } from '../../store/selectors';
import { layoutMarkers, type MarkerKind } from './markers';
import { useThemeName } from '../graph/canvasPalette';

/** Half the slider thumb: the track's first and last usable pixel. */
export const THUMB_INSET_PX = 8;

/** The marker colours of each theme, read once: getComputedStyle brings the page's styles up to date first, and with
 * a thousand graph cards just changed that cost tens of milliseconds on every redraw (each playback tick at the
 * live edge redraws). */
const coloursByTheme = new Map<string, Map<MarkerKind, string>>();
function colour(el: Element, theme: string, kind: MarkerKind): string {
  let colours = coloursByTheme.get(theme);
  if (!colours) coloursByTheme.set(theme, (colours = new Map()));
  let c = colours.get(kind);
  if (!c) colours.set(kind, (c = getComputedStyle(el).getPropertyValue(`--marker-${kind}`).trim() || '#888'));
  return c;
}

export const TimelineMarkers = memo(function TimelineMarkers() {
  const frames = useAppStore(selectFrames);
  const liveEdgeMs = useAppStore(selectLiveEdgeMs);
  // The resolved theme (light or dark, also when the preference is the system's): what the colours depend on.
  const theme = useThemeName();
  const ref = useRef<HTMLCanvasElement>(null);
  // The canvas size, from the ResizeObserver: reading clientHeight on every redraw forced a layout of the whole page
  // (each playback tick at the live edge redraws; with a thousand graph cards just changed that cost tens of ms).
  const [{ width, height: h }, setSize] = useState({ width: 0, height: 0 });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize((old) => (old.width === el.clientWidth && old.height === el.clientHeight ? old : { width: el.clientWidth, height: el.clientHeight })));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = ref.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx || width === 0) return;
    const dpr = window.devicePixelRatio || 1;
    if (el.width !== Math.round(width * dpr)) el.width = Math.round(width * dpr);
    if (el.height !== Math.round(h * dpr)) el.height = Math.round(h * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, h);
    for (const [x, kind] of layoutMarkers(frames, liveEdgeMs, width, THUMB_INSET_PX)) {
      ctx.fillStyle = colour(el, theme, kind);
      if (kind === 'user') ctx.fillRect(x - 1, 0, 3, h);
      else ctx.fillRect(x, h * 0.35, 1.5, h * 0.65);
    }
  }, [frames, liveEdgeMs, width, h, theme]);

  return <canvas ref={ref} className="timeline-markers" aria-hidden="true" />;
});
