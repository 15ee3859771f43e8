// The open dialog: a file picker (scenario or lesson .yaml) and the bundled scenarios as demos.
import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n';
import { demoStore } from './demoStore';
import type { DemoFile } from './catalog';
import './demos.css';

const close = () => demoStore.setState({ dialogOpen: false });

export default function OpenDialog() {
  const [demos, setDemos] = useState<readonly DemoFile[] | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    void import('./catalog').then((m) => live && setDemos(m.DEMOS));
    dialog.current?.querySelector<HTMLElement>('button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      live = false;
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  const openDemo = (d: DemoFile) => void import('./openScenario').then((m) => m.openScenarioText(d.text, d.file));
  return (
    <div className="open-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="open-dialog" role="dialog" aria-modal="true" aria-label={t('openTitle')} ref={dialog}>
        <div className="open-head">
          <h2>{t('openTitle')}</h2>
          <button type="button" className="open-close" aria-label={t('openClose')} onClick={close}>×</button>
        </div>
        <div className="open-file">
          <button type="button" className="primary" onClick={() => input.current?.click()}>{t('openFile')}</button>
          <span className="open-hint">{t('openFileHint')}</span>
          <input ref={input} type="file" accept=".yaml,.yml,text/yaml,application/yaml" hidden
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              close(); // the outcome (opened, or why not) is a notice on the page
              if (f) void import('./openScenario').then((m) => m.openScenarioFile(f));
            }} />
        </div>
        <h3>{t('openDemos')}</h3>
        {!demos ? <p>{t('openDemosLoading')}</p> : (
          <ul className="open-demos" aria-label={t('openDemos')}>
            {demos.map((d) => (
              <li key={d.file}>
                <button type="button" onClick={() => openDemo(d)}>
                  <span className="open-demo-title">{d.title}</span>
                  <span className="open-demo-file">{d.file}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
