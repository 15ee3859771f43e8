// PodDisruptionBudget rows. Mirrors printers.go printPodDisruptionBudget: MIN AVAILABLE and MAX UNAVAILABLE
// (N/A when unset), ALLOWED DISRUPTIONS, AGE.
import type { KObject } from '../../sim/index';
import { since } from './duration';
import type { KindPrinter, PrintContext } from './types';

interface PdbLike { spec?: { minAvailable?: number | string; maxUnavailable?: number | string }; status?: { disruptionsAllowed?: number } }

export const pdbPrinter: KindPrinter = {
  headers: ['NAME', 'MIN AVAILABLE', 'MAX UNAVAILABLE', 'ALLOWED DISRUPTIONS', 'AGE'],
  wideHeaders: [],
  row(obj: KObject, ctx: PrintContext): string[] {
    const p = obj as unknown as PdbLike;
    return [
      obj.metadata.name ?? '',
      p.spec?.minAvailable !== undefined ? String(p.spec.minAvailable) : 'N/A',
      p.spec?.maxUnavailable !== undefined ? String(p.spec.maxUnavailable) : 'N/A',
      String(p.status?.disruptionsAllowed ?? 0),
      since(obj.metadata.creationTimestamp, ctx.nowMs),
    ];
  },
};
