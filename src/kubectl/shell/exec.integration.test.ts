import { describe, expect, test } from 'vitest';
import { demoCluster, podIP } from './testCluster';

const KUBE_DNS = 'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n';

describe('kubectl exec against the demo StatefulSet', () => {
  const c = demoCluster();
  const ip0 = podIP(c, 'web-0');

  test('hostname, hostname -f, /etc/hosts, resolv.conf', () => {
    expect(c.kubectl('kubectl exec web-0 -- hostname').stdout).toBe('web-0\n');
    expect(c.kubectl('kubectl exec web-1 -- hostname -f').stdout).toBe('web-1.nginx.default.svc.cluster.local\n');
    expect(c.kubectl('kubectl exec web-0 -- cat /etc/hosts').stdout).toBe(
      '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' +
        'fe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n' +
        `${ip0}\tweb-0.nginx.default.svc.cluster.local\tweb-0\n`,
    );
    expect(c.kubectl('kubectl exec web-0 -- cat /etc/resolv.conf').stdout).toBe(
      'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
    );
  });

  test('nginx has no nslookup: the runtime error', () => {
    const r = c.kubectl('kubectl exec web-0 -- nslookup web-1.nginx');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "nslookup": executable file not found in \$PATH: unknown\n$/);
  });

  test('errors: no pod, no command, old syntax, bad container, non-zero exit', () => {
    expect(c.kubectl('kubectl exec web-9 -- hostname').stderr).toBe('Error from server (NotFound): pods "web-9" not found\n');
    expect(c.kubectl('kubectl exec web-0').stderr).toBe('error: you must specify at least one command for the container\n');
    expect(c.kubectl('kubectl exec web-0 hostname').stderr).toBe('error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\n');
    expect(c.kubectl('kubectl exec web-0 -c sidecar -- hostname').stderr).toBe('Error from server (BadRequest): container sidecar is not valid for pod web-0\n');
    const r = c.kubectl('kubectl exec web-0 -- cat /nope');
    expect(r).toMatchObject({ stderr: 'cat: /nope: No such file or directory\ncommand terminated with exit code 1\n', exitCode: 1 });
  });

  test('exec -it sh opens a shell follow-up', () => {
    const r = c.kubectl('kubectl exec -it web-0 -- sh');
    expect(r.plan.type === 'output' && r.plan.follow).toMatchObject({ type: 'shell', target: { pod: 'web-0', container: 'nginx', shell: 'sh' } });
  });

  test("a terminating pod still runs its container", () => {
    c.kubectl('kubectl delete pod web-0');
    c.state = { ...c.state }; // snapshot right after the delete: web-0 is Terminating but still running
    expect(c.kubectl('kubectl exec web-0 -- hostname').stdout).toBe('web-0\n');
  });
});

describe('nslookup from busybox:1.28 (kubectl run)', () => {
  test('web-0.nginx before and after web-0 is recreated: same name, new IP', () => {
    const c = demoCluster();
    const before = podIP(c, 'web-0');
    c.kubectl('kubectl run dns-test --image=busybox:1.28 --restart=Never -- sleep 3600');
    c.settle();
    const lookup = () => c.kubectl('kubectl exec dns-test -- nslookup web-0.nginx');
    expect(lookup()).toMatchObject({
      stdout: `${KUBE_DNS}Name:      web-0.nginx\nAddress 1: ${before} web-0.nginx.default.svc.cluster.local\n`, exitCode: 0,
    });
    c.kubectl('kubectl delete pod web-0');
    c.settle();
    const after = podIP(c, 'web-0');
    expect(after).not.toBe(before);
    expect(lookup().stdout).toBe(`${KUBE_DNS}Name:      web-0.nginx\nAddress 1: ${after} web-0.nginx.default.svc.cluster.local\n`);
    const svc = c.kubectl('kubectl exec dns-test -- nslookup nginx').stdout;
    expect(svc.split('\n').filter((l) => l.startsWith('Address ')).map((l) => l.replace(/^Address \d: /, '')).sort()).toEqual(
      ['10.96.0.10 kube-dns.kube-system.svc.cluster.local', ...['web-0', 'web-1', 'web-2'].map((p) => `${podIP(c, p)} ${p}.nginx.default.svc.cluster.local`)].sort(),
    );
  });

  test('NXDOMAIN, dig not in busybox, shell lines', () => {
    const c = demoCluster();
    c.kubectl('kubectl run dns-test --image=busybox:1.28 --restart=Never -- sleep 3600');
    c.settle();
    expect(c.kubectl('kubectl exec dns-test -- nslookup web-9.nginx')).toMatchObject({
      stdout: KUBE_DNS, stderr: "nslookup: can't resolve 'web-9.nginx'\ncommand terminated with exit code 1\n", exitCode: 1,
    });
    expect(c.kubectl('kubectl exec dns-test -- sh -c "dig web-0.nginx"')).toMatchObject({ stderr: 'sh: dig: not found\ncommand terminated with exit code 127\n', exitCode: 127 });
    expect(c.kubectl('kubectl exec dns-test -- hostname -f').stdout).toBe('dns-test\n');
  });
});
