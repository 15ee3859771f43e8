import { describe, expect, it } from 'vitest';
import { selectProblems } from './selectors';
import type { AppState, Problem } from './types';

const problem = (owner: string, line: number, column = 1): Problem => ({ owner, line, column, endLine: line, endColumn: column + 1, severity: 'error', message: `${owner}@${line}` } as unknown as Problem);

describe('the problems list', () => {
  it('lists problems in line order, an Apply problem before a schema one at the same place', () => {
    const s = { applyProblems: [problem('podium', 30), problem('podium', 4)], schemaProblems: [problem('schema', 12), problem('schema', 4), problem('schema', 2)] } as unknown as AppState;
    expect(selectProblems(s).map((p) => p.message)).toEqual(['schema@2', 'podium@4', 'schema@4', 'schema@12', 'podium@30']);
  });
});
