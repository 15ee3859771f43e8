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

describe('kubectl describe (pods, statefulsets, errors)', () => {
  test("kubectl describe pod web-0", () => {
    expect(run("kubectl describe pod web-0")).toEqual({
      stdout: `Name:             web-0
Namespace:        default
Priority:         0
Service Account:  default
Node:             node-1/192.168.49.11
Start Time:       Thu, 01 Jan 2026 00:00:02 +0000
Labels:           app=nginx
                  apps.kubernetes.io/pod-index=0
                  controller-revision-hash=web-f8f4f6b74
                  statefulset.kubernetes.io/pod-name=web-0
Annotations:      <none>
Status:           Running
IP:               10.244.1.3
IPs:
  IP:           10.244.1.3
Controlled By:  StatefulSet/web
Containers:
  nginx:
    Container ID:   containerd://4f4a36d2504a38654d4a33ac4e4a353f4b4a30864c4a3219494a2d604a4a2ef3
    Image:          registry.k8s.io/nginx-slim:0.24
    Image ID:       registry.k8s.io/nginx-slim@sha256:8a739251f8d4a1f66abf4fbb2871e590c8770a8d60700dc2723c64173c53a62c
    Port:           80/TCP (web)
    Host Port:      0/TCP (web)
    State:          Running
      Started:      Thu, 01 Jan 2026 00:00:04 +0000
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /usr/share/nginx/html from www (rw)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:
  www:
    Type:        PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)
    ClaimName:   www-web-0
    ReadOnly:    false
QoS Class:       BestEffort
Node-Selectors:  <none>
Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                 node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type     Reason            Age   From               Message
  ----     ------            ----  ----               -------
  Warning  FailedScheduling  68s   default-scheduler  0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.
  Normal   Scheduled         65s   default-scheduler  Successfully assigned default/web-0 to node-1
  Normal   Pulling           65s   kubelet            Pulling image "registry.k8s.io/nginx-slim:0.24"
  Normal   Pulled            64s   kubelet            Successfully pulled image "registry.k8s.io/nginx-slim:0.24" in 1.091s (1.091s including waiting). Image size: 25184301 bytes.
  Normal   Created           64s   kubelet            Created container: nginx
  Normal   Started           64s   kubelet            Started container nginx
`,
      stderr: "",
      exitCode: 0,
    });
  });
  test("kubectl describe sts web", () => {
    expect(run("kubectl describe sts web")).toEqual({
      stdout: `Name:               web
Namespace:          default
CreationTimestamp:  Thu, 01 Jan 2026 00:00:00 +0000
Selector:           app=nginx
Labels:             <none>
Annotations:        <none>
Replicas:           2 desired | 2 total
Update Strategy:    RollingUpdate
  Partition:        0
Pods Status:        2 Running / 0 Waiting / 0 Succeeded / 0 Failed
Pod Template:
  Labels:  app=nginx
  Containers:
   nginx:
    Image:        registry.k8s.io/nginx-slim:0.24
    Port:         80/TCP (web)
    Host Port:    0/TCP (web)
    Environment:  <none>
    Mounts:
      /usr/share/nginx/html from www (rw)
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Volume Claims:
  Name:          www
  StorageClass:  
  Labels:        <none>
  Annotations:   <none>
  Capacity:      1Gi
  Access Modes:  [ReadWriteOnce]
Events:
  Type    Reason            Age   From                    Message
  ----    ------            ----  ----                    -------
  Normal  SuccessfulCreate  68s   statefulset-controller  create Claim www-web-0 Pod web-0 in StatefulSet web success
  Normal  SuccessfulCreate  68s   statefulset-controller  create Pod web-0 in StatefulSet web successful
  Normal  SuccessfulCreate  64s   statefulset-controller  create Claim www-web-1 Pod web-1 in StatefulSet web success
  Normal  SuccessfulCreate  64s   statefulset-controller  create Pod web-1 in StatefulSet web successful
`,
      stderr: "",
      exitCode: 0,
    });
  });
  test("kubectl describe pods bb", () => {
    expect(run("kubectl describe pods bb")).toEqual({
      stdout: `Name:             bb
Namespace:        default
Priority:         0
Service Account:  default
Node:             node-1/192.168.49.11
Start Time:       Thu, 01 Jan 2026 00:00:00 +0000
Labels:           <none>
Annotations:      <none>
Status:           Running
IP:               10.244.1.2
IPs:
  IP:  10.244.1.2
Containers:
  bb:
    Container ID:  containerd://40edb8953fedb7023eedb56f3dedb3dc3cedb2493bedb0b63aedaf2339edad90
    Image:         busybox:1.28
    Image ID:      docker.io/library/busybox@sha256:59406bb3c59387263fa755edd5f23a90769b8df787bbe14a971ad6f1a58ce6a4
    Port:          <none>
    Host Port:     <none>
    Command:
      sleep
      3600
    State:          Running
      Started:      Thu, 01 Jan 2026 00:00:02 +0000
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:         <none>
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:                      <none>
QoS Class:                    BestEffort
Node-Selectors:               <none>
Tolerations:                  node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type    Reason     Age   From               Message
  ----    ------     ----  ----               -------
  Normal  Scheduled  68s   default-scheduler  Successfully assigned default/bb to node-1
  Normal  Pulling    68s   kubelet            Pulling image "busybox:1.28"
  Normal  Pulled     65s   kubelet            Successfully pulled image "busybox:1.28" in 1.588s (1.588s including waiting). Image size: 2155590 bytes.
  Normal  Created    65s   kubelet            Created container: bb
  Normal  Started    65s   kubelet            Started container bb
`,
      stderr: "",
      exitCode: 0,
    });
  });
  test("kubectl describe pod nope", () => {
    expect(run("kubectl describe pod nope")).toEqual({
      stdout: ``,
      stderr: "Error from server (NotFound): pods \"nope\" not found\n",
      exitCode: 1,
    });
  });
  test("kubectl describe pods -l app=none", () => {
    expect(run("kubectl describe pods -l app=none")).toEqual({
      stdout: ``,
      stderr: "No resources found in default namespace.\n",
      exitCode: 0,
    });
  });
  test("kubectl describe sts -n kube-system", () => {
    expect(run("kubectl describe sts -n kube-system")).toEqual({
      stdout: ``,
      stderr: "No resources found in kube-system namespace.\n",
      exitCode: 0,
    });
  });
});
