// A reason ("why", DESIGN rule 5) as data: a message id from the registry plus plain parameters. The engine
// never renders it; a renderer (English in ./en.ts for the CLI and tests, any language in the UI) does.
import type { ReasonParams } from './registry';

export type ReasonId = keyof ReasonParams;

/** One parameter value: names and Kubernetes terms (never translated), numbers, nested reasons, or lists of them. */
export type ReasonValue = string | number | Reason | readonly (string | Reason)[] | undefined;

/** A reason: which message, with which parameters. Plain JSON, compared structurally. */
export interface Reason<K extends ReasonId = ReasonId> {
  readonly id: K;
  readonly params?: ReasonParams[K];
}

/** The one way to make a reason: `reason('sched.claimMissing', { pod: 'web-0', claim: 'www-web-0' })`. */
export function reason<K extends ReasonId>(id: K, ...params: Record<string, never> extends ReasonParams[K] ? [ReasonParams[K]?] : [ReasonParams[K]]): Reason<K> {
  const p = params[0];
  return p === undefined ? { id } : { id, params: p };
}
