// PersistentVolumes, claims and StorageClasses: static binding rules, pre-binding, phases, reclaim policies,
// WaitForFirstConsumer, pvc-protection, default class, events. Reference: kubernetes-behaviour.md §5, §11.
import { beforeAll, describe, expect, it } from 'vitest';
import { cols, deletedAt, objectAt, readyAt, runScenarioFile, tableRows, terminatingAt, when, type ScenarioResult } from './helpers';

const events = (r: ScenarioResult, nth = 0) => tableRows(r.out('kubectl get events', nth).stdout).map((c) => c.slice(1).join(' | '));
const claimRow = (stdout: string) => tableRows(stdout).map((c) => c.join(' '));

describe('pv-static-binding.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('pv-static-binding.yaml')));

  it('lists hand-made PVs as Available, with the current PV columns', () => {
    const out = r.out('kubectl get pv').stdout;
    expect(out.split('\n')[0]).toMatch(/^NAME\s+CAPACITY\s+ACCESS MODES\s+RECLAIM POLICY\s+STATUS\s+CLAIM\s+STORAGECLASS\s+VOLUMEATTRIBUTESCLASS\s+REASON\s+AGE$/);
    expect(tableRows(out).map((c) => c.slice(0, 5).join(' '))).toEqual([
      'pv-10g 10Gi RWO Retain Available', 'pv-1g 1Gi RWO Retain Available', 'pv-2g-rwx 2Gi RWO,RWX Retain Available',
      'pv-5g 5Gi RWO Retain Available', 'pv-fast 3Gi RWO Retain Available',
    ]);
  });

  it('binds a 3Gi RWO claim to the smallest fitting PV of the smallest access-mode group, showing the PV capacity', () => {
    expect(r.out('kubectl get pvc small').stdout).toMatch(/^NAME\s+STATUS\s+VOLUME\s+CAPACITY\s+ACCESS MODES\s+STORAGECLASS\s+VOLUMEATTRIBUTESCLASS\s+AGE\nsmall\s+Bound\s+pv-fast\s+3Gi\s+RWO\s+<unset>\s+0s\n$/);
  });

  it('binds RWX only to the RWO,RWX PV, 4Gi to pv-5g; a selector with no match waits with FailedBinding', () => {
    expect(tableRows(r.out('kubectl get pvc').stdout).map((c) => c.slice(0, 3).join(' '))).toEqual(['medium Bound pv-5g', 'picky Pending <unset>', 'shared Bound pv-2g-rwx', 'small Bound pv-fast']);
    expect(tableRows(r.out('kubectl get pv', 1).stdout).map((c) => c.slice(0, 6).join(' '))).toEqual([
      'pv-10g 10Gi RWO Retain Available <unset>', 'pv-1g 1Gi RWO Retain Available <unset>', 'pv-2g-rwx 2Gi RWO,RWX Retain Bound default/shared',
      'pv-5g 5Gi RWO Retain Bound default/medium', 'pv-fast 3Gi RWO Retain Bound default/small',
    ]);
    expect(events(r)).toEqual(['Normal | FailedBinding | persistentvolumeclaim/picky | no persistent volumes available for this claim and no storage class is set']);
  });

  it('annotates the binding on both sides', () => {
    const pvc = objectAt(r, 'PersistentVolumeClaim', 'small')!;
    expect(pvc.metadata.annotations).toMatchObject({ 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' });
    const pv = objectAt(r, 'PersistentVolume', 'pv-fast')!;
    expect(pv.metadata.annotations).toMatchObject({ 'pv.kubernetes.io/bound-by-controller': 'yes' });
    expect((pv.spec as { claimRef: Record<string, string> }).claimRef).toMatchObject({ kind: 'PersistentVolumeClaim', namespace: 'default', name: 'small', uid: pvc.metadata.uid });
  });
});

describe('pv-storageclass-trap.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('pv-storageclass-trap.yaml')));

  it('shows the default class as "standard (default)"', () => {
    expect(r.out('kubectl get sc').stdout).toMatch(/^NAME\s+PROVISIONER\s+RECLAIMPOLICY\s+VOLUMEBINDINGMODE\s+ALLOWVOLUMEEXPANSION\s+AGE\nstandard \(default\)\s+k8s\.io\/minikube-hostpath\s+Delete\s+Immediate\s+false\s+12d\n$/);
  });

  it('gives an unset storageClassName the default class, so it provisions instead of binding the class-less PV', () => {
    const rows = tableRows(r.out('kubectl get pvc').stdout);
    expect(rows.map((c) => c.slice(0, 3).join(' '))).toEqual([expect.stringMatching(/^empty Bound manual-pv$/), expect.stringMatching(/^unset Bound pvc-[0-9a-f-]{36}$/)]);
    expect(rows[1]![5]).toBe('standard');
    expect((objectAt(r, 'PersistentVolumeClaim', 'unset')!.spec as { storageClassName?: string }).storageClassName).toBe('standard');
    expect((objectAt(r, 'PersistentVolumeClaim', 'empty')!.spec as { storageClassName?: string }).storageClassName).toBe('');
    const pvName = rows[1]![2]!;
    expect(pvName).toBe(`pvc-${objectAt(r, 'PersistentVolumeClaim', 'unset')!.metadata.uid}`);
  });

  it('records the provisioning events', () => {
    const uid = objectAt(r, 'PersistentVolumeClaim', 'unset')!.metadata.uid;
    expect(events(r)).toEqual([
      "Normal | ExternalProvisioning | persistentvolumeclaim/unset | Waiting for a volume to be created either by the external provisioner 'k8s.io/minikube-hostpath' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.",
      'Normal | Provisioning | persistentvolumeclaim/unset | External provisioner is provisioning volume for claim "default/unset"',
      `Normal | ProvisioningSucceeded | persistentvolumeclaim/unset | Successfully provisioned volume pvc-${uid}`,
    ]);
  });

  it('gives the provisioned PV the class reclaim policy, the claim\'s modes and the provisioned-by annotation', () => {
    const uid = objectAt(r, 'PersistentVolumeClaim', 'unset')!.metadata.uid;
    const pv = objectAt(r, 'PersistentVolume', `pvc-${uid}`)!;
    expect(pv.spec).toMatchObject({ persistentVolumeReclaimPolicy: 'Delete', storageClassName: 'standard', accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' } });
    expect(pv.metadata.annotations).toMatchObject({ 'pv.kubernetes.io/provisioned-by': 'k8s.io/minikube-hostpath' });
    expect(pv.metadata.finalizers).toContain('kubernetes.io/pv-protection');
  });
});

describe('pv-prebound.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('pv-prebound.yaml')));

  it('shows the claimRef of a pre-bound PV while it is still Available', () => {
    expect(tableRows(r.out('kubectl get pv').stdout).map((c) => c.slice(0, 6).join(' '))).toEqual([
      'big 10Gi RWO Retain Available <unset>', 'reserved 1Gi RWO Retain Available default/db', 'small 1Gi RWO Retain Available <unset>', 'tiny 500Mi RWO Retain Available <unset>',
    ]);
  });

  it('binds claims to the volume they name, and the reserved PV only to its claim', () => {
    expect(tableRows(r.out('kubectl get pvc').stdout).map((c) => c.slice(0, 4).join(' '))).toEqual([
      'claim-big Bound big 10Gi', 'db Bound reserved 1Gi', 'other Bound small 1Gi', 'too-big Pending tiny 0',
    ]);
    expect(tableRows(r.out('kubectl get pv', 1).stdout).map((c) => c.slice(0, 6).join(' '))).toEqual([
      'big 10Gi RWO Retain Bound default/claim-big', 'reserved 1Gi RWO Retain Bound default/db', 'small 1Gi RWO Retain Bound default/other', 'tiny 500Mi RWO Retain Available <unset>',
    ]);
  });

  it('warns VolumeMismatch for a named PV that is too small', () => {
    expect(events(r)).toContain('Warning | VolumeMismatch | persistentvolumeclaim/too-big | Cannot bind to requested volume "tiny": requested PV is too small');
  });
});

describe('pv-reclaim.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('pv-reclaim.yaml')));

  it('leaves a Retain PV Released with its old claimRef, deletes a Delete PV', () => {
    const before = tableRows(r.out('kubectl get pv').stdout);
    const dynPv = before.find((c) => c[0]!.startsWith('pvc-'))![0]!;
    expect(before.map((c) => c.slice(1, 6).join(' '))).toEqual(['1Gi RWO Retain Bound default/keep', '1Gi RWO Delete Bound default/dyn']);
    expect(r.out('kubectl delete pvc keep dyn').stdout).toBe('persistentvolumeclaim "keep" deleted from default namespace\npersistentvolumeclaim "dyn" deleted from default namespace\n');
    expect(tableRows(r.out('kubectl get pv', 1).stdout).map((c) => c.slice(0, 6).join(' '))).toEqual(['keep-pv 1Gi RWO Retain Released default/keep']);
    expect(deletedAt(r, 'PersistentVolume', dynPv)).toBeLessThan(Infinity);
    const rel = objectAt(r, 'PersistentVolume', 'keep-pv')!;
    expect((rel.spec as { claimRef: { uid?: string } }).claimRef.uid).toBe(r.watch('PersistentVolumeClaim', 'keep')[0]!.object.metadata.uid);
  });

  it('phases of the Retain PV: Available -> Bound -> Released', () => {
    const phases = r.watch('PersistentVolume', 'keep-pv').map((w) => (w.object.status as { phase?: string } | undefined)?.phase).filter((p, i, all) => p && p !== all[i - 1]);
    expect(phases.filter((p) => p !== 'Pending')).toEqual(['Available', 'Bound', 'Released']);
  });

  it('does not bind a new claim to the Released PV', () => {
    expect(cols(r.out('kubectl get pvc again').stdout, 2)).toEqual(['again Pending']);
    expect(tableRows(r.out('kubectl get pv', 2).stdout).map((c) => c[4])).toEqual(['Released']);
  });
});

