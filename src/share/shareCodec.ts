// Share links: the whole workspace in the URL fragment, as `#share=<format>.<base64url(zlib(JSON))>`.
// No server: the fragment never leaves the browser. The format number comes first so a link made by a later
// version is refused by name, before anything is decompressed. Everything read from a link is checked:
// its length, its encoding, its compression (a decompression bomb stops at MAX_JSON_BYTES), its JSON, the
// shape of every field, and the editor text (a YAML alias bomb is refused). Pure: no DOM, no store.
import { strFromU8, strToU8, Unzlib, zlibSync } from 'fflate';
import { parseAllDocuments } from 'yaml';
import { parseWorkspace, type RestoreProblem, type SavedWorkspace } from '../store/persistence';
import type { LessonPlace } from './lessonPlace';
import { MAX_JSON_BYTES, MAX_LINK_CHARS } from './limits';

export { MAX_JSON_BYTES, MAX_LINK_CHARS };

export const SHARE_KEY = 'share';
/** The format this version writes. Every format ever written stays readable (add a reader, never drop one). */
export const SHARE_FORMAT = 1;
/** Limits on what a workspace in a link may ask the engine to do (a hostile link must not freeze the page). */
export const MAX_ACTIONS = 5_000;
export const MAX_NODES = 50;
export const MAX_SIM_MS = 7 * 24 * 3_600_000;
/** The largest workload a link may create (the engine is built for 1,000-replica StatefulSets). */
export const MAX_REPLICAS = 1_000;
const MAX_ALIASES = 100;

export type ShareLang = 'en' | 'zh-CN';
export interface SharePayload {
  readonly workspace: SavedWorkspace;
  readonly lang: ShareLang;
  readonly lesson?: LessonPlace;
}

