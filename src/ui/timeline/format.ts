// The sim clock as people read it: `t = 1m 32s`.
export function formatSimTime(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${m}m ${s}s`;
  if (m > 0) return `${m}m ${s}s`;
  return `${s}s`;
}

/** Event-list time stamps with tenths: `1m 32.4s`. */
export function formatStamp(ms: number): string {
  const tenths = Math.floor((Math.max(0, ms) % 1000) / 100);
  const base = formatSimTime(ms);
  return `${base.slice(0, -1)}.${tenths}s`;
}
