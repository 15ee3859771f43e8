// Ages and timestamps as kubectl prints them.
// Mirrors apimachinery pkg/util/duration (HumanDuration) and printers.go (translateTimestampSince).

/** Simulated time 0 is this instant (DESIGN: sim time 0 = 2026-01-01T00:00:00Z). */
export const SIM_EPOCH_UNIX_MS = Date.UTC(2026, 0, 1);

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/** Simulated milliseconds of an RFC 3339 timestamp, or undefined if it does not parse. */
export function msOfIso(iso: string | undefined | null): number | undefined {
  if (!iso) return undefined;
  const m = ISO.exec(iso);
  if (!m) return undefined;
  const n = (i: number): number => Number(m[i] ?? 0);
  const frac = m[7] ? Math.floor(Number(('0.' + m[7])) * 1000) : 0;
  let unix = Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6), frac);
  const zone = m[8] ?? 'Z';
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    unix -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  return unix - SIM_EPOCH_UNIX_MS;
}

/** The RFC 3339 timestamp (second precision) of a simulated time. */
export function isoOfMs(simMs: number): string {
  return new Date(SIM_EPOCH_UNIX_MS + simMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** HumanDuration: `<invalid>`, `0s`, `45s`, `5m3s`, `15m`, `3h5m`, `20h`, `2d3h`, `30d`, `2y10d`, `9y`. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${days}d`;
  const years = Math.floor(days / 365);
  if (hours < 24 * 365 * 8) {
    const d = days % 365;
    return d === 0 ? `${years}y` : `${years}y${d}d`;
  }
  return `${years}y`;
}

/** translateTimestampSince: `<unknown>` for a missing timestamp, else the HumanDuration since it. */
export function since(iso: string | undefined | null, nowMs: number): string {
  const t = msOfIso(iso);
  return t === undefined ? '<unknown>' : humanDuration(nowMs - t);
}
