// UI strings of the legible graph (issue 12): node chips, the system toggle, revisions, keyboard, saving.
export const graphEn = {
  graphRevision: 'revision {rev}',
  graphNodes: 'Nodes',
  graphZoomIn: 'Zoom In',
  graphZoomOut: 'Zoom Out',
  graphShowSystem: 'System objects',
  graphShowSystemHint: 'Show the cluster’s own objects (kubernetes, kube-dns, their DNS names, unused StorageClasses)',
  legendRevisions: 'Revisions (pod template)',
  legendRevisionLine: '{workload} r{rev} · {image} · {pods} pods',
  legendNodes: 'The badge on a pod: the node it runs on',
} as const;
