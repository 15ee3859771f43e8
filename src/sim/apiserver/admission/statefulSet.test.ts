import { describe, expect, it } from 'vitest';
import { fakeView, TEST_CONFIG } from '../../../testing/fakeView';
import { admitCreate, admitUpdate } from '../admission';
import { errorOf, objectOf, sts } from './testing/builders';

const view = fakeView([]);
const head = 'StatefulSet "web" is invalid: ';
const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('StatefulSet defaulting', () => {
  it('defaults the demo StatefulSet web with its www claim template', () => {
    const web = sts({
      volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
    });
    const spec = objectOf(admitCreate(web, view)).spec as Record<string, unknown>;
    expect(spec).toMatchObject({
      replicas: 3,
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      revisionHistoryLimit: 10,
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
    });
    expect(spec['updateStrategy']).toEqual({ type: 'RollingUpdate', rollingUpdate: { partition: 0 } });
    expect(spec['volumeClaimTemplates']).toEqual([{
      apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'www' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, volumeMode: 'Filesystem' },
      status: { phase: 'Pending' },
    }]);
    const podSpec = (spec['template'] as { spec: Record<string, unknown> }).spec;
    expect(podSpec).toEqual({
      containers: [{
        name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.24', imagePullPolicy: 'IfNotPresent',
        ports: [{ containerPort: 80, name: 'web', protocol: 'TCP' }],
        terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
      }],
      restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', schedulerName: 'default-scheduler',
      securityContext: {}, terminationGracePeriodSeconds: 30,
    });
  });

  it('does not mutate the input', () => {
    const web = sts();
    const before = JSON.stringify(web);
    admitCreate(web, view);
    expect(JSON.stringify(web)).toBe(before);
  });

  it('keeps an explicit RollingUpdate without rollingUpdate as upstream does, and fills partition when given', () => {
    expect((objectOf(admitCreate(sts({ updateStrategy: { type: 'RollingUpdate' } }), view)).spec as { updateStrategy: unknown }).updateStrategy)
      .toEqual({ type: 'RollingUpdate' });
    expect((objectOf(admitCreate(sts({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } }), view)).spec as { updateStrategy: unknown }).updateStrategy)
      .toEqual({ type: 'RollingUpdate', rollingUpdate: { partition: 2 } });
  });

  it('MaxUnavailableStatefulSet: dropped when the gate is off, defaulted to 1 when on', () => {
    const withMax = sts({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 2 } } });
    expect((objectOf(admitCreate(withMax, view)).spec as { updateStrategy: unknown }).updateStrategy)
      .toEqual({ type: 'RollingUpdate', rollingUpdate: { partition: 0 } });
    const on = fakeView([], 0, { config: { ...TEST_CONFIG, featureGates: { MaxUnavailableStatefulSet: true } } });
    expect((objectOf(admitCreate(sts(), on)).spec as { updateStrategy: unknown }).updateStrategy)
      .toEqual({ type: 'RollingUpdate', rollingUpdate: { partition: 0, maxUnavailable: 1 } });
    expect((objectOf(admitCreate(withMax, on)).spec as { updateStrategy: unknown }).updateStrategy)
      .toEqual({ type: 'RollingUpdate', rollingUpdate: { partition: 0, maxUnavailable: 2 } });
  });
});

