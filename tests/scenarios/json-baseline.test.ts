// Byte-identity guard for engine speed work (issue 15): every scenario in scenarios/ is run through the CLI
// exactly as `podium run FILE --json` (and the plain transcript) would, and a SHA-256 of each output is compared
// to the committed baseline in json-baseline.json. A speed change must leave every hash unchanged.
//
// Behaviour changes on other branches legitimately change these hashes. To regenerate the baseline (the lead
// does this at merge, after checking the behaviour change is intended):
//   UPDATE_JSON_BASELINE=1 npx vitest run tests/scenarios/json-baseline.test.ts
// then commit tests/scenarios/json-baseline.json. A new scenario file with no baseline entry fails until then.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, scenarioPath } from './helpers';

const dir = new URL('../../scenarios/', import.meta.url);
const baselineUrl = new URL('./json-baseline.json', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const update = process.env.UPDATE_JSON_BASELINE === '1';

interface Entry { readonly json: string; readonly jsonBytes: number; readonly transcript: string }
const baseline = JSON.parse(readFileSync(baselineUrl, 'utf8')) as Record<string, Entry>;
const fresh: Record<string, Entry> = {};

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

describe.each(files)('%s', (file) => {
  it('prints byte-identical --json and transcript output to the baseline', async () => {
    const json = await cli(['run', scenarioPath(file), '--json']);
    const text = await cli(['run', scenarioPath(file)]);
    expect([json.code, text.code]).toEqual([0, 0]);
    const entry: Entry = { json: sha(json.stdout), jsonBytes: Buffer.byteLength(json.stdout), transcript: sha(text.stdout) };
    fresh[file] = entry;
    if (!update) expect(entry).toEqual(baseline[file]);
  });
});

afterAll(() => {
  if (update) writeFileSync(baselineUrl, JSON.stringify(fresh, null, 2) + '\n');
});
