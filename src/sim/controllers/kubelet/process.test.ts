import { describe, expect, it } from 'vitest';
import type { Container } from 'kubernetes-types/core/v1';
import { ignoresSigterm, mainProcess } from './process';
import { runScriptLog } from './script';
import { toolboxOf } from '../../cluster/imageContents';

const run = (c: Partial<Container>, env: Record<string, string> = {}, host = 'web-0') => mainProcess({ name: 'c', ...c }, env, host, 0);

describe('what a container main process does', () => {
  it('a shell that sleeps or loops as PID 1 ignores SIGTERM, whatever the image; exec hands it on', () => {
    expect(ignoresSigterm({ name: 'c', image: 'nginx:1.25', command: ['sh', '-c', 'sleep 3600'] })).toBe(true);
    expect(ignoresSigterm({ name: 'c', image: 'nginx:1.25', command: ['sleep', '3600'] })).toBe(true);
    expect(ignoresSigterm({ name: 'c', image: 'nginx:1.25', command: ['sh', '-c', 'exec nginx -g "daemon off;"'] })).toBe(false);
    expect(ignoresSigterm({ name: 'c', image: 'nginx:1.25' })).toBe(false);
  });
  it('servers run until stopped', () => {
    expect(run({ image: 'nginx:1.25' }).exitAfterMs).toBeUndefined();
    expect(run({ image: 'registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10', command: ['sh', '-c', 'start-zookeeper --servers=3'] }).exitAfterMs).toBeUndefined();
  });
  it('a shell image with no command exits 0 at once (no terminal)', () => {
    expect(run({ image: 'busybox:1.36' })).toMatchObject({ exitAfterMs: 0, exitCode: 0 });
    expect(run({ image: 'ubuntu:22.04' })).toMatchObject({ exitAfterMs: 0, exitCode: 0 });
  });
  it('sleep, exit N and loops behave as a shell would', () => {
    expect(run({ image: 'busybox:1.36', command: ['sleep', '30'] })).toMatchObject({ exitAfterMs: 30_000, exitCode: 0 });
    expect(run({ image: 'busybox:1.36', command: ['sh', '-c', 'echo starting; sleep 5; exit 3'] })).toMatchObject({ exitAfterMs: 5000, exitCode: 3, log: ["starting"] });
    expect(run({ image: 'busybox:1.36', command: ['sh', '-c'], args: ['while true; do echo hi; sleep 5; done'] }).exitAfterMs).toBeUndefined();
    expect(run({ image: 'busybox:1.36', args: ['sh', '-c', 'for i in 1 2 3; do echo $i; sleep 1; done'] })).toMatchObject({ exitAfterMs: 3000, exitCode: 0, log: ["1", "2", "3"] });
    expect(run({ image: 'busybox:1.36', command: ['sh', '-c', 'sleep infinity'] }).exitAfterMs).toBeUndefined();
    expect(run({ image: 'busybox:1.36', command: ['sh', '-c', 'false && echo no; echo yes'] }).log).toEqual(['yes']);
    expect(run({ image: 'busybox:1.36', command: ['sh', '-c', 'set -e; false; echo never'] })).toMatchObject({ exitCode: 1, log: [] });
  });
  it('a program the image lacks: StartError as a command, "not found" inside a script', () => {
    expect(run({ image: 'nginx:1.25', command: ['nodejs', 'app.js'] })).toMatchObject({ exitCode: 128, startError: expect.stringContaining('exec: "nodejs": executable file not found in $PATH') });
    expect(run({ image: 'busybox:1.36', command: ['sh', '-c', 'curl http://x; exit 2'] })).toMatchObject({ exitAfterMs: 0, exitCode: 2, log: ["sh: curl: not found"] });
    expect(run({ image: 'nginx:1.25', command: ['bash', '-c', 'echo a\ndig x'] })).toMatchObject({ exitCode: 127, log: ['a', 'bash: line 2: dig: command not found'] });
  });
  it('databases refuse to start without a password setting', () => {
    const mysql = run({ image: 'mysql:8.0' });
    expect(mysql).toMatchObject({ exitCode: 1, exitAfterMs: expect.any(Number) });
    expect(mysql.log.join('\n')).toContain('[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD');
    expect(run({ image: 'mysql:8.0' }, { MYSQL_ROOT_PASSWORD: 'password' }).exitAfterMs).toBeUndefined();
    expect(run({ image: 'mysql:5.7' }, { MYSQL_ALLOW_EMPTY_PASSWORD: '1' }).exitAfterMs).toBeUndefined();
    expect(run({ image: 'mysql:5.7' }, { MYSQL_RANDOM_ROOT_PASSWORD: 'yes' }).exitAfterMs).toBeUndefined();
    expect(run({ image: 'postgres:16' }).log[0]).toBe('Error: Database is uninitialized and superuser password is not specified.');
    expect(run({ image: 'postgres:16' }, { POSTGRES_PASSWORD: 'x' }).exitAfterMs).toBeUndefined();
    expect(run({ image: 'postgres:16' }, { POSTGRES_HOST_AUTH_METHOD: 'trust' }).exitAfterMs).toBeUndefined();
    expect(run({ image: 'mariadb:11' }).exitCode).toBe(1);
  });
});

