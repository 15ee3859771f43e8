// The lesson parts of a scenario file (DESIGN "Lessons"): the `lesson:` header and the steps `editor:`,
// `expect:` and `question:` (`page:` and `task:` are read in parseSteps).
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { parseDuration } from './duration';
import { parseCommand, parseManifestText } from './parseSteps';
import { parseWait } from './parseWait';
import { parseText } from './text';
import type { Choice, ExpectSpec, LessonMeta, Step } from './types';
import { describe, type Reader } from './yamlReader';

const LESSON_KEYS = ['id', 'summary', 'level', 'minutes'] as const;
export const LEVELS: readonly LessonMeta['level'][] = ['beginner', 'intermediate', 'advanced'];
const KUBECTL_EXPECT_KEYS = ['kubectl', 'contains', 'matches', 'timeout'] as const;
const CHOICE_KEYS = ['text', 'correct', 'explain'] as const;

/** `lesson: {id, summary, level, minutes}`. */
export function parseLessonHeader(r: Reader, node: unknown, line: number): LessonMeta | undefined {
  const m = r.map(node, 'lesson', line);
  if (!m) return undefined;
  const got: Partial<Record<(typeof LESSON_KEYS)[number], [unknown, number]>> = {};
  for (const [key, value, keyLine] of r.entries(m, LESSON_KEYS, 'lesson')) got[key as (typeof LESSON_KEYS)[number]] = [value, keyLine];
  const before = r.errors.length;
  if (!got.id) r.fail(line, "lesson needs 'id' (letters a-z, digits and '-'; the page opens it at ?lesson=<id>)");
  if (!got.summary) r.fail(line, "lesson needs 'summary' (one line for the lessons menu)");
  const id = got.id && r.string(got.id[0], 'lesson.id', got.id[1]);
  if (id !== undefined && got.id && !/^[a-z0-9-]+$/.test(id)) r.fail(got.id[1], `lesson.id must be letters a-z, digits and '-', found '${id}'`);
  const summary = got.summary && parseText(r, got.summary[0], 'lesson.summary', got.summary[1]);
  let level: LessonMeta['level'] = 'beginner';
  if (got.level) {
    const v = r.string(got.level[0], 'lesson.level', got.level[1]);
    if (v !== undefined && !(LEVELS as readonly string[]).includes(v)) r.fail(got.level[1], `lesson.level must be one of: ${LEVELS.join(', ')}; found '${v}'`);
    else if (v !== undefined) level = v as LessonMeta['level'];
  }
  const minutes = got.minutes ? r.integer(got.minutes[0], 'lesson.minutes', got.minutes[1], 1, 240) : 10;
  if (r.errors.length > before || id === undefined || !summary || minutes === undefined) return undefined;
  return { id, summary, level, minutes };
}

const EDITOR_KEYS = ['file', 'text'] as const;
const FILE_NAME = /^[A-Za-z0-9._][A-Za-z0-9._/-]*$/;

/** `editor: |` (the active tab) or `editor: {file: NAME, text: |}` (that tab, created when missing). */
export function parseEditor(r: Reader, node: unknown, line: number): Step | undefined {
  if (!isMap(node)) {
    const manifest = parseManifestText(r, node, 'editor', line);
    return manifest === undefined ? undefined : { type: 'editor', line, manifest };
  }
  const got: Partial<Record<(typeof EDITOR_KEYS)[number], [unknown, number]>> = {};
  for (const [key, value, keyLine] of r.entries(node, EDITOR_KEYS, 'editor')) got[key as (typeof EDITOR_KEYS)[number]] = [value, keyLine];
  if (!got.file || !got.text) return r.fail(line, "editor as a mapping needs 'file: NAME' and 'text: |' (or write `editor: |` for the active tab)");
  const file = r.string(got.file[0], 'editor.file', got.file[1]);
  if (file !== undefined && !FILE_NAME.test(file)) return r.fail(got.file[1], `editor.file: '${file}' is not a usable file name (letters, digits, '.', '-', '_' and '/', no spaces)`);
  const manifest = parseManifestText(r, got.text[0], 'editor.text', got.text[1]);
  return manifest === undefined || file === undefined ? undefined : { type: 'editor', line, manifest, file };
}

