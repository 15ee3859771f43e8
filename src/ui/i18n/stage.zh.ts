// 简体中文: UI strings of the graph as a stage (see stage.en.ts).
import type { stageEn } from './stage.en';

export const stageZh: Record<keyof typeof stageEn, string> = {
  limitPods: '已达到 Podium 的上限：集群中最多 {limit} 个 Pod。超出的创建请求会被拒绝（控制器报告 FailedCreate）；图中显示的是实际存在的 Pod。请缩容或删除某个工作负载来腾出空间。',
  limitObjects: '已达到 Podium 的上限：集群中最多 {limit} 个对象。超出的创建请求会被拒绝（FailedCreate）；图中显示的是实际存在的对象。请删除不再需要的对象来腾出空间。',
  legendUses: 'Pod 使用 ConfigMap / Secret（卷、环境变量）',
  legendGuards: 'PodDisruptionBudget 保护 Pod',
  widenWhilePlaying: '播放时加宽图',
  widenWhilePlayingHint: '播放时（播放按钮或空格键）编辑器会收起，让图占满宽度并重新适配；暂停后恢复。点击可关闭或开启。',
  limitTitle: 'Podium 的上限',
};
