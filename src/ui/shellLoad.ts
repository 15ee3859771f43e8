// When and what the entry chunk loads after painting the shell (src/main.tsx). No app imports: this is in the entry.

/**
 * Run `load` once the shell's first frame has been painted: a task queued from a frame callback runs after that
 * frame. A hidden tab (or an off-screen iframe) may paint no frames, so a timer runs it anyway after a second
 * (whichever comes first, once).
 */
export function afterFirstPaint(load: () => void, fallbackMs = 1000): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    load();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, fallbackMs);
}

/** True if the page opened at `search` shows the YAML editor: not `?embed` (graph only) nor `?compare`. */
export function showsEditor(search: string): boolean {
  const q = new URLSearchParams(search);
  const embed = q.has('embed') && q.get('embed') !== '0' && q.get('embed') !== 'false';
  return !embed && !q.has('compare');
}

/**
 * Fetch and compile modules without running them (`<link rel=modulepreload>`): a later import() of them then only
 * runs them. `list` is the space-separated URLs of index.html's `podium-editor-modules` meta (none in dev).
 */
export function preloadModules(list: string | null | undefined, doc: Document = document): void {
  for (const href of (list ?? '').split(' ').filter(Boolean)) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    doc.head.appendChild(link);
  }
}