export type ShareErrorCode = 'format' | 'encoding' | 'tooLong' | 'compression' | 'tooBig' | 'json' | 'shape' | 'yamlBomb';
export class ShareError extends Error {
  constructor(readonly code: ShareErrorCode, readonly detail: string) {
    super(`${code}: ${detail}`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fragment (with its `#`) for a payload. The caller checks the whole link against MAX_LINK_CHARS. */
export function encodeShare(p: SharePayload): string {
  const body = { format: SHARE_FORMAT, workspace: p.workspace, lang: p.lang, ...(p.lesson ? { lesson: p.lesson } : {}) };
  return `#${SHARE_KEY}=${SHARE_FORMAT}.${toBase64Url(zlibSync(strToU8(JSON.stringify(body)), { level: 9 }))}`;
}

/** The share data in a URL fragment, or undefined when the fragment is not a share link at all. */
export function shareDataOf(hash: string): string | undefined {
  const prefix = `#${SHARE_KEY}=`;
  return hash.startsWith(prefix) ? hash.slice(prefix.length) : undefined;
}

/** Read a link's share data (what follows `#share=`). Throws ShareError with a specific reason. */
export function decodeShare(data: string): SharePayload {
  if (data.length > MAX_LINK_CHARS) throw new ShareError('tooLong', String(data.length));
  const dot = data.indexOf('.');
  const format = dot > 0 ? data.slice(0, dot) : '';
  if (!/^\d{1,6}$/.test(format)) throw new ShareError('format', format || '?');
  if (Number(format) !== SHARE_FORMAT) throw new ShareError('format', format);
  const body = data.slice(dot + 1);
  if (body.length === 0 || !/^[A-Za-z0-9_-]+$/.test(body)) throw new ShareError('encoding', 'not base64url');
  let json: unknown;
  try {
    json = JSON.parse(inflateBounded(fromBase64Url(body)));
  } catch (err) {
    if (err instanceof ShareError) throw err;
    throw new ShareError('json', err instanceof Error ? err.message : String(err));
  }
  return checkPayload(json);
}

/** What is wrong with a link's workspace, as the detail of the alert (like the other details here, the shape's words). */
function problemText(p: RestoreProblem): string {
  switch (p.key) {
    case 'restoreActions': return `action ${p.first} of ${p.total} is damaged`;
    case 'restorePlayhead': return 'the playhead is out of range';
    case 'restoreSpeed': return 'the speed is out of range';
    case 'restoreVersion': return 'an unknown workspace version';
    case 'restoreNoText': return 'no editor text';
    case 'restoreBadConfig': return 'the cluster settings are damaged';
    default: return 'not a Podium workspace';
  }
}

function checkPayload(json: unknown): SharePayload {
  if (!isObject(json) || json.format !== SHARE_FORMAT) throw new ShareError('shape', 'not a Podium workspace');
  const parsed = parseWorkspace(json.workspace);
  if (parsed.kind !== 'ok') throw new ShareError('shape', parsed.kind === 'corrupt' ? problemText(parsed.problem) : 'no workspace');
  // A saved workspace is restored as far as it can be; a link is all or nothing: anything dropped refuses it.
  const dropped = parsed.dropped[0];
  if (dropped) throw new ShareError('shape', problemText(dropped));
  const ws = parsed.saved;
  const { config, actions } = ws.log;
  const nodes = (config as { nodes?: unknown }).nodes;
  if (!Number.isInteger(nodes) || (nodes as number) < 1 || (nodes as number) > MAX_NODES) throw new ShareError('shape', `cluster.nodes must be 1..${MAX_NODES}`);
  if (config.defaultStorageClass !== 'standard' && config.defaultStorageClass !== 'none') throw new ShareError('shape', 'cluster.defaultStorageClass');
  if (!isObject(config.featureGates) || !Object.values(config.featureGates).every((v) => typeof v === 'boolean')) throw new ShareError('shape', 'cluster.featureGates');
  if (!Number.isInteger(ws.log.seed) || ws.log.seed < 0 || ws.log.seed > 0xffff_ffff) throw new ShareError('shape', 'seed');
  if (actions.length > MAX_ACTIONS) throw new ShareError('shape', `more than ${MAX_ACTIONS} actions`);
  let prev = -1;
  for (const a of actions) {
    if (!Number.isInteger(a.afterFrame) || a.afterFrame < prev || a.atMs > MAX_SIM_MS) throw new ShareError('shape', 'the action log is out of order');
    prev = a.afterFrame;
  }
  const replicas = largestReplicas(actions.map((a) => a.request));
  if (replicas > MAX_REPLICAS) throw new ShareError('shape', `${replicas} replicas (at most ${MAX_REPLICAS} in a link)`);
  if (ws.liveEdgeMs > MAX_SIM_MS || ws.playheadMs > ws.liveEdgeMs) throw new ShareError('shape', 'the playhead is out of range');
  if (aliasBomb(ws.text)) throw new ShareError('yamlBomb', 'editor text');
  const lang = json.lang === 'zh-CN' ? 'zh-CN' : json.lang === 'en' ? 'en' : undefined;
  if (!lang) throw new ShareError('shape', 'lang');
  const lesson = json.lesson === undefined ? undefined : checkLesson(json.lesson);
  return { workspace: ws, lang, ...(lesson ? { lesson } : {}) };
}

function checkLesson(v: unknown): LessonPlace {
  if (!isObject(v) || typeof v.id !== 'string' || !/^[a-z0-9-]{1,100}$/.test(v.id) || !Number.isInteger(v.page) || (v.page as number) < 1 || (v.page as number) > 1000) {
    throw new ShareError('shape', 'lesson');
  }
  return { id: v.id, page: v.page as number };
}

/** The largest `replicas` number anywhere in the requests (walked without recursion: the JSON may be deep). */
function largestReplicas(roots: readonly unknown[]): number {
  let max = 0;
  const todo: unknown[] = [...roots];
  while (todo.length > 0) {
    const v = todo.pop();
    if (typeof v !== 'object' || v === null) continue;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'replicas' && typeof x === 'number' && x > max) max = x;
      else if (typeof x === 'object' && x !== null) todo.push(x);
    }
  }
  return max;
}

/** True when a YAML document in the text expands aliases past the limit the editor's Apply also uses. */
function aliasBomb(text: string): boolean {
  for (const doc of parseAllDocuments(text)) {
    try {
      doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (err) {
      if (err instanceof Error && /alias/i.test(err.message)) return true;
    }
  }
  return false;
}

/** Decompress in 1 kB slices so a bomb is stopped after at most ~1 MB past the limit, never inflated whole. */
function inflateBounded(bytes: Uint8Array): string {
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const z = new Unzlib((chunk, final) => {
    total += chunk.length;
    if (total > MAX_JSON_BYTES) throw new ShareError('tooBig', String(total));
    parts.push(chunk);
    if (final) ended = true;
  });
  try {
    const SLICE = 1024;
    for (let i = 0; i < bytes.length; i += SLICE) z.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
  } catch (err) {
    if (err instanceof ShareError) throw err;
    throw new ShareError('compression', err instanceof Error ? err.message : String(err));
  }
  if (!ended) throw new ShareError('compression', 'the data ends early');
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return strFromU8(out);
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  if (s.length % 4 === 1) throw new ShareError('encoding', 'truncated');
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
