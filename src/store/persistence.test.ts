import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { STORAGE_KEY } from './persistence';
import { fakeDeps, memoryStorage } from './testing/fakeDeps';

describe('workspace persistence', () => {
  it('round-trips text, action log, playhead and live edge', () => {
    const storage = memoryStorage();
    const a = createAppStore(fakeDeps(), storage);
    a.store.getState().setText('kind: Pod\n');
    a.store.getState().perform({ type: 'fault', fault: { type: 'node-down', node: 'node-2' } }, 'kubectl apply -f -');
    for (let i = 0; i < 20; i++) a.store.getState().tick(250);
    a.store.getState().seek(2000);
    a.flush();
    a.dispose();

    const b = createAppStore(fakeDeps(), storage).store.getState();
    expect(b.text).toBe('kind: Pod\n');
    expect(b.timeline?.log.actions.map((x) => x.command)).toEqual(['kubectl apply -f -']);
    expect(b.timeline?.frames).toHaveLength(4);
    expect([b.playheadMs, b.liveEdgeMs]).toEqual([2000, 3000]);
    expect(b.notices).toHaveLength(0);
  });

  it('round-trips the editor tabs and the active tab; an old save without tabs opens as one tab', () => {
    const storage = memoryStorage();
    const a = createAppStore(fakeDeps(), storage);
    a.store.getState().addFile('pv.yaml', 'kind: PersistentVolume\n');
    a.store.getState().selectFile('web.yaml');
    a.flush();
    a.dispose();
    const b = createAppStore(fakeDeps(), storage).store.getState();
    expect(b.files.map((f) => f.name)).toEqual(['web.yaml', 'pv.yaml']);
    expect(b.files[1]?.text).toBe('kind: PersistentVolume\n');
    expect(b.activeFile).toBe('web.yaml');

    const old = memoryStorage();
    old.setItem(STORAGE_KEY, JSON.stringify({ version: 1, text: 'kind: Old\n', log: { seed: 1, config: {}, actions: [] }, playheadMs: 0, liveEdgeMs: 0 }));
    const c = createAppStore(fakeDeps(), old).store.getState();
    expect(c.files).toEqual([{ name: 'web.yaml', text: 'kind: Old\n' }]);
    expect(c.text).toBe('kind: Old\n');
  });

  it.each([
    ['not JSON', '{oops'],
    ['wrong shape', JSON.stringify({ version: 1, text: 'keep me', log: { seed: 'x' }, playheadMs: 0, liveEdgeMs: 0 })],
    ['engine refuses', JSON.stringify({ version: 1, text: 'keep me', log: { seed: 666, config: {}, actions: [] }, playheadMs: 0, liveEdgeMs: 0 })],
    ['array', '[]'],
  ])('corrupt saved state (%s) starts fresh with a notice', (_name, raw) => {
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    const s = createAppStore(fakeDeps(), storage).store.getState();
    expect(s.timeline?.frames).toHaveLength(0);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]!.text).toMatch(/could not be restored/);
    if (raw.includes('keep me')) expect(s.text).toBe('keep me');
  });

  it('works without storage at all (storage throws), and says at once that the work is not saved', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => {} };
    const a = createAppStore(fakeDeps(), broken);
    a.store.getState().setText('x');
    expect(() => a.flush()).not.toThrow();
    expect(a.store.getState().notices).toHaveLength(1);
    expect(a.store.getState().notices[0]!.action).toBe('downloadScenario');
  });

  it('a full storage (quota) is said once, with Download scenario offered, and work goes on in memory', () => {
    const full = memoryStorage();
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const a = createAppStore(fakeDeps(), { ...full, setItem: () => { throw quota; } });
    a.store.getState().setText('first');
    a.flush();
    a.store.getState().setText('second');
    a.flush();
    const notices = a.store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]!.tone).toBe('error');
    expect(notices[0]!.text).toMatch(/could not be saved in this browser \(storage is full\)/);
    expect(notices[0]!.action).toBe('downloadScenario');
    expect(a.store.getState().text).toBe('second');
  });

  it('two tabs (or frames) keep their own workspaces; a new tab starts from the latest', () => {
    const storage = memoryStorage();
    const one = createAppStore(fakeDeps(), storage, { workspaceKey: 'podium.workspace.v1.tab.one' });
    const two = createAppStore(fakeDeps(), storage, { workspaceKey: 'podium.workspace.v1.tab.two' });
    one.store.getState().setText('tab one');
    one.flush();
    two.store.getState().setText('tab two');
    two.flush();
    one.flush(); // one saves again after two: it must not take two's text
    expect(createAppStore(fakeDeps(), storage, { workspaceKey: 'podium.workspace.v1.tab.one' }).store.getState().text).toBe('tab one');
    expect(createAppStore(fakeDeps(), storage, { workspaceKey: 'podium.workspace.v1.tab.two' }).store.getState().text).toBe('tab two');
    expect(createAppStore(fakeDeps(), storage, { workspaceKey: 'podium.workspace.v1.tab.new' }).store.getState().text).toBe('tab one');
  });

  const saved = (over: Record<string, unknown>, log: Record<string, unknown> = {}) => JSON.stringify({
    version: 1, text: 'keep me', playheadMs: 1000, liveEdgeMs: 3000, speed: 2,
    log: { seed: 1, config: { nodes: 3, defaultStorageClass: 'standard', featureGates: {} },
      actions: [{ afterFrame: -1, atMs: 0, command: 'Stop node', request: { type: 'fault', fault: { type: 'node-down', node: 'node-2' } } }], ...log },
    ...over,
  });

  it.each([
    ['an absurd playhead', saved({ playheadMs: 1e300 }), /the playhead was out of range and is now at the end/],
    ['a playhead past the end', saved({ playheadMs: 9000 }), /the playhead was out of range/],
    ['a bad speed', saved({ speed: -3 }), /the playback speed was invalid and is back to 2×/],
    ['a damaged action', saved({}, { actions: [
      { afterFrame: -1, atMs: 0, command: 'Stop node', request: { type: 'fault', fault: { type: 'node-down', node: 'node-2' } } },
      { afterFrame: 2, atMs: 'soon', command: 'x', request: { type: 'scale' } },
      { afterFrame: 3, atMs: 2000, command: 'y', request: { type: 'fault', fault: { type: 'node-up', node: 'node-2' } } },
    ] }), /2 of 3 actions were damaged and dropped \(from action 2 on\)/],
  ])('restoring checks every value: %s is dropped and said in plain words', (_name, raw, said) => {
    const s = createAppStore(fakeDeps(), memoryStorage({ [STORAGE_KEY]: raw })).store.getState();
    expect(s.text).toBe('keep me');
    expect(s.timeline!.log.actions.length).toBe(1);
    expect(s.playheadMs).toBeLessThanOrEqual(s.liveEdgeMs);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]!.text).toMatch(said);
    expect(s.notices[0]!.text).not.toMatch(/Error|undefined|NaN|Infinity/);
  });

  it('an engine that refuses the history is said in plain words, never with its exception text', () => {
    const s = createAppStore(fakeDeps(), memoryStorage({ [STORAGE_KEY]: saved({}, { seed: 666 }) })).store.getState();
    expect(s.notices[0]!.text).toBe('Your saved workspace could not be restored: its history could not be replayed. Your editor text is kept; the cluster starts fresh.');
    expect(s.text).toBe('keep me');
  });
});
