// The engine's reason for a frame, as the lesson panel shows it: rendered in the UI language by the i18n layer.
import type { Frame } from '../../sim';
import { formatReason as renderInUiLanguage } from '../i18n';

export function formatReason(frame: Frame): string {
  return renderInUiLanguage(frame.cause.why);
}
