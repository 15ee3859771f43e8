// The editor's tabs: the workspace's named files (`kubectl apply -f NAME` in the console reads them). Click to
// open, double-click (or F2) to rename, × to close (after confirming when it holds text), + for a new file.
import type { KeyboardEvent } from 'react';
import { appStore, useAppStore } from '../../store/useAppStore';
import type { MessageKey } from '../i18n/en';
import { t } from '../i18n';

const selectNames = (s: { files: readonly { name: string }[] }) => s.files.map((f) => f.name).join('\n');

function rename(name: string) {
  const to = window.prompt(t('renamePrompt', { name }), name);
  if (to === null) return;
  const problem = appStore.getState().renameFile(name, to.trim());
  if (problem) appStore.getState().notify('warning', t(problem as MessageKey));
}

function close(name: string) {
  const s = appStore.getState();
  const file = s.files.find((f) => f.name === name);
  if (file && file.text.trim() !== '' && !window.confirm(t('closeFileConfirm', { name }))) return;
  s.closeFile(name);
}

export function FileTabs() {
  const names = useAppStore(selectNames).split('\n');
  const active = useAppStore((s) => s.activeFile);
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, name: string) => {
    if (e.key === 'F2') {
      e.preventDefault();
      rename(name);
    } else if (e.key === 'Delete' && names.length > 1) {
      e.preventDefault();
      close(name);
    }
  };
  return (
    <div className="file-tabs" role="tablist" aria-label={t('fileTabs')}>
      {names.map((name) => (
        <span key={name} className={`file-tab${name === active ? ' active' : ''}`}>
          <button type="button" role="tab" aria-selected={name === active} title={t('renameFile', { name })}
            onClick={() => appStore.getState().selectFile(name)} onDoubleClick={() => rename(name)} onKeyDown={(e) => onKey(e, name)}>
            {name}
          </button>
          {names.length > 1 && (
            <button type="button" className="file-tab-close" aria-label={t('closeFile', { name })} onClick={() => close(name)}>×</button>
          )}
        </span>
      ))}
      <button type="button" className="file-tab-new" aria-label={t('newFile')} title={t('newFile')} onClick={() => appStore.getState().addFile()}>+</button>
    </div>
  );
}
