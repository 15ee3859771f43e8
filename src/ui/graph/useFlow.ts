// Hook: the React Flow nodes/edges for the playhead, from narrow store selectors and memoized pure functions.
import { useMemo } from 'react';
import { useAppStore, snapshotReader } from '../../store/useAppStore';
import { selectSelectedKey, selectTimeline } from '../../store/selectors';
import { buildFlow, everObjects, stableLayout } from './graphModel';

const selectSnapshot = snapshotReader.snapshot.bind(snapshotReader);

export function useFlow() {
  const timeline = useAppStore(selectTimeline);
  const snapshot = useAppStore(selectSnapshot);
  const selectedKey = useAppStore(selectSelectedKey);
  const positions = useMemo(() => {
    if (!timeline) return new Map();
    return stableLayout(everObjects(snapshotReader.initial(timeline), timeline.frames));
  }, [timeline]);
  const flow = useMemo(
    () => (snapshot ? buildFlow(snapshot, positions, selectedKey) : { nodes: [], edges: [] }),
    [snapshot, positions, selectedKey],
  );
  return { ...flow, positions };
}
