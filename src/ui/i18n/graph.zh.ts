// 易读图（issue 12）的界面文字。
import type { graphEn } from './graph.en';

export const graphZh: Record<keyof typeof graphEn, string> = {
  keyEditorTab: '在编辑器中 Tab 用于缩进；先按 Ctrl+M，Tab 即可把焦点移出编辑器（再按 Ctrl+M 恢复缩进）',
  keyCardEnter: '焦点在图中的卡片上时：在检查器中打开它',
  eventsAnnounce: '{actor}：{what}',
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
