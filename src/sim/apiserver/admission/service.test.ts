import { describe, expect, it } from 'vitest';
import { fakeView } from '../../../testing/fakeView';
import type { KObject } from '../../api/types';
import { admitCreate, admitUpdate } from '../admission';
import { errorOf, objectOf, svc } from './testing/builders';

const view = fakeView([]);
const head = 'Service "nginx" is invalid: ';
const specOf = (o: KObject) => o.spec as Record<string, unknown>;

describe('Service defaulting', () => {
  it('defaults the seed NodePort service with nodePort 30000', () => {
    const seed: KObject = {
      apiVersion: 'v1', kind: 'Service',
      metadata: { name: 'test-statefulset-svc', namespace: 'default', labels: { app: 'test-statefulset' } },
      spec: {
        type: 'NodePort',
        ports: [{ name: 'test-statefulset-port', protocol: 'TCP', port: 80, targetPort: 80, nodePort: 30000 }],
        selector: { app: 'statefulset-test' },
      },
    };
    expect(specOf(objectOf(admitCreate(seed, view)))).toEqual({
      type: 'NodePort',
      ports: [{ name: 'test-statefulset-port', protocol: 'TCP', port: 80, targetPort: 80, nodePort: 30000 }],
      selector: { app: 'statefulset-test' },
      sessionAffinity: 'None', externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack',
    });
  });

  it('defaults a headless service and leaves clusterIP unallocated otherwise', () => {
    const headless = specOf(objectOf(admitCreate(svc({ clusterIP: 'None' }), view)));
    expect(headless).toMatchObject({ type: 'ClusterIP', clusterIP: 'None', clusterIPs: ['None'], ports: [{ port: 80, targetPort: 80, protocol: 'TCP', name: 'web' }] });
    const plain = specOf(objectOf(admitCreate(svc(), view)));
    expect(plain['clusterIP']).toBeUndefined();
    expect(plain['externalTrafficPolicy']).toBeUndefined();
  });
});

describe('Service validation', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['ports required', { ports: [] }, head + 'spec.ports: Required value'],
    ['names required when several', { ports: [{ port: 80, name: 'web' }, { port: 443 }] }, head + 'spec.ports[1].name: Required value'],
    ['duplicate names', { ports: [{ port: 80, name: 'web' }, { port: 81, name: 'web' }] }, head + 'spec.ports[1].name: Duplicate value: "web"'],
    ['port range (targetPort defaults to the bad port too)', { ports: [{ port: 0 }] }, head +
      '\n* spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive\n* spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive'],
    ['port too large', { ports: [{ port: 70000, targetPort: 80 }] }, head + 'spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive'],
    ['protocol', { ports: [{ port: 80, protocol: 'HTTP' }] },
      head + 'spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"'],
    ['nodePort range', { type: 'NodePort', ports: [{ port: 80, nodePort: 8080 }] },
      head + 'spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767'],
    ['None with NodePort', { type: 'NodePort', clusterIP: 'None' },
      head + "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for NodePort services"],
  ])('%s', (_name, spec, want) => {
    expect(errorOf(admitCreate(svc(spec), view))).toBe(want);
  });

  it('headless services may have no ports', () => {
    expect(admitCreate(svc({ clusterIP: 'None', ports: undefined }), view).ok).toBe(true);
  });

  it('a node port used by another service is already allocated', () => {
    const other = objectOf(admitCreate(svc({ type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }, 'other'), view));
    expect(errorOf(admitCreate(svc({ type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }), fakeView([other]))))
      .toBe(head + 'spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated');
  });

  it('names are DNS-1035 labels', () => {
    expect(errorOf(admitCreate(svc({}, '1web'), view))).toBe(
      'Service "1web" is invalid: metadata.name: Invalid value: "1web": a DNS-1035 label must consist of lower case alphanumeric characters or \'-\', start with an alphabetic character, and end with an alphanumeric character (e.g. \'my-name\',  or \'abc-123\', regex used for validation is \'[a-z]([-a-z0-9]*[a-z0-9])?\')');
  });
});

describe('Service update', () => {
  const stored: KObject = { ...objectOf(admitCreate(svc(), view)) };
  const allocated: KObject = { ...stored, spec: { ...specOf(stored), clusterIP: '10.96.0.20', clusterIPs: ['10.96.0.20'] } };

  it('clusterIP may not change to None', () => {
    const next = { ...allocated, spec: { ...specOf(allocated), clusterIP: 'None', clusterIPs: ['None'] } };
    expect(errorOf(admitUpdate(next, allocated, view))).toBe(head + 'spec.clusterIPs[0]: Invalid value: ["None"]: may not change once set');
  });

  it('the primary clusterIP can not be unset', () => {
    const next = { ...allocated, spec: { ...specOf(allocated), clusterIP: undefined, clusterIPs: undefined } };
    expect(errorOf(admitUpdate(next, allocated, view))).toBe(head + 'spec.clusterIPs[0]: Invalid value: null: primary clusterIP can not be unset');
  });

  it('an unchanged IP passes, and leaving NodePort drops the old node ports', () => {
    expect(admitUpdate(allocated, allocated, view).ok).toBe(true);
    const np = objectOf(admitCreate(svc({ type: 'NodePort', ports: [{ port: 80, nodePort: 30001, name: 'web' }] }), view));
    const back = { ...np, spec: { ...specOf(np), type: 'ClusterIP' } };
    const out = specOf(objectOf(admitUpdate(back, np, view)));
    expect(out['ports']).toEqual([{ port: 80, name: 'web', protocol: 'TCP', targetPort: 80 }]);
    expect(out['externalTrafficPolicy']).toBeUndefined();
  });
});
