// 在大集群的过去时刻操作：先（分片）重新计算到播放头为止的历史，再执行操作。
export const actingZh = {
  actingPast: '正在为这次操作重新计算到 t = {time} 为止的历史…',
  actCancelled: '已取消：“{command}” 没有执行。',
};
