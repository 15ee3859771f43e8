// Generated names (apiserver storage/names SimpleNameGenerator): the `generateName` prefix, cut to 58
// characters, plus 5 random characters from the safe alphabet, drawn from the engine's seeded generator.
import { SAFE_ALPHABET } from './hash';

/** Longest prefix kept: 63 (a DNS label) minus the 5 random characters. */
const MAX_PREFIX = 58;

export function randomSuffix(random: () => number, n = 5): string {
  let s = '';
  for (let i = 0; i < n; i++) s += SAFE_ALPHABET[Math.floor(random() * SAFE_ALPHABET.length)];
  return s;
}

/** `web-5966bfc495-` → `web-5966bfc495-4jw2p`. */
export function generateName(prefix: string, random: () => number): string {
  return prefix.slice(0, MAX_PREFIX) + randomSuffix(random);
}
