import { describe, expect, it } from 'vitest';
import { isBlankManifest } from './blankManifest';

describe('isBlankManifest', () => {
  it('holds for empty text, blank lines, comments and document markers', () => {
    for (const text of ['', '\n\n', '   ', '# a note\n', '---\n', '--- # first\n\n---\n...\n', '\t# x\r\n']) expect(isBlankManifest(text)).toBe(true);
  });
  it('fails as soon as a line holds content', () => {
    for (const text of ['kind: Pod', '---\napiVersion: v1\n', '--- {}\n', 'x', '  - a']) expect(isBlankManifest(text)).toBe(false);
  });
});
