// Pure conversion of the engine's ISO timestamps back to simulated milliseconds. The engine's epoch is
// 2026-01-01T00:00:00Z + sim ms; `new Date()` is forbidden in the engine, so this is plain calendar arithmetic.

/** 2026-01-01T00:00:00Z in days since 1970-01-01. */
const EPOCH_DAYS = daysFromCivil(2026, 1, 1);

/** Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Simulated ms for an RFC 3339 timestamp, or undefined when it does not parse.
 * @example msOfIso('2026-01-01T00:00:05.250Z') // 5250
 */
export function msOfIso(iso: string): number | undefined {
  const m = ISO.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, tz] = m;
  const days = daysFromCivil(Number(y), Number(mo), Number(d)) - EPOCH_DAYS;
  let ms = (((days * 24 + Number(h)) * 60 + Number(mi)) * 60 + Number(s)) * 1000;
  if (frac) ms += Math.floor(Number(frac.padEnd(3, '0').slice(0, 3)));
  if (tz && tz !== 'Z') {
    const sign = tz[0] === '-' ? -1 : 1;
    ms -= sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6))) * 60000;
  }
  return ms;
}
