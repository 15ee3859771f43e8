// The engine's reason for a frame, as the lesson panel shows it. One place to render reasons: when the engine's
// reasons become message ids, this is where the translated rendering goes.
import type { Frame } from '../../sim';

export function formatReason(frame: Frame): string {
  return frame.cause.why;
}