/** `{for: kind/name, condition, timeout, namespace}` or `{kubectl: command, contains | matches, timeout}`. */
export function parseExpect(r: Reader, node: unknown, line: number): ExpectSpec | undefined {
  if (!isMap(node)) {
    return r.fail(r.lineOf(node, line), `expect must be {for: pod/web-0, condition: Ready} or {kubectl: get pods, contains: web-0}, found ${describe(node)}`);
  }
  const keys = node.items.map((p) => String((p.key as { value?: unknown } | null)?.value ?? ''));
  if (keys.includes('kubectl')) return parseKubectlExpect(r, node, line);
  const wait = parseWait(r, node, line);
  return wait?.type === 'for' ? { type: 'for', wait } : undefined;
}

function parseKubectlExpect(r: Reader, node: YAMLMap, line: number): ExpectSpec | undefined {
  const got: Partial<Record<(typeof KUBECTL_EXPECT_KEYS)[number], [unknown, number]>> = {};
  for (const [key, value, keyLine] of r.entries(node, KUBECTL_EXPECT_KEYS, 'expect')) got[key as (typeof KUBECTL_EXPECT_KEYS)[number]] = [value, keyLine];
  const before = r.errors.length;
  const command = got.kubectl && parseCommand(r, got.kubectl[0], 'expect.kubectl', got.kubectl[1]);
  if (!got.contains && !got.matches) r.fail(line, "expect with 'kubectl' needs 'contains: <text>' or 'matches: <regular expression>'");
  if (got.contains && got.matches) r.fail(got.matches[1], "expect takes 'contains' or 'matches', not both");
  const contains = got.contains && r.string(got.contains[0], 'expect.contains', got.contains[1]);
  const matches = got.matches && r.string(got.matches[0], 'expect.matches', got.matches[1]);
  if (matches !== undefined && got.matches) {
    try {
      new RegExp(matches, 'm');
    } catch (e) {
      r.fail(got.matches[1], `expect.matches is not a valid regular expression: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  let timeoutMs: number | undefined;
  if (got.timeout) {
    const text = r.string(got.timeout[0], 'expect.timeout', got.timeout[1]);
    const ms = text === undefined ? undefined : parseDuration(text);
    if (typeof ms === 'string') r.fail(got.timeout[1], `expect.timeout: ${ms}`);
    else timeoutMs = ms;
  }
  if (r.errors.length > before || command === undefined) return undefined;
  return {
    type: 'kubectl', command,
    ...(contains === undefined ? {} : { contains }),
    ...(matches === undefined ? {} : { matches }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  };
}

/** `- question: text` with `choices: [{text, correct, explain}, ...]` (at least two, at least one correct). */
export function parseQuestion(r: Reader, node: unknown, choicesNode: [unknown, number] | undefined, line: number): Step | undefined {
  const text = parseText(r, node, 'question', line);
  if (!choicesNode) return r.fail(line, "question needs 'choices:' (a list of {text, correct, explain})");
  const [list, listLine] = choicesNode;
  if (!isSeq(list)) return r.fail(r.lineOf(list, listLine), `choices must be a list of {text, correct, explain}, found ${describe(list)}`);
  const choices: Choice[] = [];
  const before = r.errors.length;
  for (const item of list.items) {
    const itemLine = r.lineOf(item, listLine);
    const m = r.map(item, 'a choice', itemLine);
    if (!m) continue;
    const got: Partial<Record<(typeof CHOICE_KEYS)[number], [unknown, number]>> = {};
    for (const [key, value, keyLine] of r.entries(m, CHOICE_KEYS, 'choice')) got[key as (typeof CHOICE_KEYS)[number]] = [value, keyLine];
    if (!got.text || !got.explain) {
      r.fail(itemLine, "a choice needs 'text' and 'explain' (what the learner reads after picking it)");
      continue;
    }
    const ctext = parseText(r, got.text[0], 'choice.text', got.text[1]);
    const explain = parseText(r, got.explain[0], 'choice.explain', got.explain[1]);
    const correct = got.correct ? r.boolean(got.correct[0], 'choice.correct', got.correct[1]) : false;
    if (ctext && explain && correct !== undefined) choices.push({ text: ctext, correct, explain });
  }
  if (r.errors.length > before) return undefined;
  if (choices.length < 2) return r.fail(listLine, `a question needs at least two choices, found ${choices.length}`);
  if (!choices.some((c) => c.correct)) return r.fail(listLine, "a question needs at least one choice with 'correct: true'");
  return text && { type: 'question', line, text, choices };
}
