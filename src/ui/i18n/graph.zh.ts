// 易读图（issue 12）的界面文字。
import type { graphEn } from './graph.en';

export const graphZh: Record<keyof typeof graphEn, string> = {
  graphRevision: '版本 {rev}',
  graphNodes: '节点',
  graphZoomIn: '放大',
  graphZoomOut: '缩小',
  graphShowSystem: '系统对象',
  graphShowSystemHint: '显示集群自带的对象（kubernetes、kube-dns 及其 DNS 名称、未使用的 StorageClass）',
  legendRevisions: '版本（Pod 模板）',
  legendRevisionLine: '{workload} r{rev} · {image} · {pods} 个 Pod',
  legendNodes: 'Pod 上的标记：它所在的节点',
};
