// Typed times for "jump to": `1m30s`, `1m 30s`, `90s`, `90`, `1.5s`, `1500ms`, `1h2m`, `1:30`. Undefined if unreadable.
const UNIT_MS: Readonly<Record<string, number>> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

export function parseSimTime(input: string): number | undefined {
  const text = input.trim().toLowerCase().replace(/^t\s*=\s*/, '');
  if (text === '') return undefined;
  const clock = /^(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)$/.exec(text);
  if (clock) return Math.round(((Number(clock[1] ?? 0) * 60 + Number(clock[2])) * 60 + Number(clock[3])) * 1000);
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (!/^(?:\d+(?:\.\d+)?\s*(?:ms|h|m|s)\s*)+$/.test(text)) return undefined;
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|h|m|s)/g)];
  return Math.round(parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]!]!, 0));
}
