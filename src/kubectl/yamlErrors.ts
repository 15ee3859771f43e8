// go-yaml's wording for the YAML syntax errors learners make most, keyed on the `yaml` package's messages/codes.
import type { YAMLError } from 'yaml';

const BY_MESSAGE: readonly (readonly [RegExp, string])[] = [
  [/Sequence item without - indicator/i, "did not find expected '-' indicator"],
  [/Flow sequence/i, "did not find expected ',' or ']'"],
  [/Flow mapping/i, "did not find expected ',' or '}'"],
  [/Missing closing .?quote/i, 'found unexpected end of stream'],
  [/All mapping items must start at the same column/i, 'did not find expected key'],
  [/Nested mappings are not allowed/i, 'mapping values are not allowed in this context'],
  [/Implicit keys need to be on a single line|Implicit map keys need to be followed by map values/i, "could not find expected ':'"],
  [/tab/i, 'found character that cannot start any token'],
];

const BY_CODE: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: 'found character that cannot start any token',
  BAD_INDENT: 'did not find expected key',
  BLOCK_AS_IMPLICIT_KEY: 'mapping values are not allowed in this context',
  MULTILINE_IMPLICIT_KEY: "could not find expected ':'",
  MISSING_CHAR: 'found unexpected end of stream',
};

export function goYamlMessage(err: YAMLError): string {
  const msg = (err.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  for (const [re, text] of BY_MESSAGE) if (re.test(msg)) return text;
  return BY_CODE[err.code] ?? msg;
}
