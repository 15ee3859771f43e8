// Golden tests: exact `kubectl describe` output (layout checked against kubectl describe.go, v1.34).
import { describe, expect, test, vi } from 'vitest';
vi.mock('../../sim/index', () => import('../testing/simApi'));
import { planKubectl } from '../index';
import { fixtureSnapshot } from '../testing/fixture';

const run = (line: string) => {
  const plan = planKubectl(line, { snapshot: fixtureSnapshot() });
  if (plan.type !== 'output') throw new Error('describe is read-only');
  const { stdout, stderr, exitCode } = plan;
  return { stdout, stderr, exitCode };
};

describe('kubectl describe (services, deployments, storage, nodes)', () => {
  test("kubectl describe svc nginx", () => {
    expect(run("kubectl describe svc nginx")).toEqual({
      stdout: `Name:                     nginx
Namespace:                default
Labels:                   app=nginx
Annotations:              <none>
Selector:                 app=nginx
Type:                     ClusterIP
IP Family Policy:         SingleStack
IP Families:              IPv4
IP:                       None
IPs:                      None
Port:                     web  80/TCP
TargetPort:               80/TCP
Endpoints:                10.244.1.3:80,10.244.2.3:80
Session Affinity:         None
Internal Traffic Policy:  Cluster
Events:                   <none>
`,
      stderr: "",
      exitCode: 0,
    });
  });
  test("kubectl describe deploy nginx-deployment", () => {
    expect(run("kubectl describe deploy nginx-deployment")).toEqual({
      stdout: `Name:                   nginx-deployment
Namespace:              default
CreationTimestamp:      Thu, 01 Jan 2026 00:00:00 +0000
Labels:                 app=nginx
Annotations:            deployment.kubernetes.io/revision: 1
Selector:               app=ng
Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=ng
  Containers:
   nginx:
    Image:         nginx:1.14.2
    Port:          80/TCP
    Host Port:     0/TCP
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  <none>
NewReplicaSet:   nginx-deployment-5d88f55df4 (2/2 replicas created)
Events:
  Type    Reason             Age   From                   Message
  ----    ------             ----  ----                   -------
  Normal  ScalingReplicaSet  68s   deployment-controller  Scaled up replica set nginx-deployment-5d88f55df4 from 0 to 2
`,
      stderr: "",
      exitCode: 0,
    });
  });
  test("kubectl describe pvc www-web-0", () => {
    expect(run("kubectl describe pvc www-web-0")).toEqual({
      stdout: `Name:          www-web-0
Namespace:     default
StorageClass:  standard
Status:        Bound
Volume:        pvc-7f9d62c6-8e12-43e3-90bd-1ce6a2c222d8
Labels:        app=nginx
Annotations:   pv.kubernetes.io/bind-completed: yes
               pv.kubernetes.io/bound-by-controller: yes
               volume.beta.kubernetes.io/storage-provisioner: k8s.io/minikube-hostpath
               volume.kubernetes.io/storage-provisioner: k8s.io/minikube-hostpath
Finalizers:    [kubernetes.io/pvc-protection]
Capacity:      1Gi
Access Modes:  RWO
VolumeMode:    Filesystem
Used By:       web-0
Events:
  Type    Reason                 Age   From                     Message
  ----    ------                 ----  ----                     -------
  Normal  ExternalProvisioning   68s   persistentvolume-binder  Waiting for a volume to be created either by the external provisioner 'k8s.io/minikube-hostpath' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.
  Normal  Provisioning           68s   persistentvolume-binder  External provisioner is provisioning volume for claim "default/www-web-0"
  Normal  ProvisioningSucceeded  65s   persistentvolume-binder  Successfully provisioned volume pvc-7f9d62c6-8e12-43e3-90bd-1ce6a2c222d8
`,
      stderr: "",
      exitCode: 0,
    });
  });
  test("kubectl describe pv pv0001", () => {
    expect(run("kubectl describe pv pv0001")).toEqual({
      stdout: `Name:            pv0001
Labels:          <none>
Annotations:     <none>
Finalizers:      [kubernetes.io/pv-protection]
StorageClass:    manual
Status:          Available
Claim:           
Reclaim Policy:  Retain
Access Modes:    RWO
VolumeMode:      Filesystem
Capacity:        5Gi
Node Affinity:   <none>
Message:         
Source:
    Type:          HostPath (bare host directory volume)
    Path:          /mnt/data
    HostPathType:  <none>
Events:            <none>
`,
      stderr: "",
      exitCode: 0,
    });
  });
  test("kubectl describe sc standard", () => {
    expect(run("kubectl describe sc standard")).toEqual({
      stdout: `Name:                  standard
IsDefaultClass:        Yes
Annotations:           storageclass.kubernetes.io/is-default-class=true
Provisioner:           k8s.io/minikube-hostpath
Parameters:            <none>
AllowVolumeExpansion:  <unset>
MountOptions:          <none>
ReclaimPolicy:         Delete
VolumeBindingMode:     Immediate
Events:                <none>
`,
      stderr: "",
      exitCode: 0,
    });
  });
  test("kubectl describe node node-1", () => {
    expect(run("kubectl describe node node-1")).toEqual({
      stdout: `Name:               node-1
Roles:              <none>
Labels:             beta.kubernetes.io/arch=amd64
                    beta.kubernetes.io/os=linux
                    kubernetes.io/arch=amd64
                    kubernetes.io/hostname=node-1
                    kubernetes.io/os=linux
Annotations:        <none>
CreationTimestamp:  Sat, 20 Dec 2025 00:00:00 +0000
Taints:             <none>
Unschedulable:      false
Lease:
  HolderIdentity:  node-1
  AcquireTime:     <unset>
  RenewTime:       Thu, 01 Jan 2026 00:01:00 +0000
Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   Sat, 20 Dec 2025 08:00:00 +0000   Sat, 20 Dec 2025 08:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
  DiskPressure     False   Sat, 20 Dec 2025 08:00:00 +0000   Sat, 20 Dec 2025 08:00:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
  PIDPressure      False   Sat, 20 Dec 2025 08:00:00 +0000   Sat, 20 Dec 2025 08:00:00 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
  Ready            True    Sat, 20 Dec 2025 08:00:00 +0000   Sat, 20 Dec 2025 08:00:00 +0000   KubeletReady                 kubelet is posting ready status
Addresses:
  InternalIP:  192.168.49.11
  Hostname:    node-1
Capacity:
  cpu:                4
  ephemeral-storage:  61255492Ki
  memory:             8145260Ki
  pods:               110
Allocatable:
  cpu:                4
  ephemeral-storage:  56453061Ki
  memory:             8042860Ki
  pods:               110
System Info:
  Machine ID:                 
  System UUID:                
  Boot ID:                    
  Kernel Version:             6.8.0-45-generic
  OS Image:                   Ubuntu 24.04.1 LTS
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  containerd://2.1.4
  Kubelet Version:            v1.34.0
PodCIDR:                      10.244.1.0/24
PodCIDRs:                     10.244.1.0/24
Non-terminated Pods:          (2 in total)
  Namespace                   Name     CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----     ------------  ----------  ---------------  -------------  ---
  default                     bb       0 (0%)        0 (0%)      0 (0%)           0 (0%)         68s
  default                     web-0    0 (0%)        0 (0%)      0 (0%)           0 (0%)         68s
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests  Limits
  --------           --------  ------
  cpu                0 (0%)    0 (0%)
  memory             0 (0%)    0 (0%)
  ephemeral-storage  0 (0%)    0 (0%)
Events:              <none>
`,
      stderr: "",
      exitCode: 0,
    });
  });
});

