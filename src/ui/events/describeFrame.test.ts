import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../store/createAppStore';
import { realDeps } from '../../store/realDeps';
import { installTestApi } from '../../e2eApi';
import { describeFrame } from './describeFrame';
import { formatReason } from '../i18n';

describe('event list lines', () => {
  it('read like kubectl get -w, with the reason', () => {
    const { store } = createAppStore(realDeps);
    const api = installTestApi(store);
    store.getState().applyEditor();
    api.runToEnd();
    const lines = store.getState().timeline!.frames.map(describeFrame);
    expect(lines[0]).toMatchObject({ user: true, actor: 'kubectl apply -f -' });
    expect(lines[0]!.rows.map((r) => `${r.resource}/${r.text}`)).toEqual(['service/nginx created', 'statefulset.apps/web created']);
    const rows = lines.flatMap((l) => l.rows.filter((r) => r.resource === 'pod').map((r) => r.text));
    expect(rows[0]).toMatch(/^web-0\s+0\/1\s+Pending\s+0\s+0s$/);
    expect(rows.some((r) => /^web-2\s+1\/1\s+Running/.test(r))).toBe(true);
    expect(lines.every((l) => formatReason(l.why).length > 0)).toBe(true);
  });
});
