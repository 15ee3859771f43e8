// The Examples menu: id, title (an i18n key), manifest text and the cluster it needs.
import type { ClusterConfig } from '../sim';
import type { MessageKey } from '../ui/i18n/en';
import { DEFAULT_DEMO } from './defaultDemo';
import { SEED_DEPLOYMENT, SEED_PARTITION, SEED_PV_FILE, SEED_STATEFULSET_FILE } from './seedManifests';

export interface Example {
  readonly id: string;
  readonly title: MessageKey;
  /** All its manifests in one text. */
  readonly text: string;
  /** The same manifests as the files (editor tabs) a learner would have, named as in their source. */
  readonly files: readonly { readonly name: string; readonly text: string }[];
  /** The cluster it needs: loading it into a workspace with another cluster starts a new workspace. */
  readonly storageClass: ClusterConfig['defaultStorageClass'];
}

/** Like the default demo, but the pods start and stop all at once. */
export const PARALLEL_DEMO = DEFAULT_DEMO.replace('  serviceName: nginx\n', '  serviceName: nginx\n  podManagementPolicy: Parallel\n');

export const STORAGE_CLASS_DEMO = `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
provisioner: rancher.io/local-path
reclaimPolicy: Delete
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  storageClassName: fast
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: 2Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: writer
spec:
  containers:
    - name: busybox
      image: busybox:1.28
      command: ["sh", "-c", "echo hello > /data/hello && sleep 3600"]
      volumeMounts:
        - name: data
          mountPath: /data
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: data
`;

const one = (name: string, text: string) => [{ name, text }];

export const EXAMPLES: readonly Example[] = [
  { id: 'statefulset-basics', title: 'exampleDefault', text: DEFAULT_DEMO, files: one('web.yaml', DEFAULT_DEMO), storageClass: 'standard' },
  {
    id: 'seed-partition', title: 'examplePartition', text: SEED_PARTITION, storageClass: 'none',
    files: [{ name: 'statefulset-pv.yaml', text: SEED_PV_FILE }, { name: 'test-statefulset.yaml', text: SEED_STATEFULSET_FILE }],
  },
  { id: 'seed-deployment', title: 'exampleDeployment', text: SEED_DEPLOYMENT, files: one('test-deployment.yaml', SEED_DEPLOYMENT), storageClass: 'standard' },
  { id: 'parallel', title: 'exampleParallel', text: PARALLEL_DEMO, files: one('web-parallel.yaml', PARALLEL_DEMO), storageClass: 'standard' },
  { id: 'storage-class', title: 'exampleStorageClass', text: STORAGE_CLASS_DEMO, files: one('storage-class.yaml', STORAGE_CLASS_DEMO), storageClass: 'standard' },
];
