// Issue "Services, cluster DNS": stable names through a headless Service, answered as busybox 1.28 prints them,
// before and after the pod is recreated with a new IP.
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, jsonLines, output, scenarioPath, type JsonLine } from './helpers';

let lines: JsonLine[];
beforeAll(async () => {
  const run = await cli(['run', scenarioPath('dns-stable-network-identity.yaml'), '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  lines = jsonLines(run.stdout);
});

const SERVER = 'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n';
const ipOf = (wide: string) => wide.split('\n')[1]!.split(/\s+/)[5]!;

describe('stable network identity', () => {
  it('gives the pod its hostname and FQDN', () => {
    expect(output(lines, 'kubectl exec web-0 -- hostname').stdout).toBe('web-0\n');
    expect(output(lines, 'kubectl exec web-0 -- hostname -f').stdout).toBe('web-0.nginx.default.svc.cluster.local\n');
  });

  it('answers per-pod and headless-service names like busybox 1.28, and NXDOMAIN for a missing pod', () => {
    const before = output(lines, 'kubectl get pod web-0 -o wide').stdout;
    expect(output(lines, 'kubectl exec dns-test -- nslookup web-0.nginx').stdout).toBe(
      `${SERVER}Name:      web-0.nginx\nAddress 1: ${ipOf(before)} web-0.nginx.default.svc.cluster.local\n`);
    const svc = output(lines, 'kubectl exec dns-test -- nslookup nginx').stdout;
    expect(svc).toMatch(/^Server: {4}10\.96\.0\.10\n.*\n\nName: {6}nginx\n/);
    expect(svc).toContain('web-0.nginx.default.svc.cluster.local');
    expect(svc).toContain('web-1.nginx.default.svc.cluster.local');
    const missing = output(lines, 'kubectl exec dns-test -- nslookup web-5.nginx');
    expect(missing.stdout + missing.stderr).toContain("nslookup: can't resolve 'web-5.nginx'");
    expect(missing.exitCode).toBe(1);
  });

  it('resolves through the search path of the pod namespace', () => {
    expect(output(lines, 'kubectl exec dns-test -- cat /etc/resolv.conf').stdout).toBe(
      'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
  });

  it('keeps the name when web-0 is recreated, with a new IP behind it', () => {
    const before = ipOf(output(lines, 'kubectl get pod web-0 -o wide').stdout);
    const after = ipOf(output(lines, 'kubectl get pod web-0 -o wide', 1).stdout);
    expect(after).not.toBe(before);
    expect(output(lines, 'kubectl exec dns-test -- nslookup web-0.nginx', 1).stdout).toBe(
      `${SERVER}Name:      web-0.nginx\nAddress 1: ${after} web-0.nginx.default.svc.cluster.local\n`);
  });

  it('lists the ready endpoints in the EndpointSlice', () => {
    const out = output(lines, 'kubectl get endpointslices').stdout;
    expect(out.split('\n')[0]).toMatch(/^NAME\s+ADDRESSTYPE\s+PORTS\s+ENDPOINTS\s+AGE$/);
    expect(out).toMatch(/^nginx-[bcdfghjklmnpqrstvwxz2456789]{5}\s+IPv4\s+80\s+10\.244\.\d+\.\d+,10\.244\.\d+\.\d+\s+\d+s$/m);
  });
});
