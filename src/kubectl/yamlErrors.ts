// go-yaml's wording for the YAML syntax errors learners make most, from the `yaml` package's error codes.
import type { YAMLError } from 'yaml';

export function goYamlMessage(err: YAMLError): string {
  const msg = err.message.split('\n')[0] ?? '';
  switch (err.code) {
    case 'TAB_AS_INDENT':
      return 'found character that cannot start any token';
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
      return /compact|implicit/i.test(msg) ? 'mapping values are not allowed in this context' : 'did not find expected key';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'mapping values are not allowed in this context';
    case 'MULTILINE_IMPLICIT_KEY':
      return "could not find expected ':'";
    case 'MISSING_CHAR':
      return /quot/i.test(msg) ? 'found unexpected end of stream' : "did not find expected ',' or ']'";
    case 'DUPLICATE_KEY':
      return `mapping key already defined`;
    default:
      if (/Nested mappings are not allowed/i.test(msg)) return 'mapping values are not allowed in this context';
      if (/Implicit map keys need to be followed by map values/i.test(msg)) return "could not find expected ':'";
      return msg.replace(/ at line \d+, column \d+.*$/, '');
  }
}
