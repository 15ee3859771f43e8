// "Jump to time": type `1m30s`, `90s`, `1500ms` or `1:30` and press Enter. Times past the live edge clamp to it.
import { useState, type FormEvent } from 'react';
import { appStore } from '../../store/useAppStore';
import { t } from '../i18n';
import { parseSimTime } from './parseTime';

export function JumpToTime() {
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ms = parseSimTime(value);
    setInvalid(ms === undefined);
    if (ms === undefined) return;
    const s = appStore.getState();
    s.pause();
    s.seek(ms);
    setValue('');
  }
  return (
    <form className="jump" onSubmit={onSubmit}>
      <input
        aria-label={t('jumpToTime')}
        title={invalid ? t('jumpInvalid') : t('jumpToTime')}
        placeholder={t('jumpPlaceholder')}
        aria-invalid={invalid || undefined}
        value={value}
        size={7}
        onChange={(e) => {
          setValue(e.target.value);
          setInvalid(false);
        }}
      />
    </form>
  );
}
