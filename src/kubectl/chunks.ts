// Document splitting as apimachinery's yaml.YAMLReader does it: a line starting `---` (optionally followed by a
// comment) separates documents; each chunk is parsed on its own, YAML 1.1 like go-yaml.
import { LineCounter, parseDocument, type Document } from 'yaml';

/** A chunk of the text between separators. */
export interface Chunk {
  /** 1-based line of the chunk's first line. */
  readonly firstLine: number;
  readonly text: string;
}

/** Split at `---` lines (a separator may carry a trailing comment). */
export function splitChunks(text: string): Chunk[] {
  const lines = text.split(/\r?\n/);
  const chunks: Chunk[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    const sep = line !== undefined && /^---(\s*$|\s+#)/.test(line);
    if (sep || line === undefined) {
      chunks.push({ firstLine: start + 1, text: lines.slice(start, i).join('\n') });
      start = i + 1;
    }
  }
  return chunks;
}

/** Chunks that hold something other than blanks and comments. */
export function nonEmptyChunks(text: string): Chunk[] {
  return splitChunks(text).filter((c) => c.text.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('#') && l.trim() !== '...'));
}

export function parseChunk(chunk: Chunk): { doc: Document; lc: LineCounter } {
  const lc = new LineCounter();
  const doc = parseDocument(chunk.text, { lineCounter: lc, uniqueKeys: false, version: '1.1', prettyErrors: false, keepSourceTokens: false });
  return { doc, lc };
}
