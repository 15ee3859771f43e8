// t(): look up a UI string and fill `{name}` placeholders.
import { en, type MessageKey } from './en';

const messages: Record<MessageKey, string> = en;

export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  const text = messages[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
export type { MessageKey };
