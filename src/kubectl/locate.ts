// Map an API field path (`spec.template.spec.containers[0].image`, `metadata.labels[app]`) in one document of a
// manifest to a 1-based source range: the key's line, or the nearest existing ancestor when the field is missing.
import { isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { nonEmptyChunks, parseChunk } from './chunks';

export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** `a.b[0].c[key.with.dots]` -> ['a', 'b', 0, 'c', 'key.with.dots']. */
export function splitFieldPath(path: string): (string | number)[] {
  const segs: (string | number)[] = [];
  const re = /([^.[\]]+)|\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) {
    if (m[1] !== undefined) segs.push(m[1]);
    else segs.push(/^\d+$/.test(m[2] ?? '') ? Number(m[2]) : (m[2] ?? ''));
  }
  return segs;
}

export function locateField(text: string, docIndex: number, fieldPath: string): SourceRange | undefined {
  const chunk = nonEmptyChunks(text)[docIndex];
  if (!chunk) return undefined;
  const { doc, lc } = parseChunk(chunk);
  const toRange = (from: number, to: number): SourceRange => {
    const a = lc.linePos(from);
    const b = lc.linePos(Math.max(from, to));
    const line = a.line + chunk.firstLine - 1;
    const endLine = b.line + chunk.firstLine - 1;
    return { line, column: a.col, endLine, endColumn: b.col };
  };
  let node: unknown = doc.contents;
  let found: SourceRange | undefined;
  if (isMap(node) && node.items[0]?.key && isScalar(node.items[0].key) && node.items[0].key.range) {
    const r = node.items[0].key.range;
    found = toRange(r[0], r[1]);
  }
  for (const seg of splitFieldPath(fieldPath)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      found = toRange(pair.key.range[0], pair.key.range[1]);
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item || !item.range) break;
      found = firstLineOf(item, lc, toRange);
      node = item;
    } else break;
  }
  return found;
}

/** A sequence item: from its start to the end of its first line (or its first key). */
function firstLineOf(item: Node, lc: LineCounter, toRange: (a: number, b: number) => SourceRange): SourceRange {
  if (isMap(item) && item.items[0] && isScalar(item.items[0].key) && item.items[0].key.range) {
    const r = item.items[0].key.range;
    return toRange(r[0], r[1]);
  }
  const [start, end] = item.range!;
  const startLine = lc.linePos(start).line;
  return lc.linePos(end).line === startLine ? toRange(start, end) : toRange(start, start + 1);
}
