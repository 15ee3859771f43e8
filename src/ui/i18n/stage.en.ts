// UI strings of the graph as a stage (issue 12, second part): Podium's limits, panes that make room while
// playing, ConfigMap/Secret/PodDisruptionBudget cards.
export const stageEn = {
  limitPods: "Podium's limit reached: at most {limit} pods in the cluster. Creates beyond it are refused (the controller reports FailedCreate); the graph shows the pods that exist. Scale down or delete a workload to make room.",
  limitObjects: "Podium's limit reached: at most {limit} objects in the cluster. Creates beyond it are refused (FailedCreate); the graph shows what exists. Delete objects you no longer need to make room.",
  legendUses: 'ConfigMap / Secret used by pod (volume, env)',
  legendGuards: 'PodDisruptionBudget guards pod',
  widenWhilePlaying: 'Widen the graph while playing',
  widenWhilePlayingHint: 'While playing (Play or Space), the editor folds away so the graph gets the width and refits; pausing brings it back. Press to turn it off or on.',
  limitTitle: "Podium's limits",
} as const;
