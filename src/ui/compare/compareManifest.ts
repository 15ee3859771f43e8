// The compare view's workspace: a Deployment and a StatefulSet made from ONE pod template (the same containers,
// ports and volume mount `www`), each with a headless Service of the same shape. The workloads differ only where
// their kinds differ: the StatefulSet has serviceName and a volumeClaimTemplate for `www`; the Deployment has to
// give `www` a pod volume itself (an emptyDir: a Deployment has no per-pod claims).

export const COMPARE_NAMESPACE = 'default';
export const DEPLOYMENT = 'web-deploy';
export const STATEFULSET = 'web-sts';
/** The two images "Change the image of both" switches between. */
export const IMAGES = ['nginx:1.27', 'nginx:1.28'] as const;
export const INITIAL_REPLICAS = 3;
export const CLAIM_TEMPLATE = 'www';

/** The pod template's spec, indented for `spec.template.spec`. */
const POD_SPEC = `      containers:
        - name: nginx
          image: ${IMAGES[0]}
          ports:
            - containerPort: 80
              name: web
          volumeMounts:
            - name: www
              mountPath: /usr/share/nginx/html`;

function service(name: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  clusterIP: None
  selector:
    app: ${name}
  ports:
    - port: 80
      name: web`;
}

const template = (app: string) => `  template:
    metadata:
      labels:
        app: ${app}
    spec:
${POD_SPEC}`;

export const COMPARE_MANIFEST = `${service(DEPLOYMENT)}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${DEPLOYMENT}
spec:
  replicas: ${INITIAL_REPLICAS}
  selector:
    matchLabels:
      app: ${DEPLOYMENT}
${template(DEPLOYMENT)}
      volumes:
        - name: www
          emptyDir: {}
---
${service(STATEFULSET)}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${STATEFULSET}
spec:
  serviceName: ${STATEFULSET}
  replicas: ${INITIAL_REPLICAS}
  selector:
    matchLabels:
      app: ${STATEFULSET}
${template(STATEFULSET)}
  volumeClaimTemplates:
    - metadata:
        name: ${CLAIM_TEMPLATE}
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 1Gi
`;

export type Side = 'deploy' | 'sts';
export const SIDES: readonly Side[] = ['deploy', 'sts'];
export const WORKLOAD_OF: Readonly<Record<Side, string>> = { deploy: DEPLOYMENT, sts: STATEFULSET };
