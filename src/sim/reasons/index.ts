// Reasons ("why"): ids with parameters, rendered per language. See docs/i18n.md.
export type { Reason, ReasonId, ReasonValue } from './types';
export type { ReasonParams } from './registry';
export type { ReasonCatalogue } from './format';
export { reason } from './types';
export { renderWith, placeholdersOf } from './format';
export { en as englishReasons, renderReason } from './en';
