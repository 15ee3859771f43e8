// 分片计算未来时的界面文字（并入 zh.ts）。
import type { computeEn } from './compute.en';

export const computeZh: Record<keyof typeof computeEn, string> = {
  computingFuture: '正在计算未来… 已处理 {events} 个事件，t = {time}',
  computingCancel: '取消',
  computingCancelTitle: '停止计算：保留已算出的帧，与达到上限时一样',
  computeCancelled: '已在 t = {time} 停止计算：已算出的部分保留，之后的事件没有计算。再次操作或重置即可重新计算。',
};
