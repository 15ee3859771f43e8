// Test helper: the default demo applied to a real engine, and a `kubectl` runner against it.
import { createCluster, DEFAULT_CONFIG, runUntilStable, submit, type ClusterState } from '../../sim/index';
import { DEFAULT_DEMO } from '../../examples/defaultDemo';
import { planKubectl } from '../index';
import type { KubectlOutput, KubectlPlan } from '../types';

export interface TestCluster {
  state: ClusterState;
  /** Run a command line; requests are submitted (not run further). */
  kubectl(line: string, stdin?: string): KubectlOutput & { plan: KubectlPlan };
  settle(): void;
}

export function demoCluster(): TestCluster {
  const c: TestCluster = {
    state: createCluster(DEFAULT_CONFIG, 1),
    kubectl(line, stdin) {
      const plan = planKubectl(line, { snapshot: c.state, ...(stdin ? { stdin } : {}) });
      if (plan.type === 'output') return { stdout: plan.stdout, stderr: plan.stderr, exitCode: plan.exitCode, plan };
      if (plan.type === 'requests') {
        const results = plan.requests.map((request) => {
          const r = submit(c.state, request);
          c.state = r.state;
          return r.result;
        });
        return { ...plan.render(results), plan };
      }
      const r = submit(c.state, plan.request);
      c.state = r.state;
      return { ...plan.render(r.result), plan };
    },
    settle() {
      c.state = runUntilStable(c.state).state;
    },
  };
  c.kubectl('kubectl apply -f -', DEFAULT_DEMO);
  c.settle();
  return c;
}

export const podIP = (c: TestCluster, name: string): string =>
  (c.state.objects.Pod[`default/${name}`] as { status?: { podIP?: string } } | undefined)?.status?.podIP ?? '';
