// Small builders for admission tests.
import type { KObject } from '../../../api/types';
import { apiErrorMessage } from '../../../api/errors';
import type { Admission } from '../../admission';

type Over = Record<string, unknown>;

export function sts(spec: Over = {}, name = 'web'): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name, namespace: 'default' },
    spec: {
      serviceName: 'nginx',
      replicas: 3,
      selector: { matchLabels: { app: 'nginx' } },
      template: {
        metadata: { labels: { app: 'nginx' } },
        spec: { containers: [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.24', ports: [{ containerPort: 80, name: 'web' }] }] },
      },
      ...spec,
    },
  };
}

export function deploy(spec: Over = {}, name = 'nginx'): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: {
      selector: { matchLabels: { app: 'nginx' } },
      template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }] } },
      ...spec,
    },
  };
}

export function pod(spec: Over = {}, name = 'web-0'): KObject {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' },
    spec: { containers: [{ name: 'nginx', image: 'nginx' }], ...spec },
  };
}

export function svc(spec: Over = {}, name = 'nginx'): KObject {
  return {
    apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' },
    spec: { selector: { app: 'nginx' }, ports: [{ port: 80, name: 'web' }], ...spec },
  };
}

export function pvc(spec: Over = {}, name = 'www-web-0', extra: Over = {}): KObject {
  return {
    apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default' },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...spec },
    ...extra,
  };
}

export function pv(spec: Over = {}, name = 'pv-1'): KObject {
  return {
    apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name },
    spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/mnt/data' }, ...spec },
  };
}

export function sc(extra: Over = {}, name = 'standard', isDefault = false): KObject {
  return {
    apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass',
    metadata: { name, ...(isDefault ? { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } : {}) },
    provisioner: 'rancher.io/local-path',
    ...extra,
  };
}

/** The API error message of a rejected admission ('' when it was admitted). */
export function errorOf(a: Admission): string {
  return a.ok ? '' : apiErrorMessage(a.error);
}

/** The admitted object (throws when rejected, with the message). */
export function objectOf(a: Admission): KObject {
  if (!a.ok) throw new Error('rejected: ' + apiErrorMessage(a.error));
  return a.object;
}
