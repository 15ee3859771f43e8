// Test helper: a real engine cluster driven by kubectl command lines (for commands whose output depends on the
// engine's answer). `run` returns stdout + stderr; `settle` runs the cluster until stable.
import { createCluster, runUntilStable, submit, type ClusterState } from '../../sim/index';
import { planKubectl } from '../index';

export function engineCluster(stdin?: string): { run(line: string): string; settle(): void; state(): ClusterState } {
  let state: ClusterState = createCluster();
  return {
    run(line) {
      const plan = planKubectl(line, stdin === undefined ? { snapshot: state } : { snapshot: state, stdin });
      if (plan.type === 'output') return plan.stdout + plan.stderr;
      const requests = plan.type === 'requests' ? plan.requests : [plan.request];
      const results = requests.map((request) => {
        const r = submit(state, request);
        state = r.state;
        return r.result;
      });
      const o = plan.type === 'requests' ? plan.render(results) : plan.render(results[0]!);
      return o.stdout + o.stderr;
    },
    settle() {
      state = runUntilStable(state).state;
    },
    state: () => state,
  };
}
