// Mounts what the open feature shows, each loaded on first use: the open dialog, the demo narration, and the
// drop target. Dropping a file anywhere on the page opens it.
import { lazy, Suspense, useEffect } from 'react';
import { t } from '../i18n';
import { demoStore, useDemoStore } from './demoStore';

const OpenDialog = lazy(() => import('./OpenDialog'));
const DemoPanel = lazy(() => import('./DemoPanel'));

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

function useFileDrop(): void {
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      demoStore.setState({ dragging: true });
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) demoStore.setState({ dragging: false });
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      demoStore.setState({ dragging: false });
      const file = e.dataTransfer?.files[0];
      if (file) void import('./openScenario').then((m) => m.openScenarioFile(file));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}

export function DemoHost() {
  useFileDrop();
  const open = useDemoStore((s) => s.dialogOpen);
  const demo = useDemoStore((s) => s.demo);
  const dragging = useDemoStore((s) => s.dragging);
  return (
    <>
      {dragging && <div className="drop-target" aria-hidden="true">{t('openDropHere')}</div>}
      <Suspense fallback={null}>
        {open && <OpenDialog />}
        {demo && <DemoPanel />}
      </Suspense>
    </>
  );
}
