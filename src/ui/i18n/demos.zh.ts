// 打开场景或课程文件，以及作为演示的内置场景（带旁白）。展开到 zh.ts。
import type { demosEn } from './demos.en';

export const demosZh: Record<keyof typeof demosEn, string> = {
  open: '打开',
  openTitle: '打开场景或演示',
  openFile: '打开文件…',
  openFileHint: '或者把场景或课程文件（.yaml）拖放到页面任意位置',
  openDemos: '演示',
  openDemosLoading: '正在加载演示…',
  openClose: '关闭',
  openDropHere: '松开鼠标即可打开这个场景文件',
  openInvalid: '{file} 未打开（你的工作区没有改变）：',
  openTooBig: '{file}:1: 文件大于 {mib} MiB',
  openUnreadable: '{file}：无法读取该文件',
  openConfirm: '打开“{title}”？它会替换当前工作区（时间线上有 {count} 个操作）。',
  openDone: '已打开“{title}”：{steps} 个步骤，模拟时间 {seconds} 秒。',
  demoRegion: '演示',
  demoClose: '关闭旁白',
  demoWait: '等待 {what}',
  demoUnmet: '未满足',
};
