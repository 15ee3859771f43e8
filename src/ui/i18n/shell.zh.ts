// 首屏外壳（src/ui/Shell.tsx）的文字：在 i18n 模块和引擎加载之前显示。
export const shellZh = {
  appTitle: 'Podium',
  appTagline: '浏览器里的 Kubernetes 集群',
  shellLoading: '正在启动集群…',
  shellLoadFailed: '页面代码加载失败（{reason}）。请刷新重试。',
};
