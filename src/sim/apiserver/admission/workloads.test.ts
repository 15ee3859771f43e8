import { describe, expect, it } from 'vitest';
import { fakeView } from '../../../testing/fakeView';
import { admitCreate, admitUpdate, validatePodSpecCauses } from '../admission';
import { deploy, errorOf, objectOf, pod } from './testing/builders';

const view = fakeView([]);
const head = 'Deployment "nginx" is invalid: ';
const tmpl = (podSpec: Record<string, unknown>, labels: Record<string, string> = { app: 'nginx' }) =>
  ({ template: { metadata: { labels }, spec: podSpec } });

describe('Deployment', () => {
  it('defaults strategy, limits and the pod template', () => {
    const spec = objectOf(admitCreate(deploy(), view)).spec as Record<string, unknown>;
    expect(spec).toMatchObject({
      replicas: 1, revisionHistoryLimit: 10, progressDeadlineSeconds: 600,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      template: { spec: { restartPolicy: 'Always', containers: [{ imagePullPolicy: 'IfNotPresent' }] } },
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['selector missing', { selector: undefined },
      head + '\n* spec.selector: Required value\n* spec.template.metadata.labels: Invalid value: {"app":"nginx"}: `selector` does not match template `labels`'],
    ['empty selector', { selector: {} }, head + 'spec.selector: Invalid value: {}: empty selector is invalid for deployment'],
    ['missing image', tmpl({ containers: [{ name: 'nginx' }] }), head + 'spec.template.spec.containers[0].image: Required value'],
    ['no containers', tmpl({ containers: [] }), head + 'spec.template.spec.containers: Required value'],
    ['missing container name', tmpl({ containers: [{ image: 'nginx' }] }), head + 'spec.template.spec.containers[0].name: Required value'],
    ['restartPolicy Never', tmpl({ restartPolicy: 'Never', containers: [{ name: 'n', image: 'nginx' }] }),
      head + 'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"'],
    ['unknown strategy', { strategy: { type: 'Foo' } }, head + 'spec.strategy.type: Unsupported value: "Foo": supported values: "Recreate", "RollingUpdate"'],
    ['Recreate with rollingUpdate', { strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } },
      head + "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"],
    ['both zero', { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } } },
      head + 'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0'],
    ['over 100%', { strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '150%' } } },
      head + 'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "150%": must not be greater than 100%'],
    ['negative surge', { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: -1 } } },
      head + 'spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0'],
    ['progress deadline', { minReadySeconds: 700 },
      head + 'spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds'],
    ['volume mount without volume', tmpl({ containers: [{ name: 'n', image: 'nginx', volumeMounts: [{ name: 'html', mountPath: '/usr/share/nginx/html' }] }] }),
      head + 'spec.template.spec.containers[0].volumeMounts[0].name: Not found: "html"'],
  ])('%s', (_name, spec, want) => {
    expect(errorOf(admitCreate(deploy(spec), view))).toBe(want);
  });

  it('accepts a dotted name (DNS subdomain) and rejects capitals with the subdomain text', () => {
    expect(admitCreate(deploy({}, 'nginx.v1'), view).ok).toBe(true);
    expect(errorOf(admitCreate(deploy({}, 'Nginx'), view))).toBe(
      'Deployment "Nginx" is invalid: metadata.name: Invalid value: "Nginx": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\', and must start and end with an alphanumeric character (e.g. \'example.com\', regex used for validation is \'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\')');
  });

  it('the selector is immutable', () => {
    const stored = objectOf(admitCreate(deploy(), view));
    const next = deploy({ selector: { matchLabels: { app: 'x' } }, ...tmpl({ containers: [{ name: 'nginx', image: 'nginx:1.25' }] }, { app: 'x' }) });
    expect(errorOf(admitUpdate(next, stored, view))).toBe(head + 'spec.selector: Invalid value: {"matchLabels":{"app":"x"}}: field is immutable');
  });
});

describe('Pod', () => {
  it('defaults pod fields and admission-plugin fields', () => {
    const spec = objectOf(admitCreate(pod(), view)).spec as Record<string, unknown>;
    expect(spec).toMatchObject({
      restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', schedulerName: 'default-scheduler', terminationGracePeriodSeconds: 30,
      securityContext: {}, enableServiceLinks: true, priority: 0, preemptionPolicy: 'PreemptLowerPriority',
      containers: [{ imagePullPolicy: 'Always', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File' }],
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
    });
  });

  it('defaults probes', () => {
    const p = pod({ containers: [{ name: 'n', image: 'nginx:1.25', readinessProbe: { httpGet: { port: 80 } } }] });
    const c = ((objectOf(admitCreate(p, view)).spec as { containers: Record<string, unknown>[] }).containers)[0];
    expect(c?.['readinessProbe']).toEqual({
      httpGet: { port: 80, path: '/', scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3,
    });
    expect(c?.['imagePullPolicy']).toBe('IfNotPresent');
  });

  it('reports a missing image the way the StatefulSet controller quotes it', () => {
    expect(errorOf(admitCreate(pod({ containers: [{ name: 'nginx' }] }), view))).toBe('Pod "web-0" is invalid: spec.containers[0].image: Required value');
    expect(validatePodSpecCauses({ spec: { containers: [{ name: 'nginx' }], restartPolicy: 'Always', dnsPolicy: 'ClusterFirst' } })
      .map((c) => c.message)).toEqual(['spec.containers[0].image: Required value']);
  });

  it('validates port protocol and duplicate container names', () => {
    const p = pod({ containers: [{ name: 'a', image: 'nginx', ports: [{ containerPort: 80, protocol: 'HTTP' }] }, { name: 'a', image: 'nginx' }] });
    expect(errorOf(admitCreate(p, view))).toBe('Pod "web-0" is invalid: \n' +
      '* spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"\n' +
      '* spec.containers[1].name: Duplicate value: "a"');
  });

  it('only allows image changes on update', () => {
    const stored = objectOf(admitCreate(pod(), view));
    const withImage = JSON.parse(JSON.stringify(stored));
    withImage.spec.containers[0].image = 'nginx:1.26';
    expect(admitUpdate(withImage, stored, view).ok).toBe(true);
    const withPolicy = JSON.parse(JSON.stringify(stored));
    withPolicy.spec.restartPolicy = 'Never';
    expect(errorOf(admitUpdate(withPolicy, stored, view))).toMatch(/^Pod "web-0" is invalid: spec: Forbidden: pod updates may not change fields other than/);
  });
});