describe('storageclass-wait-for-first-consumer.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('storageclass-wait-for-first-consumer.yaml')));

  it('keeps the claim Pending with the WaitForFirstConsumer event while no pod uses it', () => {
    expect(r.out('kubectl get sc').stdout).toMatch(/\nlocal \(default\)\s+rancher\.io\/local-path\s+Delete\s+WaitForFirstConsumer\s+false\s+0s\n$/);
    expect(claimRow(r.out('kubectl get pvc').stdout)).toEqual(['data Pending local <unset> 30s']);
    expect(events(r)).toEqual(['Normal | WaitForFirstConsumer | persistentvolumeclaim/data | waiting for first consumer to be created before binding']);
  });

  it('selects the node first, then provisions and binds, then binds the pod to the node', () => {
    const podApplied = r.out('kubectl apply -f -', 2).t;
    const selected = when(r, 'PersistentVolumeClaim', 'data', (w) => !!w.object.metadata.annotations?.['volume.kubernetes.io/selected-node'], podApplied - 1);
    const bound = when(r, 'PersistentVolumeClaim', 'data', (w) => (w.object.status as { phase?: string }).phase === 'Bound');
    const scheduled = when(r, 'Pod', 'app', (w) => !!(w.object.spec as { nodeName?: string }).nodeName);
    expect(selected).toBeLessThan(bound);
    expect(bound).toBeLessThanOrEqual(scheduled);
    const node = (objectAt(r, 'Pod', 'app')!.spec as { nodeName: string }).nodeName;
    expect(objectAt(r, 'PersistentVolumeClaim', 'data')!.metadata.annotations?.['volume.kubernetes.io/selected-node']).toBe(node);
    expect(readyAt(r, 'app')).toBeLessThan(Infinity);
    expect(tableRows(r.out('kubectl get pvc', 1).stdout).map((c) => c.slice(0, 2).join(' '))).toEqual(['data Bound']);
  });

  it('records the provisioning events after the consumer appears', () => {
    const ev = events(r, 1);
    expect(ev).toContain('Normal | WaitForFirstConsumer | persistentvolumeclaim/data | waiting for first consumer to be created before binding');
    expect(ev.some((e) => /^Normal \| ProvisioningSucceeded \| persistentvolumeclaim\/data \| Successfully provisioned volume pvc-[0-9a-f-]{36}$/.test(e))).toBe(true);
  });

  // Reference §5.5: "Provisioned PVs carry nodeAffinity for the chosen node (local-path)".
  it('gives the local-path PV a nodeAffinity for the chosen node', () => {
    const node = (objectAt(r, 'Pod', 'app')!.spec as { nodeName: string }).nodeName;
    const pv = r.watch('PersistentVolume').at(-1)!.object;
    expect(JSON.stringify((pv.spec as { nodeAffinity?: unknown }).nodeAffinity ?? null)).toContain(node);
  });
});

describe('pvc-protection.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('pvc-protection.yaml')));

  it('puts the pvc-protection finalizer on the claim', () => {
    expect(r.out('kubectl get pvc data -o yaml').stdout).toContain('  finalizers:\n  - kubernetes.io/pvc-protection\n');
  });

  it('keeps a claim in use Terminating until its pod is gone, then deletes it and its volume', () => {
    const del = r.out('kubectl delete pvc data --wait=false');
    expect(del.stdout).toBe('persistentvolumeclaim "data" deleted from default namespace\n');
    expect(cols(r.out('kubectl get pvc').stdout, 2)).toEqual(['data Terminating']);
    expect(r.out('kubectl get pvc').t - del.t).toBe(60_000);
    const podDel = r.out('kubectl delete pod app').t;
    expect(deletedAt(r, 'PersistentVolumeClaim', 'data')).toBeGreaterThan(terminatingAt(r, 'Pod', 'app', podDel - 1));
    expect(r.out('kubectl get pvc', 1).stderr).toBe('No resources found in default namespace.\n');
    expect(r.out('kubectl get pv')).toMatchObject({ stdout: '', stderr: 'No resources found\n' });
  });
});
