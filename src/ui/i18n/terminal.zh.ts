// 分屏终端与编辑器文件标签页的界面文字（issue 11）。
import type { terminalEn } from './terminal.en';

export const terminalZh: Record<keyof typeof terminalEn, string> = {
  consoleInputLabelN: 'kubectl 命令 {n}',
  consoleOutputLabelN: '控制台输出 {n}',
  terminalTitle: '终端 {n}',
  splitTerminal: '拆分终端',
  splitTerminalHint: '在旁边再开一个终端：一个终端里的 `get -w` 持续运行，另一个终端里执行操作。',
  closeTerminal: '关闭终端 {n}',
  consoleBlocking: '命令等待中……播放时间线即可看到进展；Ctrl+C 停止',
  fileTabs: '文件',
  newFile: '新建文件',
  renameFile: '重命名 {name}',
  closeFile: '关闭 {name}',
  renamePrompt: '{name} 的新名称（kubectl apply -f 使用这个名字）：',
  closeFileConfirm: '关闭 {name}？它的内容会从工作区中删除。',
  fileNameEmpty: '文件需要一个名称。',
  fileNameInvalid: '只能使用字母、数字、"."、"-"、"_" 和 "/"（不能有空格）。',
  fileNameTaken: '已有同名的标签页。',
};
