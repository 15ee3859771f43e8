// Go's time.ParseDuration, as kubectl reads `--timeout=30s`, `--timeout=1m30s`, `--timeout=0`.
const UNITS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds (negative allowed), or undefined when Go would reject the text. */
export function durationMs(text: string): number | undefined {
  const m = /^([+-]?)(.*)$/.exec(text)!;
  const body = m[2]!;
  if (body === '0') return 0;
  if (body === '') return undefined;
  let total = 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/gy;
  let at = 0;
  for (let r = re.exec(body); r; r = re.exec(body)) {
    total += Number(r[1]) * UNITS[r[2]!]!;
    at = re.lastIndex;
  }
  if (at !== body.length) return undefined;
  return m[1] === '-' ? -total : total;
}

/** Go's Duration.String for whole milliseconds: `5s`, `1m0s`, `1h2m3s`, `1.5s`, `250ms`, `0s`. */
export function formatGoDuration(ms: number): string {
  if (ms === 0) return '0s';
  const sign = ms < 0 ? '-' : '';
  const abs = Math.abs(ms);
  if (abs < 1000) return `${sign}${abs}ms`;
  const h = Math.floor(abs / 3_600_000);
  const m = Math.floor((abs % 3_600_000) / 60_000);
  const s = (abs % 60_000) / 1000;
  const sec = `${Number.isInteger(s) ? s : s.toFixed(3).replace(/0+$/, '')}s`;
  return sign + (h ? `${h}h${m}m${sec}` : m ? `${m}m${sec}` : sec);
}
