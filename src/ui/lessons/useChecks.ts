// The open page's checks as the playhead moves (see checks.ts for the rules).
import { useMemo } from 'react';
import { realDeps } from '../../store/realDeps';
import { useAppStore } from '../../store/useAppStore';
import { evaluateChecks, type CheckState } from './checks';
import type { LessonPage } from './model';
import type { OpenLesson } from './lessonStore';

const kubectl = { planKubectl: realDeps.planKubectl };

export function useChecks(page: LessonPage, open: OpenLesson): { checks: CheckState[]; started: boolean } {
  const timeline = useAppStore((s) => s.timeline);
  const index = useAppStore((s) => (s.timeline ? realDeps.frameIndexAt(s.timeline, s.playheadMs) : -1));
  const specs = useMemo(() => page.checks.map((c) => c.expect), [page]);
  return useMemo(() => {
    if (!timeline) return { checks: specs.map(() => ({ met: false })), started: false };
    const learner = timeline.log.actions[open.baseActions];
    const start = page.hasTask ? (learner ? learner.afterFrame + 1 : undefined) : Math.max(0, open.openFrame);
    const checks = evaluateChecks({ timeline, index, start, startIsAction: page.hasTask, checks: specs, snapshotAt: realDeps.snapshotAt, kubectl });
    return { checks, started: start !== undefined };
  }, [timeline, index, specs, page, open]);
}
