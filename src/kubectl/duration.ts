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
