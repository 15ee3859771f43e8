// Playback icons as inline SVG (no icon font: every glyph renders on every machine).
const common = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;

export const PlayIcon = () => <svg {...common}><path d="M4 2.5v11l9-5.5z" fill="currentColor" /></svg>;
export const PauseIcon = () => <svg {...common}><path d="M4 2.5h3v11H4zM9 2.5h3v11H9z" fill="currentColor" /></svg>;
export const StepBackIcon = () => <svg {...common}><path d="M3 2.5h2v11H3zM13 2.5v11L6 8z" fill="currentColor" /></svg>;
export const StepForwardIcon = () => <svg {...common}><path d="M11 2.5h2v11h-2zM3 2.5v11L10 8z" fill="currentColor" /></svg>;
