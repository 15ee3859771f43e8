// UI strings of the legible graph (issue 12): node chips, the system toggle, revisions, keyboard, saving.
export const graphEn = {
  keyEditorTab: 'In the editor, Tab indents; press Ctrl+M first and Tab moves focus out of it (Ctrl+M again: Tab indents)',
  keyCardEnter: 'On a focused graph card: open it in the inspector',
  eventsAnnounce: '{actor}: {what}',
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
