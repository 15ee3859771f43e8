// `kubectl patch`, `label`, `annotate` and `set image` against the real engine (texts of kubectl
// cmd/patch, cmd/label, cmd/annotate, cmd/set/set_image.go).
import { describe, expect, test } from 'vitest';
import { engineCluster } from '../testing/engineRun';

const YAML = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: nginx
  replicas: 2
  selector: {matchLabels: {app: nginx}}
  template:
    metadata: {labels: {app: nginx}}
    spec: {containers: [{name: nginx, image: 'registry.k8s.io/nginx-slim:0.24'}]}
`;

function ready() {
  const c = engineCluster(YAML);
  c.run('kubectl apply -f -');
  c.settle();
  return c;
}

describe('kubectl patch', () => {
  test('strategic, merge (YAML flow accepted), json; no change; errors', () => {
    const { run } = ready();
    expect(run(`kubectl patch sts web -p '{"spec":{"replicas":3}}'`)).toBe('statefulset.apps/web patched\n');
    expect(run(`kubectl patch sts/web -p '{"spec":{"replicas":3}}'`)).toBe('statefulset.apps/web patched (no change)\n');
    expect(run(`kubectl patch sts web --type merge -p '{spec: {replicas: 2}}'`)).toBe('statefulset.apps/web patched\n');
    expect(run(`kubectl patch sts web --type json -p '[{"op":"replace","path":"/spec/replicas","value":4}]'`)).toBe('statefulset.apps/web patched\n');
    expect(run(`kubectl patch sts web -p '{"spec":'`)).toBe(
      'error: unable to parse "{"spec":": error converting YAML to JSON: yaml: line 1: found unexpected end of stream\n',
    );
    expect(run(`kubectl patch sts web --type=foo -p '{}'`)).toBe('error: --type must be one of [json merge strategic], not "foo"\n');
    expect(run('kubectl patch sts web')).toBe('error: must specify --patch or --patch-file containing the contents of the patch\n');
    expect(run(`kubectl patch sts nope -p '{}'`)).toBe('Error from server (NotFound): statefulsets.apps "nope" not found\n');
  });
});

describe('kubectl label / annotate', () => {
  test('add, --overwrite rule, remove, not labeled', () => {
    const { run } = ready();
    expect(run('kubectl label pods web-0 app=x')).toBe("error: 'app' already has a value (nginx), and --overwrite is false\n");
    expect(run('kubectl label pods web-0 tier=db')).toBe('pod/web-0 labeled\n');
    expect(run('kubectl label pods web-0 tier=db')).toBe('pod/web-0 not labeled\n');
    expect(run('kubectl label pod/web-0 tier=web --overwrite')).toBe('pod/web-0 labeled\n');
    expect(run('kubectl label pods web-0 tier-')).toBe('pod/web-0 unlabeled\n');
    expect(run('kubectl label pods web-0 zzz-')).toBe('pod/web-0 not labeled\nlabel "zzz" not found.\n');
    expect(run('kubectl label pods web-0')).toBe('error: at least one label update is required\n');
    expect(run('kubectl label pods web-0 a=1 a-')).toBe('error: can not both modify and remove a label in the same command\n');
    expect(run('kubectl annotate sts web note=hi')).toBe('statefulset.apps/web annotated\n');
    expect(run('kubectl annotate sts web note=bye')).toBe(
      "error: --overwrite is false but found the following declared annotation(s): 'note' already has a value (hi)\n",
    );
    expect(run('kubectl annotate sts web note=bye --overwrite')).toBe('statefulset.apps/web annotated\n');
    expect(run('kubectl annotate sts web note-')).toBe('statefulset.apps/web annotated\n');
  });
});

describe('kubectl set image', () => {
  test('by container name, *, unknown container', () => {
    const { run } = ready();
    expect(run('kubectl set image sts/web nginx=nginx:1.19')).toBe('statefulset.apps/web image updated\n');
    expect(run('kubectl set image sts/web x=nginx:1.19')).toBe('error: unable to find container named "x"\n');
    expect(run("kubectl set image statefulset web '*=nginx:1.20'")).toBe('statefulset.apps/web image updated\n');
    expect(run('kubectl set image pod/web-0 nginx=nginx:1.21')).toBe('pod/web-0 image updated\n');
    expect(run('kubectl set env sts/web A=1')).toBe('error: "kubectl set env" is not simulated by Podium yet\n');
  });
});
