// Simulated wall-clock: sim time 0 is 2026-01-01T00:00:00Z. Pure conversions, no Date.

/** Days from 1970-01-01 to 2026-01-01. */
const EPOCH_DAYS = 20454;
const DAY_MS = 86_400_000;

/** Civil date from days since 1970-01-01 (proleptic Gregorian). */
function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}


/** Two digits (0–99): the time-of-day fields, without padStart's string work (isoOf runs on every status write). */
const two = (n: number): string => (n < 10 ? '0' + n : String(n));

/** RFC 3339 timestamp (seconds precision, as metav1.Time serializes) for a simulated time. */
export function isoOf(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const rest = ms - days * DAY_MS;
  const [y, mo, d] = civilFromDays(EPOCH_DAYS + days);
  const s = Math.floor(rest / 1000);
  return `${y}-${two(mo)}-${two(d)}T${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}Z`;
}

/** Simulated ms for an RFC 3339 timestamp (`Z` or a `±HH:MM` offset, optional fraction). NaN if unparsable. */
export function msOfIso(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return Number.NaN;
  const days = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3])) - EPOCH_DAYS;
  const frac = m[7] ? Math.floor(Number(m[7].padEnd(3, '0').slice(0, 3))) : 0;
  const tz = m[8]!;
  const offsetMs = tz === 'Z' ? 0 : (tz[0] === '-' ? -1 : 1) * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6))) * 60_000;
  return days * DAY_MS + ((Number(m[4]) * 60 + Number(m[5])) * 60 + Number(m[6])) * 1000 + frac - offsetMs;
}
