// The narration of an opened scenario: its notes, commands (with their output), faults and waits at their
// simulated times. The step at the playhead is marked; a click moves the playhead there.
import { useEffect, useRef } from 'react';
import { appStore, useAppStore } from '../../store/useAppStore';
import { t } from '../i18n';
import { formatStamp } from '../timeline/format';
import { demoStore, useDemoStore } from './demoStore';
import './demos.css';

export default function DemoPanel() {
  const demo = useDemoStore((s) => s.demo);
  const playheadMs = useAppStore((s) => s.playheadMs);
  const list = useRef<HTMLOListElement>(null);
  const entries = demo?.entries ?? [];
  let current = -1;
  for (let i = 0; i < entries.length; i++) if (entries[i]!.t <= playheadMs) current = i;
  useEffect(() => {
    list.current?.querySelector('[aria-current="step"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  if (!demo) return null;
  return (
    <section className="demo-panel" role="region" aria-label={t('demoRegion')}>
      <div className="demo-head">
        <h2 title={demo.file}>{demo.title}</h2>
        <button type="button" className="open-close" aria-label={t('demoClose')} onClick={() => demoStore.setState({ demo: null })}>×</button>
      </div>
      <ol ref={list}>
        {entries.map((e, i) => (
          <li key={i} className={`demo-entry ${e.kind}${i === current ? ' current' : ''}${e.t > playheadMs ? ' future' : ''}`}
            aria-current={i === current ? 'step' : undefined}>
            <button type="button" className="demo-time" onClick={() => appStore.getState().seek(e.t)}>{formatStamp(e.t)}</button>
            <div className="demo-body">
              {e.kind === 'command' ? <code>$ {e.text}</code> : <span>{e.text}</span>}
              {e.unmet && <span className="demo-unmet"> ({t('demoUnmet')})</span>}
              {e.output && <details><summary>{e.output.split('\n')[0]}</summary><pre>{e.output}</pre></details>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
