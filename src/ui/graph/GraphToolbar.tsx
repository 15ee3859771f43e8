// Fit, and export of the current view as PNG / SVG (for slides). A strip above the canvas, inside the provider.
import { useState, type RefObject } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { Legend } from './Legend';
import { appStore } from '../../store/useAppStore';
import { t } from '../i18n';
import { download, svgDataUrl, viewToPng, viewToSvg } from './exportView';
import type { GraphMode } from './farZoom';
import { NodeChips } from './NodeChips';
import { useAppStore } from '../../store/useAppStore';

const selectShowSystem = (s: { showSystem: boolean }) => s.showSystem;
const selectWiden = (s: { prefs: { widenWhilePlaying: boolean } }) => s.prefs.widenWhilePlaying;

const selectZoomPercent = (s: { transform: [number, number, number] }) => Math.round(s.transform[2] * 100);

const stamp = () => `podium-graph-${Math.round(appStore.getState().playheadMs / 1000)}s`;

export function GraphToolbar({ container, onFit, mode }: { container: RefObject<HTMLDivElement | null>; onFit: () => void; mode: GraphMode }) {
  const [busy, setBusy] = useState(false);
  const zoom = useStore(selectZoomPercent);
  const showSystem = useAppStore(selectShowSystem);
  const widen = useAppStore(selectWiden);
  const { zoomIn, zoomOut } = useReactFlow();
  const flowEl = () => container.current?.querySelector<HTMLElement>('.react-flow') ?? null;

  const exportSvg = () => {
    const el = flowEl();
    if (el) download(svgDataUrl(viewToSvg(el).svg), `${stamp()}.svg`);
  };
  const exportPng = async () => {
    const el = flowEl();
    if (!el) return;
    setBusy(true);
    try {
      download(await viewToPng(el), `${stamp()}.png`);
    } catch (err) {
      appStore.getState().notify('error', `PNG export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="graph-toolbar" role="toolbar" aria-label={t('graphToolbar')}>
      <button type="button" onClick={onFit}>{t('graphFit')}</button>
      <button type="button" className="graph-zoom" aria-label={t('graphZoomOut')} title={t('graphZoomOut')} onClick={() => void zoomOut({ duration: 150 })}>−</button>
      <button type="button" className="graph-zoom" aria-label={t('graphZoomIn')} title={t('graphZoomIn')} onClick={() => void zoomIn({ duration: 150 })}>+</button>
      <button type="button" onClick={() => void exportPng()} disabled={busy}>{t('graphExportPng')}</button>
      <button type="button" onClick={exportSvg}>{t('graphExportSvg')}</button>
      <button type="button" aria-pressed={showSystem} title={t('graphShowSystemHint')}
        onClick={() => appStore.getState().setShowSystem(!showSystem)}>{t('graphShowSystem')}</button>
      <button type="button" className="graph-widen" aria-pressed={widen} aria-label={t('widenWhilePlaying')} title={t('widenWhilePlayingHint')}
        onClick={() => appStore.getState().setPrefs({ widenWhilePlaying: !widen })}>⇔</button>
      <Legend />
      <NodeChips />
      {mode === 'overview' && <span className="graph-overview">{t('graphOverview', { zoom })}</span>}
      {mode === 'crowded' && <span className="graph-overview">{t('graphCrowded')}</span>}
    </div>
  );
}
