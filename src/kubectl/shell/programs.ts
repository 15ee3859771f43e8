// The programs a simulated container can run: hostname, cat, echo, nslookup, dig, ls, pwd, true/false, sleep.
// Output is computed from the snapshot at the moment the command runs (the playhead in the page).
import type { ClusterSnapshot, KObject } from '../../sim/index';
import type { KubectlOutput } from '../types';
import { dig } from './dig';
import { containerFiles, podFqdn, podHostname } from './files';
import type { Toolbox } from './images';
import { nslookup } from './nslookup';

/** Where a program runs: the pod (as of this snapshot) and what its image contains. */
export interface ContainerContext {
  readonly snapshot: ClusterSnapshot;
  readonly pod: KObject;
  readonly box: Toolbox;
}

const ok = (stdout: string): KubectlOutput => ({ stdout, stderr: '', exitCode: 0 });
const err = (stderr: string, exitCode = 1): KubectlOutput => ({ stdout: '', stderr, exitCode });
const podIp = (pod: KObject) => (pod as { status?: { podIP?: string } }).status?.podIP ?? '';

function hostname(ctx: ContainerContext, args: readonly string[]): KubectlOutput {
  const flag = args[0];
  if (flag === undefined || flag === '-s' || flag === '--short') return ok(podHostname(ctx.pod) + '\n');
  if (flag === '-f' || flag === '--fqdn' || flag === '--long') return ok(podFqdn(ctx.pod) + '\n');
  if (flag === '-i' || flag === '--ip-address') return ok(podIp(ctx.pod) + (ctx.box.family === 'debian' ? ' ' : '') + '\n');
  if (flag === '-d' || flag === '--domain') return ok(podFqdn(ctx.pod).split('.').slice(1).join('.') + '\n');
  if (flag.startsWith('-')) return err(ctx.box.family === 'busybox' ? `hostname: unrecognized option '${flag}'\n` : `hostname: invalid option -- '${flag.replace(/^-+/, '')}'\n`);
  return err(ctx.box.family === 'busybox' ? 'hostname: sethostname: Operation not permitted\n' : 'hostname: you must be root to change the host name\n');
}

function cat(ctx: ContainerContext, args: readonly string[]): KubectlOutput {
  const files = containerFiles(ctx.pod);
  let stdout = '';
  let stderr = '';
  for (const path of args) {
    const abs = path.startsWith('/') ? path : `/${path}`;
    const text = files[abs];
    if (text !== undefined) stdout += text;
    else stderr += ctx.box.family === 'busybox' ? `cat: can't open '${path}': No such file or directory\n` : `cat: ${path}: No such file or directory\n`;
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

const ROOT_LISTING = ['bin', 'dev', 'etc', 'home', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'];

/** Run an installed program (the caller has checked it exists). */
export function runProgram(ctx: ContainerContext, argv: readonly string[]): KubectlOutput {
  const [program = '', ...args] = argv;
  const ns = ctx.pod.metadata.namespace ?? 'default';
  switch (program.slice(program.lastIndexOf('/') + 1)) {
    case 'hostname': return hostname(ctx, args);
    case 'cat': return cat(ctx, args);
    case 'echo': return ok(args.join(' ') + '\n');
    case 'nslookup': return nslookup(ctx.snapshot, args, ns, ctx.box.nslookup ?? 'bind');
    case 'dig': return dig(ctx.snapshot, args);
    case 'pwd': return ok('/\n');
    case 'ls': return ok((args[0] === '/etc' ? ['hostname', 'hosts', 'resolv.conf'] : ROOT_LISTING).join('\n') + '\n');
    case 'false': return err('');
    case 'env': return ok(`HOSTNAME=${podHostname(ctx.pod)}\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOME=/root\n`);
    default: return ok(''); // true, sleep, exit handled by the shell, …
  }
}