describe('kubectl describe (endpoints, configmaps)', () => {
  test('endpoints: subsets with the port table, and the v1.33+ deprecation warning', () => {
    expect(run('kubectl describe ep ng')).toEqual({
      stdout:
        'Name:         ng\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\nSubsets:\n' +
        '  Addresses:          10.244.2.2,10.244.3.2\n  NotReadyAddresses:  <none>\n  Ports:\n' +
        '    Name     Port  Protocol\n    ----     ----  --------\n    <unset>  80    TCP\n\nEvents:  <none>\n',
      stderr: 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n',
      exitCode: 0,
    });
  });
});

describe('kubectl describe configmap', () => {
  test('Data and BinaryData sections', async () => {
    const { obj, snapshot } = await import('../testing/builders');
    const snap = snapshot([obj('ConfigMap', 'v1', { name: 'cfg' }, { data: { 'b.conf': 'x=1', a: 'hello' } })], 0);
    const plan = planKubectl('kubectl describe cm cfg', { snapshot: snap });
    expect(plan.type === 'output' && plan.stdout).toBe(
      'Name:         cfg\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nData\n====\na:\n----\nhello\n\nb.conf:\n----\nx=1\n\n\nBinaryData\n====\n\nEvents:  <none>\n',
    );
  });
});
