// UI strings of the split console and the editor's file tabs (issue 11).
export const terminalEn = {
  consoleInputLabelN: 'kubectl command {n}',
  consoleOutputLabelN: 'Console output {n}',
  terminalTitle: 'Terminal {n}',
  splitTerminal: 'Split terminal',
  splitTerminalHint: 'Open another terminal beside this one: a `get -w` keeps running in one while you act in the other.',
  closeTerminal: 'Close terminal {n}',
  consoleBlocking: 'waiting for the command… play the timeline; Ctrl+C stops',
  fileTabs: 'Files',
  newFile: 'New file',
  renameFile: 'Rename {name}',
  closeFile: 'Close {name}',
  renamePrompt: 'New name for {name} (kubectl apply -f uses it):',
  closeFileConfirm: 'Close {name}? Its text is removed from the workspace.',
  fileNameEmpty: 'A file needs a name.',
  fileNameInvalid: 'Use letters, digits, ".", "-", "_" and "/" (no spaces).',
  fileNameTaken: 'Another tab already has that name.',
} as const;
