// Page-wide keyboard shortcuts for the timeline (presenter-friendly). Pure: key → action name, and the typing guard.

export type ShortcutAction = 'togglePlay' | 'prev' | 'next' | 'start' | 'end' | 'help' | 'closeHelp';

const KEYS: Readonly<Record<string, ShortcutAction>> = {
  ' ': 'togglePlay',
  ArrowLeft: 'prev', ',': 'prev', PageUp: 'prev',
  ArrowRight: 'next', '.': 'next', PageDown: 'next',
  Home: 'start', End: 'end',
  '?': 'help', Escape: 'closeHelp',
};
/** On the Timeline slider itself, ↑/↓ step too (the slider's native 1 ms steps are useless). */
const SLIDER_KEYS: Readonly<Record<string, ShortcutAction>> = { ...KEYS, ArrowUp: 'next', ArrowDown: 'prev' };

/** Where a key press is text input (the editor, the console, any field): shortcuts must not fire there. */
const TYPING = 'input:not([type=range]), textarea, select, [contenteditable]:not([contenteditable="false"]), .monaco-editor, .xterm, [role="textbox"], .nokey-typing';

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly target: EventTarget | null;
}

export function shortcutFor(e: KeyLike): ShortcutAction | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  const el = typeof Element !== 'undefined' && e.target instanceof Element ? e.target : null;
  if (el?.closest(TYPING)) return undefined;
  const onSlider = el?.matches('input[type="range"]') ?? false;
  const action = (onSlider ? SLIDER_KEYS : KEYS)[e.key];
  // Space plays and pauses even on a focused button: after clicking Apply or Scale +1, the button keeps focus and
  // Space must not run it again (Enter still activates a focused button). Menus and choices keep their Space.
  if (action === 'togglePlay' && el?.closest('[role="menuitem"], [role="option"], [role="tab"], input[type=checkbox], input[type=radio]')) return undefined;
  return action;
}

export const SHORTCUT_HELP: readonly { keys: readonly string[]; what: 'keyPlay' | 'keyStep' | 'keyClicker' | 'keyClickerBack' | 'keyEnds' | 'keyHelp' | 'keyEscape' | 'keyEditorTab' | 'keyCardEnter' }[] = [
  { keys: ['Space'], what: 'keyPlay' },
  { keys: ['←', '→'], what: 'keyStep' },
  { keys: ['.', 'PageDown'], what: 'keyClicker' },
  { keys: [',', 'PageUp'], what: 'keyClickerBack' },
  { keys: ['Home', 'End'], what: 'keyEnds' },
  { keys: ['?'], what: 'keyHelp' },
  { keys: ['Esc'], what: 'keyEscape' },
  { keys: ['Enter'], what: 'keyCardEnter' },
  { keys: ['Ctrl+M', 'Tab'], what: 'keyEditorTab' },
];
