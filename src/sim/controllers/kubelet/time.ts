// Pure conversions between simulated milliseconds and RFC 3339 timestamps (the API's metav1.Time).
// Sim time 0 is 2026-01-01T00:00:00Z. No Date objects: the engine must not touch the wall clock.
// metav1.Time serialises with second precision, so isoOf truncates; timers derived from stored
// timestamps therefore measure from the truncated second, consistently.
import type { SimTimeMs } from '../../api/types';

const MS_PER_DAY = 86_400_000;

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of daysFromCivil. */
function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Unix milliseconds of sim time 0 (2026-01-01T00:00:00Z). */
export const SIM_EPOCH_UNIX_MS = daysFromCivil(2026, 1, 1) * MS_PER_DAY;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * The RFC 3339 timestamp (second precision, like the API server writes) of a sim time.
 * @example isoOf(61_500) === '2026-01-01T00:01:01Z'
 */
export function isoOf(ms: SimTimeMs): string {
  const unixS = Math.floor((SIM_EPOCH_UNIX_MS + ms) / 1000);
  const days = Math.floor(unixS / 86400);
  const secOfDay = unixS - days * 86400;
  const [y, m, d] = civilFromDays(days);
  const hh = Math.floor(secOfDay / 3600);
  const mm = Math.floor((secOfDay % 3600) / 60);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(hh)}:${pad(mm)}:${pad(secOfDay % 60)}Z`;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * The sim time of an RFC 3339 timestamp (fractions and offsets accepted), or undefined if it does not parse.
 * @example msOfIso('2026-01-01T00:01:01Z') === 61_000
 */
export function msOfIso(iso: string | undefined): SimTimeMs | undefined {
  const m = iso === undefined ? null : ISO_RE.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d, hh, mi, ss, frac, tz] = m;
  let unixMs = daysFromCivil(Number(y), Number(mo), Number(d)) * MS_PER_DAY
    + (Number(hh) * 3600 + Number(mi) * 60 + Number(ss)) * 1000
    + (frac ? Math.floor(Number(`0${frac}`) * 1000) : 0);
  if (tz && tz !== 'Z' && tz !== 'z') {
    const sign = tz.startsWith('-') ? -1 : 1;
    unixMs -= sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6))) * 60_000;
  }
  return unixMs - SIM_EPOCH_UNIX_MS;
}
