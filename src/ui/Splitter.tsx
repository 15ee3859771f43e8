// A pane divider (WAI-ARIA window splitter): drag with the pointer, or focus it and use the arrow keys
// (Shift for bigger steps, Home/End for the limits). The value is a percentage kept in the UI preferences.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { appStore, useAppStore } from '../store/useAppStore';
import type { Prefs } from '../store/types';

interface Props {
  readonly pref: 'editorPct' | 'topPct';
  readonly orientation: 'vertical' | 'horizontal';
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** The percentage a pointer at (x, y) asks for. */
  readonly measure: (x: number, y: number) => number | undefined;
}

const setPref = (pref: Props['pref'], v: number) => appStore.getState().setPrefs({ [pref]: Math.round(v * 10) / 10 } as Partial<Prefs>);

export function Splitter({ pref, orientation, label, min, max, measure }: Props) {
  const value = useAppStore((s) => s.prefs[pref]);
  const dragging = useRef(false);
  const vertical = orientation === 'vertical';

  function onPointerMove(e: PointerEvent<HTMLDivElement>) {
    if (!dragging.current) return;
    const pct = measure(e.clientX, e.clientY);
    if (pct !== undefined && Number.isFinite(pct)) setPref(pref, Math.min(max, Math.max(min, pct)));
  }
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const step = e.shiftKey ? 10 : 2;
    const less = vertical ? 'ArrowLeft' : 'ArrowUp';
    const more = vertical ? 'ArrowRight' : 'ArrowDown';
    const next = e.key === less ? value - step : e.key === more ? value + step : e.key === 'Home' ? min : e.key === 'End' ? max : undefined;
    if (next === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    setPref(pref, Math.min(max, Math.max(min, next)));
  }

  return (
    <div
      className={`splitter ${orientation} nokey`}
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={onPointerMove}
      onPointerUp={() => (dragging.current = false)}
      onKeyDown={onKeyDown}
    />
  );
}
