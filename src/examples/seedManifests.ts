// Manifests from the seed post (a Chinese StatefulSet practice write-up, /work/shared/seeds), copied exactly,
// comments included, one constant per file of the post (statefulset-pv.yaml, test-statefulset.yaml, test-deployment.yaml).

/** statefulset-pv.yaml + test-statefulset.yaml: three hostPath PVs, a NodePort Service, a StatefulSet with partition 2. */
/** statefulset-pv.yaml: three hostPath PersistentVolumes of 1Gi (the VM cluster has no dynamic provisioning). */
export const SEED_PV_FILE = `---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: test-0
  labels:
    type: local
spec:
  capacity:
    storage: 1Gi
  accessModes:
    - ReadWriteOnce
  hostPath:
    path: "/mnt/test-0"
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: test-1
  labels:
    type: local
spec:
  capacity:
    storage: 1Gi
  accessModes:
    - ReadWriteOnce
  hostPath:
    path: "/mnt/test-1"
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: test-2
  labels:
    type: local
spec:
  capacity:
    storage: 1Gi
  accessModes:
    - ReadWriteOnce
  hostPath:
    path: "/mnt/test-2"
`;

/** test-statefulset.yaml: a NodePort Service and the StatefulSet statefulset-test (partition 2). */
export const SEED_STATEFULSET_FILE = `apiVersion: v1
kind: Service
metadata:
  labels:
    app: test-statefulset
  name: test-statefulset-svc
spec:
  type: NodePort
  ports:
    - name: test-statefulset-port
      protocol: TCP
      port: 80
      targetPort: 80
      nodePort: 30000
  selector:
    app: statefulset-test
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  creationTimestamp: null
  labels:
    app: statefulset-test
  name: statefulset-test
spec:
  serviceName: test-statefulset-svc             # deployment没有这个字段
  #podManagementPolicy: "Parallel"              # 不写这个字段默认按顺序启动、删除statefulset的pod，如果改为parallel则表示不用按顺序启动、删除
  replicas: 3
  selector:
    matchLabels:
      app: statefulset-test
  updateStrategy:                               # deployment没有这个字段
    type: RollingUpdate
    rollingUpdate:
      partition: 2
  template:
    metadata:
      labels:
        app: statefulset-test
    spec:
      containers:
      - image: nginx
        name: nginx
        resources: {}
        volumeMounts:
        - name: www
          mountPath: /usr/share/nginx/html
  volumeClaimTemplates:                         # deployment没有这个字段
  - metadata:
      name: www
    spec:
      accessModes: [ "ReadWriteOnce" ]
      #storageClassName: alicloud-disk-ssd      # 云厂商提供的动态卷可以自动创建pv，就无需手动创建pv了。
      resources:
        requests:
          storage: 1Gi
`;

/** statefulset-pv.yaml + test-statefulset.yaml in one text. */
export const SEED_PARTITION = SEED_PV_FILE + '---\n' + SEED_STATEFULSET_FILE;

/** test-deployment.yaml: the equivalent Deployment mynginx behind NodePort 31000. */
export const SEED_DEPLOYMENT = `apiVersion: v1
kind: Service
metadata:
  labels:
    app: test-nfs
  name: test-nfs-svc
spec:
  type: NodePort
  ports:
    - name: test-nfs-port
      protocol: TCP
      port: 80
      targetPort: 80
      nodePort: 31000
  selector:
    app: mynginx
---
apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: mynginx
  name: mynginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app: mynginx
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: mynginx
    spec:
      containers:
      - image: nginx
        name: nginx
        resources: {}
status: {}
`;
