// Small line icons per kind (16×16, currentColor), so a card's kind reads at a glance without the word.
const PATHS: Record<string, string> = {
  Pod: 'M8 1.5 14 5v6l-6 3.5L2 11V5zM2 5l6 3.5L14 5M8 8.5v6',
  PersistentVolumeClaim: 'M3 4c0-1.4 10-1.4 10 0v8c0 1.4-10 1.4-10 0zM3 4c0 1.4 10 1.4 10 0M6 8.5h4',
  PersistentVolume: 'M3 4c0-1.4 10-1.4 10 0v8c0 1.4-10 1.4-10 0zM3 4c0 1.4 10 1.4 10 0M3 8c0 1.4 10 1.4 10 0',
  StorageClass: 'M2 5l6-3 6 3-6 3zM2 8l6 3 6-3M2 11l6 3 6-3',
  Service: 'M8 2v4M8 10v4M3 8h10M3 8a1.5 1.5 0 1 0 0 .1M13 8a1.5 1.5 0 1 0 0 .1M8 6a2 2 0 1 1 0 4 2 2 0 0 1 0-4z',
  StatefulSet: 'M3 3h8v3H3zM5 7h8v3H5zM3 11h8v3H3z',
  Deployment: 'M2 4h9v8H2zM5 2h9v8',
  ReplicaSet: 'M2 5h8v8H2zM6 2h8v8',
  ReplicationController: 'M2 5h8v8H2zM6 2h8v8',
  Node: 'M2 3h12v4H2zM2 9h12v4H2zM4.5 5h.1M4.5 11h.1',
  ConfigMap: 'M3 1.5h7l3 3v10H3zM10 1.5v3h3M5.5 7h5M5.5 9.5h5M5.5 12h3',
  Secret: 'M5.5 10.5a3 3 0 1 1 0-6 3 3 0 0 1 0 6zM8.3 8.5H14M12 8.5v2.5M14 8.5v2',
  PodDisruptionBudget: 'M8 1.5l5.5 2v4c0 3.5-2.5 6-5.5 7-3-1-5.5-3.5-5.5-7v-4zM5.5 8l2 2 3-3.5',
  DNSRecord: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM1.5 8h13M8 1.5c-3 3.5-3 9.5 0 13M8 1.5c3 3.5 3 9.5 0 13',
};

export function KindIcon({ kind }: { kind: string }) {
  return (
    <svg className="k8s-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor"
      strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[kind] ?? 'M3 3h10v10H3z'} />
    </svg>
  );
}
