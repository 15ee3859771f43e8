// The Examples menu button: a menu of ready-made manifests (menu-button pattern: ↑/↓ move, Escape closes).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { EXAMPLES } from '../../examples';
import { t } from '../i18n';
import { loadExample } from './loadExample';

export function ExamplesMenu() {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    rootRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDown = (e: MouseEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  function onMenuKey(e: KeyboardEvent<HTMLUListElement>) {
    const items = [...(rootRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      setOpen(false);
      buttonRef.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  }

  return (
    <div className="menu-root" ref={rootRef}>
      <button type="button" ref={buttonRef} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('examples')} ▾
      </button>
      {open && (
        <ul className="menu" role="menu" aria-label={t('examples')} onKeyDown={onMenuKey}>
          {EXAMPLES.map((ex) => (
            <li key={ex.id} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => {
                setOpen(false);
                loadExample(ex);
              }}>
                {t(ex.title)}
                {ex.storageClass === 'none' && <small>{t('exampleNeedsCluster')}</small>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
