// Every command of the seed posts (/work/shared/seeds), typed verbatim in the page console, in the workspace a
// learner following the post has: its three files as tabs, a cluster without dynamic provisioning.
import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { realDeps } from './realDeps';
import { installTestApi } from '../e2eApi';
import { SEED_DEPLOYMENT, SEED_PV_FILE, SEED_STATEFULSET_FILE } from '../examples/seedManifests';

/** The seed posts' commands, in order (post 000 then post 001), exactly as written there. */
const SEED_COMMANDS = [
  'kubectl apply -f  statefulset-pv.yaml',
  'kubectl get pv -w',
  'kubectl apply -f  test-statefulset.yaml',
  'kubectl get pvc -w',
  'kubectl get pod -w',
  'kubectl apply -f  test-deployment.yaml',
  'kubectl get pod -w',
  'kubectl delete pod statefulset-test-2',
  'kubectl get pod -w -o wide',
  'kubectl delete pod mynginx-5966bfc495-hzk9t',
  'kubectl apply -f test-statefulset.yaml',
  'kubectl get pod -w',
  'kubectl describe pod statefulset-test-2|grep Image',
  'kubectl describe pod statefulset-test-0|grep Image',
  'kubectl get pod -w -o wide',
  'kubectl delete -f test-deployment.yaml',
  'kubectl get pod -w',
  'kubectl rollout undo deploymentname',
  'kubectl run -it --image=busybox:1.28.4 --rm --restart=Never sh',
];

describe('the seed commands typed verbatim in the page console', () => {
  it('each gives what a terminal gives', () => {
    const app = createAppStore(realDeps);
    const s = () => app.store.getState();
    const api = installTestApi(app.store);
    s().resetWorkspace({
      files: [{ name: 'statefulset-pv.yaml', text: SEED_PV_FILE }, { name: 'test-statefulset.yaml', text: SEED_STATEFULSET_FILE }, { name: 'test-deployment.yaml', text: SEED_DEPLOYMENT }],
      config: { ...realDeps.defaultConfig, defaultStorageClass: 'none' },
    });
    const outputs = new Map<number, string[]>();
    SEED_COMMANDS.forEach((command, i) => {
      // The post edits the image to nginx:1.19 before its second apply of test-statefulset.yaml.
      if (i === 10) {
        s().selectFile('test-statefulset.yaml');
        s().setText(SEED_STATEFULSET_FILE.replace('      - image: nginx\n', '      - image: nginx:1.19\n'));
      }
      s().clearConsole();
      s().runCommand(command);
      api.runToEnd();
      outputs.set(i, s().consoleLines.map((l) => l.text));
    });
    const out = (i: number) => outputs.get(i)!;
    expect(out(0)).toEqual(['$ kubectl apply -f  statefulset-pv.yaml', 'persistentvolume/test-0 created', 'persistentvolume/test-1 created', 'persistentvolume/test-2 created']);
    expect(out(1)[1]).toMatch(/^NAME +CAPACITY +ACCESS MODES +RECLAIM POLICY +STATUS/);
    expect(out(2)).toEqual(['$ kubectl apply -f  test-statefulset.yaml', 'service/test-statefulset-svc created', 'statefulset.apps/statefulset-test created']);
    expect(out(5)).toEqual(['$ kubectl apply -f  test-deployment.yaml', 'service/test-nfs-svc created', 'deployment.apps/mynginx created']);
    expect(out(6).slice(1).filter((l) => /^mynginx-\w+-\w{5} +1\/1 +Running/.test(l))).toHaveLength(3);
    expect(out(7)).toEqual(['$ kubectl delete pod statefulset-test-2', 'pod "statefulset-test-2" deleted from default namespace']);
    expect(out(9)).toEqual(['$ kubectl delete pod mynginx-5966bfc495-hzk9t', 'Error from server (NotFound): pods "mynginx-5966bfc495-hzk9t" not found']);
    expect(out(10)).toEqual(['$ kubectl apply -f test-statefulset.yaml', 'service/test-statefulset-svc unchanged', 'statefulset.apps/statefulset-test configured']);
    expect(out(12).slice(1, 3)).toEqual(['    Image:          nginx:1.19', expect.stringMatching(/^ {4}Image ID: {7}docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/)]);
    expect(out(13).slice(1, 3)).toEqual(['    Image:          nginx', expect.stringMatching(/^ {4}Image ID: {7}docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/)]);
    expect(out(13).join('\n')).not.toMatch(/not found/);
    expect(out(15)).toEqual(['$ kubectl delete -f test-deployment.yaml', 'service "test-nfs-svc" deleted from default namespace', 'deployment.apps "mynginx" deleted from default namespace']);
    expect(out(17)).toEqual(['$ kubectl rollout undo deploymentname', 'error: the server doesn\'t have a resource type "deploymentname"']);
    expect(out(18)).toEqual(['$ kubectl run -it --image=busybox:1.28.4 --rm --restart=Never sh', "If you don't see a command prompt, try pressing enter."]);
    expect(s().consoleShell?.prompt).toBe('/ # ');
    // No command was misread: nothing printed a `pods "|" not found` style error or an unknown flag.
    for (const lines of outputs.values()) expect(lines.join('\n')).not.toMatch(/"\||"grep"|unknown flag|unknown shorthand/);
  });
});