// The init containers of the replicated MySQL tutorial (content/en/examples/application/mysql/mysql-statefulset.yaml).
const INIT_MYSQL = `set -ex
# Generate mysql server-id from pod ordinal index.
[[ \`hostname\` =~ -([0-9]+)$ ]] || exit 1
ordinal=\${BASH_REMATCH[1]}
echo [mysqld] > /mnt/conf.d/server-id.cnf
# Add an offset to avoid reserved server-id=0 value.
echo server-id=$((100 + $ordinal)) >> /mnt/conf.d/server-id.cnf
# Copy appropriate conf.d files from config-map to emptyDir.
if [[ $ordinal -eq 0 ]]; then
  cp /mnt/config-map/primary.cnf /mnt/conf.d/
else
  cp /mnt/config-map/secondary.cnf /mnt/conf.d/
fi
`;
const CLONE_MYSQL = `set -ex
# Skip the clone if data already exists.
[[ -d /var/lib/mysql/mysql ]] && exit 0
# Skip the clone on primary (ordinal index 0).
[[ \`hostname\` =~ -([0-9]+)$ ]] || exit 1
ordinal=\${BASH_REMATCH[1]}
[[ $ordinal -eq 0 ]] && exit 0
# Clone data from previous peer.
ncat --recv-only mysql-$(($ordinal-1)).mysql 3307 | xbstream -x -C /var/lib/mysql
# Prepare the backup.
xtrabackup --prepare --target-dir=/var/lib/mysql
`;

describe('the replicated MySQL tutorial scripts', () => {
  it('init-mysql fails on mysql:5.7 (Oracle Linux, no hostname: kubernetes/website#35432)', () => {
    const r = runScriptLog(INIT_MYSQL, { box: toolboxOf('mysql:5.7'), host: 'mysql-0', shell: 'bash', argv0: 'bash' });
    expect(r.exitCode).toBe(1);
    expect(r.log.map((l) => l.text)).toEqual(['++ hostname', 'bash: line 3: hostname: command not found', "+ [[ '' =~ -([0-9]+)$ ]]", '+ exit 1']);
  });
  it('init-mysql succeeds where hostname exists (mysql:5.7-debian… or the 5.6 images)', () => {
    const r = runScriptLog(INIT_MYSQL, { box: toolboxOf('mysql:5.6'), host: 'mysql-1', shell: 'bash', argv0: 'bash' });
    expect(r.exitCode).toBe(0);
    expect(r.log.map((l) => l.text)).toContain('+ echo server-id=101');
  });
  it('clone-mysql exits 0 on the primary and clones on a replica', () => {
    const box = toolboxOf('gcr.io/google-samples/xtrabackup:1.0');
    expect(runScriptLog(CLONE_MYSQL, { box, host: 'mysql-0', shell: 'bash', argv0: 'bash' }).exitCode).toBe(0);
    const replica = runScriptLog(CLONE_MYSQL, { box, host: 'mysql-1', shell: 'bash', argv0: 'bash' });
    expect(replica.exitCode).toBe(0);
    expect(replica.log.map((l) => l.text)).toContain('+ xtrabackup --prepare --target-dir=/var/lib/mysql');
  });
});
