// Generates, from kubernetes-types (k8s 1.30 API types) via ts-json-schema-generator:
//   src/k8s/k8s-schema.json      draft-07 JSON Schema for monaco-yaml (validation, completion, hover docs)
//   src/sim/api/knownFields.json compact tree of allowed field names, for the engine's strict decoding
//   src/kubectl/explain/fieldDocs.json  field types and short docs for `kubectl explain` (gen-field-docs.mjs)
// Run with `npm run gen:schema` after editing scripts/k8s-kinds.ts. Both outputs are committed; the build
// never runs this script.
import { createGenerator } from 'ts-json-schema-generator';
import { fieldDocs } from './gen-field-docs.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const started = Date.now();

const raw = createGenerator({
  path: here('./k8s-kinds.ts'),
  tsconfig: here('./tsconfig.schema.json'),
  type: 'K8sKinds',
  expose: 'all',
  topRef: false,
  jsDoc: 'extended',
  additionalProperties: false, // like kubectl's strict field validation: typos are "Property X is not allowed."
  skipTypeCheck: true,
}).createSchema('K8sKinds');

const kinds = Object.keys(raw.properties);
const defs = Object.fromEntries(Object.entries(raw.definitions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const defName = (ref) => ref.replace('#/definitions/', '');
const refOf = (kind) => raw.properties[kind].$ref;

// --- Post-processing -------------------------------------------------------------------------------------
// Quantity: `cpu: 1` and `cpu: 0.5` are valid YAML numbers as well as strings like "500m".
defs.Quantity = { ...defs.Quantity, type: ['string', 'number'] };
// FieldsV1 is an opaque JSON object (managedFields); the generator made it a closed object with no fields.
defs.FieldsV1 = { ...defs.FieldsV1, type: 'object', additionalProperties: true };
// Time: `creationTimestamp: null` (as `kubectl create --dry-run -o yaml` writes, and the seeds have) is accepted by kubectl.
defs.Time = { ...defs.Time, type: ['string', 'null'] };
// The Kubernetes API conventions forbid floats: every numeric field of these kinds is int32/int64 in the
// OpenAPI, and IntOrString is int-or-string. TypeScript only knows `number`, so restore `integer`
// (then `replicas: 1.5` is flagged). Quantity was handled above and is not touched here.
function integerize(schema) {
  if (!schema || typeof schema !== 'object') return;
  if (schema.type === 'number') schema.type = 'integer';
  else if (Array.isArray(schema.type) && schema.type.includes('number') && schema.type.includes('string') && schema.type.length === 2) {
    schema.type = ['integer', 'string'];
  }
  for (const p of Object.values(schema.properties ?? {})) integerize(p);
  if (schema.items) integerize(schema.items);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') integerize(schema.additionalProperties);
}
for (const [name, def] of Object.entries(defs)) if (name !== 'Quantity') integerize(def);

// --- k8s-schema.json -------------------------------------------------------------------------------------
const apiVersionOf = (kind) => defs[defName(refOf(kind))].properties.apiVersion.const;
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata'],
  properties: {
    apiVersion: { type: 'string', enum: [...new Set(kinds.map(apiVersionOf))].sort() },
    kind: { type: 'string', enum: kinds },
  },
  // Dispatch on kind with if/then: precise messages (anyOf/oneOf would report "matches multiple schemas").
  allOf: kinds.map((kind) => ({ if: { properties: { kind: { const: kind } }, required: ['kind'] }, then: { $ref: refOf(kind) } })),
  definitions: defs,
};

// --- knownFields.json ------------------------------------------------------------------------------------
// defs only holds closed objects (additionalProperties false). A field maps to:
//   "<def>" (a closed object), "" (leaf, map or anything else), ["<def>"] or [""] (arrays of those).
const isClosedObject = (name) => {
  const d = defs[name];
  return d?.type === 'object' && d.additionalProperties === false && d.properties !== undefined;
};
const fieldRef = (prop) => {
  if (prop.$ref) return isClosedObject(defName(prop.$ref)) ? defName(prop.$ref) : '';
  if (prop.type === 'array' && prop.items) return [fieldRef(prop.items)];
  return '';
};
const known = { kinds: {}, defs: {} };
for (const kind of kinds) known.kinds[kind] = defName(refOf(kind));
for (const name of Object.keys(defs)) {
  if (!isClosedObject(name)) continue;
  known.defs[name] = Object.fromEntries(Object.entries(defs[name].properties).map(([field, prop]) => [field, fieldRef(prop)]));
}

function write(relPath, value) {
  const file = here(relPath);
  mkdirSync(dirname(file), { recursive: true });
  const text = JSON.stringify(value);
  writeFileSync(file, text + '\n');
  return `${relPath.replace('../', '')} (${(text.length / 1024).toFixed(0)} KiB)`;
}
const outputs = [
  write('../src/k8s/k8s-schema.json', schema),
  write('../src/sim/api/knownFields.json', known),
  write('../src/kubectl/explain/fieldDocs.json', fieldDocs(schema)),
];
console.log(`gen:schema: ${kinds.length} kinds, ${Object.keys(defs).length} definitions -> ${outputs.join(', ')} in ${Date.now() - started} ms`);
