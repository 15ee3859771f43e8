// Durations as scenario files write them: `500ms`, `30s`, `5m`, `1h`, or Go-style sums such as `1m30s`.

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** The longest duration a scenario may ask for in one step (a bound on every run). */
export const MAX_DURATION_MS = 24 * 3_600_000;

/**
 * Parse a duration into integer milliseconds; a string explains what is wrong otherwise.
 * @example parseDuration('1m30s') // => 90000
 */
export function parseDuration(text: string): number | string {
  const src = text.trim();
  if (/^\d+(\.\d+)?$/.test(src)) return `duration '${src}' needs a unit: ms, s, m or h (e.g. ${src}s)`;
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;
  let total = 0;
  let at = 0;
  while (at < src.length) {
    part.lastIndex = at;
    const m = part.exec(src);
    if (!m) return `bad duration '${src}' (expected e.g. 500ms, 30s, 5m, 1h or 1m30s)`;
    total += Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? 0);
    at = part.lastIndex;
  }
  if (src === '') return 'empty duration (expected e.g. 500ms, 30s, 5m, 1h)';
  total = Math.round(total * 1e6) / 1e6;
  if (!Number.isInteger(total)) {
    return `duration '${src}' is not a whole number of milliseconds`;
  }
  if (total > MAX_DURATION_MS) return `duration '${src}' is longer than the 24h limit`;
  return total;
}

/** `90000` → `1m30s`; `1500` → `1.5s`; `0` → `0s`. For messages and the transcript. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
}

/** Simulated time for the transcript: `[t=0s]`, `[t=1.5s]`, `[t=12.345s]`. */
export function formatSimTime(ms: number): string {
  return `${ms / 1000}s`;
}
