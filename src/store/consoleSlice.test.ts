import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { fakeDeps } from './testing/fakeDeps';
import type { Deps } from './deps';
import { realDeps } from './realDeps';
import { installTestApi } from '../e2eApi';

describe('console', () => {
  it('prints the command and its output; read-only commands create no frames', () => {
    const { store } = createAppStore(fakeDeps());
    store.getState().runCommand('get pods');
    expect(store.getState().consoleLines.map((l) => [l.kind, l.text])).toEqual([
      ['command', '$ kubectl get pods'], ['stdout', 'NAME'], ['stdout', 'web-0'],
    ]);
    expect(store.getState().timeline?.frames).toHaveLength(0);
    expect(store.getState().history).toEqual(['get pods']);
  });

  it('sends request plans through the timeline', () => {
    const deps = fakeDeps();
    const { store } = createAppStore(deps);
    store.getState().runCommand('kubectl scale sts web --replicas=1');
    expect(deps.calls).toEqual(['act kubectl scale sts web --replicas=1 after=-1 at=0']);
    expect(store.getState().consoleLines.at(-1)?.text).toBe('done');
  });

  it('submits multi-request plans in order and renders all results (kubectl drain)', () => {
    const target = { kind: 'Node' as const, namespace: '', name: 'node-1' };
    const deps = fakeDeps({
      plan: () => ({
        type: 'requests',
        requests: [
          { type: 'patch', target, patchType: 'merge', patch: { spec: { unschedulable: true } } },
          { type: 'delete', targets: [{ kind: 'Pod', namespace: 'default', name: 'web-1' }] },
        ],
        render: (results) => ({ stdout: `results ${results.length}\n`, stderr: '', exitCode: 0 }),
      }),
    });
    const { store } = createAppStore(deps);
    store.getState().runCommand('drain node-1');
    expect(deps.calls).toEqual(['act kubectl drain node-1 after=-1 at=0', 'act kubectl drain node-1 after=0 at=0']);
    expect(store.getState().consoleLines.at(-1)?.text).toBe('results 2');
  });
});

describe('editor apply', () => {
  it('structural problems stop the apply and keep the text', () => {
    const deps = fakeDeps();
    const { store } = createAppStore(deps);
    store.getState().setText('a:\n\tb');
    store.getState().applyEditor();
    expect(deps.calls).toEqual([]);
    expect(store.getState().applyProblems.map((p) => [p.line, p.message, p.owner])).toEqual([[2, 'tabs are not allowed', 'podium']]);
    expect(store.getState().text).toBe('a:\n\tb');
  });

  it('API errors become problems at the located field', () => {
    const deps: Deps = { ...fakeDeps(), act: (tl) => ({
      timeline: tl,
      discardedFrames: 0,
      result: { warnings: [], items: [{ ref: { kind: 'StatefulSet', namespace: 'default', name: 'web' }, index: 1, error: { reason: 'BadRequest', message: 'strict decoding error: unknown field "spec.replicaz"' } }] },
    }) };
    const { store } = createAppStore(deps);
    store.getState().applyEditor();
    const [p] = store.getState().applyProblems;
    expect(p?.line).toBe(3);
    expect(p?.message).toMatch(/unknown field "spec.replicaz"/);
  });
});

describe('console sessions on the real engine', () => {
  const texts = (s: { consoleLines: readonly { text: string }[] }) => s.consoleLines.map((l) => l.text);
  function demo() {
    const app = createAppStore(realDeps);
    app.store.getState().applyEditor();
    installTestApi(app.store).runToEnd();
    app.store.getState().clearConsole();
    return app.store;
  }
  const ip = (store: ReturnType<typeof demo>, pod: string) => {
    const s = store.getState();
    const tl = s.timeline!;
    const snap = realDeps.snapshotAt(tl, realDeps.frameIndexAt(tl, s.playheadMs));
    return (snap.objects.Pod[`default/${pod}`] as { status?: { podIP?: string } } | undefined)?.status?.podIP;
  };

  it('the seed session: run -it busybox, nslookup, exit deletes the pod', () => {
    const store = demo();
    const { runCommand } = store.getState();
    runCommand('kubectl run -it --image=busybox:1.28.4 --rm --restart=Never sh');
    expect(store.getState().consoleShell?.prompt).toBe('/ # ');
    runCommand('nslookup web-0.nginx');
    runCommand('cat /etc/resolv.conf');
    runCommand('nslookup nope');
    runCommand('exit');
    expect(store.getState().consoleShell).toBeNull();
    expect(texts(store.getState())).toEqual([
      '$ kubectl run -it --image=busybox:1.28.4 --rm --restart=Never sh',
      "If you don't see a command prompt, try pressing enter.",
      '/ # nslookup web-0.nginx',
      'Server:    10.96.0.10',
      'Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local',
      '',
      'Name:      web-0.nginx',
      `Address 1: ${ip(store, 'web-0')} web-0.nginx.default.svc.cluster.local`,
      '/ # cat /etc/resolv.conf',
      'search default.svc.cluster.local svc.cluster.local cluster.local',
      'nameserver 10.96.0.10',
      'options ndots:5',
      '/ # nslookup nope',
      'Server:    10.96.0.10',
      'Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local',
      '',
      "nslookup: can't resolve 'nope'",
      '/ # exit',
      'pod "sh" deleted from default namespace',
      'pod default/sh terminated (Error)',
    ]);
  });

  it('one-shot run --rm and exec -it bash into nginx', () => {
    const store = demo();
    store.getState().runCommand('kubectl run dns-test --image=busybox:1.28 --restart=Never --rm -it -- nslookup web-9.nginx');
    expect(texts(store.getState()).slice(-3)).toEqual(["nslookup: can't resolve 'web-9.nginx'", 'pod "dns-test" deleted from default namespace', 'pod default/dns-test terminated (Error)']);
    store.getState().clearConsole();
    store.getState().runCommand('exec -it web-1 -- bash');
    store.getState().runCommand('hostname -f');
    store.getState().runCommand('nslookup web-0.nginx');
    store.getState().runCommand('exit 3');
    expect(texts(store.getState()).slice(1)).toEqual([
      'root@web-1:/# hostname -f', 'web-1.nginx.default.svc.cluster.local',
      'root@web-1:/# nslookup web-0.nginx', 'bash: nslookup: command not found',
      'root@web-1:/# exit 3', 'command terminated with exit code 3',
    ]);
  });

  it('get pods -w streams rows as the playhead passes them; seeking back truncates; Ctrl+C stops', () => {
    const store = demo();
    store.getState().seek(0);
    store.getState().runCommand('kubectl get pods -w');
    expect(texts(store.getState())).toEqual(['$ kubectl get pods -w']);
    const end = store.getState().liveEdgeMs;
    store.getState().seek(end);
    const full = texts(store.getState());
    expect(full[1]).toMatch(/^web-0 +0\/1 +Pending/);
    expect(full.at(-1)).toMatch(/^web-2 +1\/1 +Running/);
    store.getState().seek(Math.floor(end / 2));
    const half = texts(store.getState());
    expect(half.length).toBeLessThan(full.length);
    expect(full.slice(0, half.length)).toEqual(half);
    store.getState().seek(end);
    expect(texts(store.getState())).toEqual(full);
    store.getState().interrupt();
    expect(texts(store.getState()).at(-1)).toBe('^C');
    store.getState().seek(0);
    expect(texts(store.getState()).at(-1)).toBe('^C');
  });
});
