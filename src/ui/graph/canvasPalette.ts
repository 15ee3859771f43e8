// Theme colours for the graph's canvases (the far-zoom overview and the minimap). A canvas cannot use CSS
// variables, so they are read from the computed style of an element inside the graph, and read again when
// <html data-theme> changes (theme.ts sets it for light, dark and the system setting).
import { useSyncExternalStore } from 'react';
import type { Tone } from './status';

const TONES: readonly Tone[] = ['running', 'pending', 'creating', 'terminating', 'bound', 'available', 'released', 'failed', 'neutral'];

export interface Palette {
  readonly bg: string;
  readonly panel: string;
  readonly panel2: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly accent: string;
  readonly font: string;
  readonly mono: string;
  readonly tones: Readonly<Record<Tone, string>>;
}

/** The palette in effect for `el` (its CSS variables resolve through the theme). */
export function readPalette(el: Element): Palette {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string) => cs.getPropertyValue(`--${name}`).trim() || fallback;
  const tones = {} as Record<Tone, string>;
  for (const tone of TONES) tones[tone] = v(tone, '#5b6474');
  return {
    bg: v('bg', '#f6f7f9'), panel: v('panel', '#ffffff'), panel2: v('panel-2', v('panel', '#ffffff')), text: v('text', '#1d2330'), muted: v('muted', '#5f6b7e'),
    border: v('border', '#d8dce3'), accent: v('accent', '#2f6fed'), font: cs.fontFamily || 'sans-serif',
    mono: v('mono', 'monospace'), tones,
  };
}

/** Palettes read so far, by theme name. Reading one forces the page's styles up to date (getComputedStyle), which
 * with a thousand cards just added costs hundreds of milliseconds: each theme is read once, by the first canvas that
 * needs it (the minimap, at start-up), and the far canvas mounting mid-rollout reuses it. */
const byTheme = new Map<string, Palette>();

/** The palette of `theme` (the name useThemeName gives), read from `el` the first time. */
export function paletteFor(el: Element, theme: string): Palette {
  let p = byTheme.get(theme);
  if (!p) {
    p = readPalette(el);
    byTheme.set(theme, p);
  }
  return p;
}

function subscribeTheme(onChange: () => void): () => void {
  const mo = new MutationObserver(onChange);
  mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => mo.disconnect();
}
const currentTheme = () => document.documentElement.dataset.theme ?? '';

/** The resolved theme name; a component using it re-renders (and re-reads its palette) when the theme changes. */
export function useThemeName(): string {
  return useSyncExternalStore(subscribeTheme, currentTheme, () => '');
}