describe('StatefulSet validation on create', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['selector missing gives two causes', { selector: undefined },
      head + '\n* spec.selector: Required value\n* spec.template.metadata.labels: Invalid value: {"app":"nginx"}: `selector` does not match template `labels`'],
    ['empty selector', { selector: {} }, head + 'spec.selector: Invalid value: {}: empty selector is invalid for statefulset'],
    ['selector does not match', { selector: { matchLabels: { app: 'web' } } },
      head + 'spec.template.metadata.labels: Invalid value: {"app":"nginx"}: `selector` does not match template `labels`'],
    ['negative replicas', { replicas: -1 }, head + 'spec.replicas: Invalid value: -1: must be greater than or equal to 0'],
    ['negative minReadySeconds', { minReadySeconds: -1 }, head + 'spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0'],
    ['negative ordinals.start', { ordinals: { start: -1 } }, head + 'spec.ordinals.start: Invalid value: -1: must be greater than or equal to 0'],
    ['negative partition', { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: -1 } } },
      head + 'spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0'],
    ['bad podManagementPolicy', { podManagementPolicy: 'Foo' },
      head + "spec.podManagementPolicy: Invalid value: \"Foo\": must be 'OrderedReady' or 'Parallel'"],
    ['OnDelete with rollingUpdate', { updateStrategy: { type: 'OnDelete', rollingUpdate: { partition: 0 } } },
      head + 'spec.updateStrategy.rollingUpdate: Invalid value: {"Partition":0,"MaxUnavailable":null}: only allowed for updateStrategy \'RollingUpdate\''],
    ['unknown updateStrategy type', { updateStrategy: { type: 'Recreate' } },
      head + 'spec.updateStrategy: Invalid value: {"Type":"Recreate","RollingUpdate":null}: must be \'RollingUpdate\' or \'OnDelete\''],
    ['retention policy', { persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Keep' } },
      head + 'spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: "Keep": supported values: "Retain", "Delete"'],
  ])('%s', (_name, spec, want) => {
    expect(errorOf(admitCreate(sts(spec), view))).toBe(want);
  });

  it('template restartPolicy and activeDeadlineSeconds', () => {
    const t = (podSpec: Record<string, unknown>) => sts({
      template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }], ...podSpec } },
    });
    expect(errorOf(admitCreate(t({ restartPolicy: 'OnFailure' }), view)))
      .toBe(head + 'spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"');
    expect(errorOf(admitCreate(t({ activeDeadlineSeconds: 10 }), view)))
      .toBe(head + 'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in StatefulSet is not Supported');
  });

  it('does not validate the pod spec or the claim templates (accepted, fails later in the controller)', () => {
    const noImage = sts({
      template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx' }] } },
      volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { resources: { requests: { storage: '1Gi' } } } }],
    });
    expect(admitCreate(noImage, view).ok).toBe(true);
  });

  it('names must be DNS-1123 labels', () => {
    expect(errorOf(admitCreate(sts({}, 'Web'), view))).toBe('StatefulSet "Web" is invalid: metadata.name: Invalid value: "Web": ' + LABEL_MSG);
    expect(errorOf(admitCreate(sts({}, 'web.v1'), view))).toBe('StatefulSet "web.v1" is invalid: metadata.name: Invalid value: "web.v1": ' + LABEL_MSG);
    const long = 'a'.repeat(64);
    expect(errorOf(admitCreate(sts({}, long), view))).toBe(`StatefulSet "${long}" is invalid: metadata.name: Invalid value: "${long}": must be no more than 63 characters`);
    expect(admitCreate(sts({}, '1web'), view).ok).toBe(true);
  });
});

describe('StatefulSet update', () => {
  const stored = objectOf(admitCreate(sts({
    volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
  }), view));
  const forbidden = head + "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";
  const change = (patch: Record<string, unknown>) => ({ ...stored, spec: { ...(stored.spec as object), ...patch } });

  it.each<[string, Record<string, unknown>]>([
    ['podManagementPolicy', { podManagementPolicy: 'Parallel' }],
    ['serviceName', { serviceName: 'other' }],
    ['volumeClaimTemplates storage', {
      volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '2Gi' } } } }],
    }],
  ])('forbids changing %s', (_name, patch) => {
    expect(errorOf(admitUpdate(change(patch), stored, view))).toBe(forbidden);
  });

  it.each<[string, Record<string, unknown>]>([
    ['replicas', { replicas: 5 }],
    ['revisionHistoryLimit', { revisionHistoryLimit: 3 }],
    ['minReadySeconds', { minReadySeconds: 10 }],
    ['updateStrategy', { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } }],
    ['retention', { persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Delete' } }],
  ])('allows changing %s', (_name, patch) => {
    expect(errorOf(admitUpdate(change(patch), stored, view))).toBe('');
  });

  it('patching type OnDelete alone fails with the defaulted rollingUpdate (tutorial trap)', () => {
    const patched = change({ updateStrategy: { type: 'OnDelete', rollingUpdate: { partition: 0 } } });
    expect(errorOf(admitUpdate(patched, stored, view)))
      .toBe(head + 'spec.updateStrategy.rollingUpdate: Invalid value: {"Partition":0,"MaxUnavailable":null}: only allowed for updateStrategy \'RollingUpdate\'');
    expect(admitUpdate(change({ updateStrategy: { type: 'OnDelete' } }), stored, view).ok).toBe(true);
  });

  it('name changes are immutable', () => {
    const renamed = { ...stored, metadata: { ...stored.metadata, name: 'web2' } };
    expect(errorOf(admitUpdate(renamed, stored, view))).toBe('StatefulSet "web2" is invalid: metadata.name: Invalid value: "web2": field is immutable');
  });
});
