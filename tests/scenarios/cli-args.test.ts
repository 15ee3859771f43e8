import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { VERSION } from '../../src/cli/version';
import { formatDuration, parseDuration } from '../../src/scenario/duration';

describe('podium argument parsing', () => {
  it('parses run with options in any order', () => {
    expect(parseArgs(['run', 'a.yaml'])).toEqual({ type: 'run', file: 'a.yaml', json: false });
    expect(parseArgs(['run', '--json', 'a.yaml', '--seed', '7'])).toEqual({ type: 'run', file: 'a.yaml', json: true, seed: 7 });
    expect(parseArgs(['run', 'a.yaml', '--seed=0'])).toEqual({ type: 'run', file: 'a.yaml', json: false, seed: 0 });
    expect(parseArgs(['run', '-'])).toEqual({ type: 'run', file: '-', json: false });
  });

  it('recognises help and version', () => {
    expect(parseArgs(['--help'])).toEqual({ type: 'help' });
    expect(parseArgs(['-h'])).toEqual({ type: 'help' });
    expect(parseArgs(['help'])).toEqual({ type: 'help' });
    expect(parseArgs(['run', 'x.yaml', '--help'])).toEqual({ type: 'help' });
    expect(parseArgs(['--version'])).toEqual({ type: 'version' });
    expect(parseArgs(['-V'])).toEqual({ type: 'version' });
  });

  it.each([
    [[], 'missing command'],
    [['go'], "unknown command 'go'"],
    [['--jsn'], "unknown option '--jsn'"],
    [['run'], "'run' needs a scenario file"],
    [['run', 'a.yaml', 'b.yaml'], "'run' takes one scenario file, got 2"],
    [['run', 'a.yaml', '--jsn'], "unknown option '--jsn'"],
    [['run', 'a.yaml', '--seed'], "option '--seed' needs a value"],
    [['run', 'a.yaml', '--seed', 'x'], "--seed must be an integer from 0 to 4294967295, got 'x'"],
    [['run', 'a.yaml', '--seed=-1'], "--seed must be an integer from 0 to 4294967295, got '-1'"],
    [['run', 'a.yaml', '--seed', '4294967296'], "--seed must be an integer from 0 to 4294967295, got '4294967296'"],
  ])('rejects %j', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ type: 'usage-error', message });
  });

  it('reports the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

describe('durations', () => {
  it.each([
    ['500ms', 500], ['30s', 30_000], ['5m', 300_000], ['1h', 3_600_000], ['1m30s', 90_000], ['1.5s', 1500], ['0s', 0], ['24h', 86_400_000],
  ])('%s = %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['30', '', 's', '1x', '1.0005s', '25h', '5 m'])('rejects %j', (text) => {
    expect(typeof parseDuration(text)).toBe('string');
  });

  it('formats durations back', () => {
    expect([90_000, 1500, 500, 300_000, 3_600_000].map(formatDuration)).toEqual(['1m30s', '1.5s', '500ms', '5m', '1h']);
  });
});
