// ESLint flat config. Non-type-aware on purpose: fast on 2 cores and independent of tsconfig layout.
// The engine-purity block is the one that matters: see /work/shared/reference/style.md §3.2 and DESIGN.md rule 1-2.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const UI_AND_STATE = ['react', 'react-*', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', '@xyflow/*', 'monaco-*', '@monaco-editor/*'];
const relativeInto = (dir) => [`**/${dir}`, `**/${dir}/**`];

/** Module-level declarations that hold mutable state: `let`/`var`, and Map/Set/WeakMap/WeakSet not typed read-only. */
const AT_MODULE = ['Program >', 'Program > ExportNamedDeclaration >'];
const MODULE_STATE = AT_MODULE.flatMap((top) => [
  `${top} VariableDeclaration[kind=/^(let|var)$/]`,
  `${top} VariableDeclaration > VariableDeclarator:not([id.typeAnnotation.typeAnnotation.typeName.name=/^Readonly(Map|Set)$/]) > NewExpression[callee.name=/^(Map|Set|WeakMap|WeakSet)$/]`,
]);

/** Node globals for plain .js/.mjs scripts (TS files rely on the type checker instead of no-undef). */
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'setInterval',
    'clearInterval', 'setImmediate', 'queueMicrotask', 'structuredClone', 'performance', 'fetch', 'globalThis',
    'TextEncoder', 'TextDecoder', 'AbortController'].map((name) => [name, 'readonly']),
);

export default defineConfig(
  {
    ignores: ['dist/', 'dist-cli/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/', 'src/k8s/*.json'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Dead stores such as `let x = 0; do x = pick(); while (...)` are harmless: report, don't fail.
      'no-useless-assignment': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', {
        argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_',
      }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },

  // The engine is pure and deterministic: no UI, store, parser or DOM, no wall clock, no ambient randomness.
  {
    files: ['src/sim/**/*.ts'],
    ignores: ['src/sim/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: [...UI_AND_STATE, 'yaml', 'yaml/*',
            ...['kubectl', 'store', 'ui', 'scenario', 'cli', 'tutorials'].flatMap(relativeInto)],
          message: 'src/sim is a pure engine: it must not depend on UI, store, kubectl, scenario, CLI or the YAML parser.',
        }],
      }],
      'no-restricted-globals': ['error',
        ...['window', 'document', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'performance', 'crypto', 'localStorage']
          .map((name) => ({ name, message: `No ${name} in src/sim: the engine runs in Node, a page or a worker, and time/randomness are state.` })),
      ],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'Use the seeded rng carried in the cluster state.' },
        { object: 'Date', property: 'now', message: 'Use the virtual clock (state time in ms).' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date']", message: 'No wall-clock Dates in the engine.' },
        { selector: "CallExpression[callee.name='Date']", message: 'No wall-clock Dates in the engine.' },
        // Reasons are message ids with parameters, rendered per language (docs/i18n.md): no English text as a reason.
        ...["Property[key.name=/^(why|what)$/] > :matches(TemplateLiteral, Literal)",
          "CallExpression[callee.name=/^(note|block|finish|scaleAndRecord|scaleReplicaSet|claimLost|quiet|unschedulable)$/] > TemplateLiteral",
          "CallExpression[callee.property.name='push'][callee.object.property.name='whys'] > :matches(TemplateLiteral, Literal)",
          "CallExpression[callee.property.name='push'][callee.object.name='whys'] > :matches(TemplateLiteral, Literal)",
          "VariableDeclarator[id.name=/^(why|what)$/] > :matches(TemplateLiteral, Literal, ConditionalExpression > TemplateLiteral)"]
          .map((selector) => ({ selector, message: "A reason is reason('area.id', {params}) from src/sim/reasons, not English text: add the id to registry.ts, en.ts and src/ui/i18n/reasons.zh.ts (docs/i18n.md)." })),
        // No mutable module-level state (issue 15): a run's caches and indexes live in its working copy
        // (engine/work.ts, util/memoStore.ts), so results never depend on what ran before in the same process.
        ...MODULE_STATE.map((selector) => ({ selector, message: 'No mutable module-level state in src/sim: keep caches in the run\'s MemoStore (view.memo) or the engine state. A constant Map/Set must be typed ReadonlyMap/ReadonlySet.' })),
      ],
    },
  },
  // Benchmarks are a harness around the engine, not the engine: they may keep counters at module level.
  {
    files: ['src/sim/bench/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-globals': 'off' },
  },

  // kubectl, scenario and the CLI run headless (Node and the page alike): keep React/store/UI out of them.
  {
    files: ['src/kubectl/**/*.ts', 'src/scenario/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: [...UI_AND_STATE, ...['store', 'ui'].flatMap(relativeInto)],
          message: 'kubectl, scenario and cli are headless: no React, zustand, React Flow, Monaco, store or UI imports.',
        }],
      }],
    },
  },
);
