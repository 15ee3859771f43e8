// A small POSIX-shell interpreter for container scripts (`sh -c`, `bash -c`, `command:`/`args:`), enough for the
// scripts of the Kubernetes tutorials: lists with `;` `&&` `||` `|` `&`, `while`/`until`/`for`/`if` blocks,
// `set -e`/`-x`, `exit N`, `sleep`, `echo`, `exec`, variables (`$x`, `${x}`, `${BASH_REMATCH[n]}`, `$((a + b))`),
// command substitution, `[[ … ]]`/`[ … ]` tests (`=~`, `-eq`…, `-z`/`-n`; `-f`/`-d`/`-e` are false in a fresh
// container) and the "not found" errors of each shell (bash, dash, busybox) for a program the image lacks.
// Not modelled: files, functions, here-documents, `case`, signals, real networking (network clients succeed).
import { hasCommand, type Toolbox } from '../../cluster/imageContents';
import type { ProcessRun } from './process';
import { Parser, tokenize, type Item, type Node, type Simple } from './scriptParse';

export interface ScriptEnv {
  readonly box: Toolbox;
  /** The pod's hostname (`hostname`, `$HOSTNAME`). */
  readonly host: string;
  readonly shell: 'bash' | 'dash' | 'busybox';
  /** How the shell names itself in errors (`bash`, `sh`). */
  readonly argv0: string;
  /** securityContext.privileged: /proc/sys is writable (otherwise the runtime mounts it read-only). */
  readonly privileged?: boolean;
}

/** A line a process printed and when (ms after it started). */
export interface LogEntry { readonly atMs: number; readonly text: string }

/** Programs that keep running (servers, listeners, `tail -f`): a script reaching one runs until stopped. */
const SERVERS: ReadonlySet<string> = new Set([
  'nginx', 'mysqld', 'mariadbd', 'postgres', 'redis-server', 'mongod', 'rabbitmq-server', 'start-zookeeper', 'zkServer.sh',
  'cassandra', '/run.sh', 'run.sh', 'elasticsearch', 'httpd', 'apache2-foreground', 'php-fpm', 'docker-entrypoint.sh', 'java',
  'agnhost', 'pause', '/pause', 'memcached', 'etcd', 'consul', 'vault', 'haproxy', 'traefik', 'caddy',
]);

export function isLongRunning(base: string, args: readonly string[]): boolean {
  if (SERVERS.has(base)) return !(base === 'nginx' && args.includes('-t'));
  if (base === 'tail') return args.includes('-f') || args.includes('-F');
  if (base === 'sleep') return args[0] === 'infinity';
  if (base === 'ncat' || base === 'nc') return args.some((a) => a === '-l' || a === '--listen' || a === '-lk');
  return false;
}

class Exit { constructor(readonly code: number) {} }
class Forever {}

const MAX_LOOPS = 50;

class Shell {
  timeMs = 0;
  status = 0;
  errexit = false;
  xtrace = false;
  readonly log: LogEntry[] = [];
  readonly vars = new Map<string, string>();
  private rematch: string[] = [];
  constructor(private readonly env: ScriptEnv) { this.vars.set('HOSTNAME', env.host); }

  private print(text: string): void { this.log.push({ atMs: this.timeMs, text }); }

  private notFound(program: string, line: number): void {
    const { shell, argv0 } = this.env;
    if (shell === 'bash') this.print(`${argv0}: line ${line}: ${program}: command not found`);
    else if (shell === 'dash') this.print(`${argv0}: ${line}: ${program}: not found`);
    else this.print(`sh: ${program}: not found`);
  }

  /** Expand `$x`, `${x}`, `${BASH_REMATCH[n]}`, `$((…))` and command substitution in one word; unquote it. */
  private expand(raw: string, line: number, depth = 1): string {
    const subst = (inner: string): string => {
      if (this.xtrace) this.print(`${'+'.repeat(depth + 1)} ${inner.trim()}`);
      const words = inner.trim().split(/\s+/);
      const program = words[0] ?? '';
      if (program.startsWith('<')) return ''; // $(<file): no files in a fresh container
      if (!hasCommand(this.env.box, program) && !['echo', 'printf', 'expr'].includes(program)) { this.notFound(program, line); this.status = 127; return ''; }
      if (program === 'hostname') return this.env.host;
      if (program === 'echo') return words.slice(1).map((w) => this.expand(w, line, depth + 1)).join(' ');
      if (program === 'cat') return '';
      return '';
    };
    let out = raw.replace(/\$\(\((.*?)\)\)/g, (_, e: string) => String(this.arith(e, line)));
    out = out.replace(/`([^`]*)`/g, (_, inner: string) => subst(inner)).replace(/\$\(([^()]*)\)/g, (_, inner: string) => subst(inner));
    out = out.replace(/\$\{BASH_REMATCH\[(\d+)\]\}/g, (_, n: string) => this.rematch[Number(n)] ?? '')
      .replace(/\$\{(\w+)(?::-([^}]*))?\}/g, (_, v: string, d?: string) => this.vars.get(v) || (d ?? ''))
      .replace(/\$(\w+)/g, (_, v: string) => this.vars.get(v) ?? '');
    if (/^'.*'$/s.test(raw)) return raw.slice(1, -1);
    return out.replace(/^"(.*)"$/s, '$1').replace(/'([^']*)'/g, '$1');
  }

  private arith(expr: string, line: number): number {
    const e = expr.replace(/\$?(\b[A-Za-z_]\w*)/g, (_, v: string) => this.vars.get(v) ?? '0');
    const s = this.expand(e, line);
    const m = /^\s*(-?\d+)\s*(?:([-+*/%])\s*(-?\d+))?\s*$/.exec(s);
    if (!m) return 0;
    const a = Number(m[1]);
    const b = Number(m[3] ?? 0);
    switch (m[2]) { case '+': return a + b; case '-': return a - b; case '*': return a * b; case '/': return b ? Math.trunc(a / b) : 0; case '%': return b ? a % b : 0; default: return a; }
  }

  private test(args: readonly string[]): number {
    const or = args.indexOf('||');
    if (or >= 0) return this.test(args.slice(0, or)) === 0 || this.test(args.slice(or + 1)) === 0 ? 0 : 1;
    const and = args.indexOf('&&');
    if (and >= 0) return this.test(args.slice(0, and)) === 0 && this.test(args.slice(and + 1)) === 0 ? 0 : 1;
    const [a = '', op = '', b = ''] = args;
    if (args.length === 0) return 1;
    if (args[0] === '!') return this.test(args.slice(1)) === 0 ? 1 : 0;
    if (args.length === 1) return a !== '' ? 0 : 1;
    if (args.length === 2) {
      if (a === '-z') return op === '' ? 0 : 1;
      if (a === '-n') return op !== '' ? 0 : 1;
      return 1; // -f, -d, -e, -s …: nothing exists yet in a fresh container
    }
    const n = (x: string) => Number(x) || 0;
    switch (op) {
      case '=~': {
        let re: RegExp;
        try { re = new RegExp(b); } catch { return 2; }
        const m = re.exec(a);
        this.rematch = m ? [...m].map((x) => x ?? '') : [];
        return m ? 0 : 1;
      }
      case '=': case '==': return a === b ? 0 : 1;
      case '!=': return a !== b ? 0 : 1;
      case '-eq': return n(a) === n(b) ? 0 : 1;
      case '-ne': return n(a) !== n(b) ? 0 : 1;
      case '-lt': return n(a) < n(b) ? 0 : 1;
      case '-le': return n(a) <= n(b) ? 0 : 1;
      case '-gt': return n(a) > n(b) ? 0 : 1;
      case '-ge': return n(a) >= n(b) ? 0 : 1;
      default: return 0;
    }
  }

  private simple(node: Simple): number {
    if (node.words.length === 0) return this.status;
    this.status = 0;
    const words = node.words.map((w) => this.expand(w, node.line));
    const substFailed = this.status !== 0;
    let i = 0;
    while (i < words.length && /^[A-Za-z_]\w*=/.test(node.words[i]!)) {
      const w = words[i]!;
      this.vars.set(w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1));
      i++;
    }
    const argv = words.slice(i);
    const cut = node.words.findIndex((w) => /^\d?>>?|^<$/.test(w));
    const shown = node.words.slice(0, cut >= 0 ? cut : undefined).map((w, k) => (/[`$]/.test(w) ? (words[k] === '' ? "''" : words[k]!) : w)).join(' ');
    if (argv.length === 0) { if (this.xtrace) this.print(`+ ${shown}`); return substFailed ? 1 : 0; }
    if (this.xtrace && argv[0] !== 'set') this.print(`+ ${shown}`);
    if (node.bg) return 0;
    const redirected = argv.findIndex((w) => /^\d?>>?/.test(w) || w === '<');
    const args = (redirected >= 0 ? argv.slice(0, redirected) : argv).filter((w) => !/^\d?>&\d$/.test(w));
    const [program = '', ...rest] = args;
    const quiet = redirected >= 0;
    switch (program) {
      case 'set':
        for (const f of rest) { if (/^-\w+$/.test(f)) { if (f.includes('e')) this.errexit = true; if (f.includes('x')) this.xtrace = true; } }
        return 0;
      case 'exit': throw new Exit(rest[0] === undefined ? this.status : ((Number(rest[0]) % 256) + 256) % 256);
      case 'true': case ':': case 'cd': case 'export': case 'trap': case 'wait': case 'shift': case 'local': case 'source': case '.': case 'ulimit': case 'umask':
        return 0;
      case 'false': case 'read': return 1;
      case '[[': return this.test(rest.slice(0, -1));
      case '[': case 'test': return this.test(program === '[' ? rest.slice(0, -1) : rest);
      case 'echo': case 'printf': if (!quiet) this.print(rest.filter((w) => !/^-[neE]$/.test(w)).join(' ')); return 0;
      case 'exec': {
        if (rest.length === 0) return 0;
        const base = rest[0]!.slice(rest[0]!.lastIndexOf('/') + 1);
        if (!hasCommand(this.env.box, rest[0]!)) { this.notFound(rest[0]!, node.line); throw new Exit(127); }
        if (isLongRunning(base, rest.slice(1))) throw new Forever();
        throw new Exit(0);
      }
      default: break;
    }
    if (!hasCommand(this.env.box, program)) { this.notFound(program, node.line); return 127; }
    const base = program.slice(program.lastIndexOf('/') + 1);
    if (isLongRunning(base, rest)) throw new Forever();
    if (base === 'sleep') {
      const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(rest[0] ?? '');
      if (!m) { this.print(`sleep: invalid number '${rest[0] ?? ''}'`); return 1; }
      const unit = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
      this.timeMs += Math.round(Number(m[1]) * unit);
      return 0;
    }
    if (base === 'hostname' && !quiet) this.print(this.env.host);
    if (base === 'sysctl') return this.sysctl(rest, quiet);
    if (base === 'sh' || base === 'bash') return 0;
    return 0;
  }

  /**
   * `sysctl -w KEY=VALUE…` (busybox and procps print `KEY = VALUE`). The runtime mounts /proc/sys read-only in a
   * container that is not privileged, so the write fails: `sysctl: error setting key 'KEY': Read-only file system`.
   * Reading a key is not modelled (no values are known): it prints nothing.
   */
  private sysctl(args: readonly string[], quiet: boolean): number {
    if (!args.includes('-w')) return 0;
    let st = 0;
    for (const a of args.filter((w) => w.includes('='))) {
      const key = a.slice(0, a.indexOf('='));
      if (!this.env.privileged) {
        this.print(this.env.box.family === 'busybox' ? `sysctl: error setting key '${key}': Read-only file system` : `sysctl: setting key "${key}": Read-only file system`);
        st = 1;
      } else if (!quiet) this.print(`${key} = ${a.slice(a.indexOf('=') + 1)}`);
    }
    return st;
  }

  private pipeline(nodes: readonly Node[]): number {
    let st = 0;
    for (const n of nodes) st = this.node(n);
    return st;
  }

  /** errexit as bash has it: only a failure of the last pipeline of an `&&`/`||` list, outside conditions. */
  private item(item: Item, inCondition: boolean): number {
    let st = this.pipeline(item.first);
    let ranLast = item.rest.length === 0;
    item.rest.forEach((r, k) => {
      if ((r.op === '&&' && st === 0) || (r.op === '||' && st !== 0)) {
        st = this.pipeline(r.p);
        if (k === item.rest.length - 1) ranLast = true;
      }
    });
    this.status = st;
    if (this.errexit && !inCondition && st !== 0 && ranLast) throw new Exit(st);
    return st;
  }

  run(items: readonly Item[], inCondition = false): number {
    let st = 0;
    for (const it of items) st = this.item(it, inCondition);
    return st;
  }

  private node(n: Node): number {
    switch (n.k) {
      case 'simple': return this.simple(n);
      case 'if': {
        for (const b of n.branches) if (this.run(b.cond, true) === 0) return this.run(b.body);
        return this.run(n.otherwise);
      }
      case 'for': {
        const list = n.list.flatMap((w) => this.expand(w, 0).split(/\s+/).filter(Boolean));
        let st = 0;
        for (const v of list) { this.vars.set(n.name, v); st = this.run(n.body); }
        return st;
      }
      case 'while': case 'until': {
        for (let k = 0; k < MAX_LOOPS; k++) {
          const c = this.run(n.cond, true);
          if ((n.k === 'while') !== (c === 0)) return 0;
          this.run(n.body);
        }
        throw new Forever();
      }
    }
  }
}

/** Run a script; the result says when it exits (undefined: it keeps running) and what it printed. */
export function runScriptLog(script: string, env: ScriptEnv): { exitAfterMs?: number; exitCode: number; log: LogEntry[] } {
  const sh = new Shell(env);
  const items = new Parser(tokenize(script)).block(new Set());
  try {
    const st = sh.run(items);
    return { exitAfterMs: sh.timeMs, exitCode: st, log: sh.log };
  } catch (e) {
    if (e instanceof Exit) return { exitAfterMs: sh.timeMs, exitCode: e.code, log: sh.log };
    if (e instanceof Forever) return { exitCode: 0, log: sh.log };
    throw e;
  }
}

export function runScript(script: string, env: ScriptEnv): ProcessRun {
  const r = runScriptLog(script, env);
  return { ...(r.exitAfterMs !== undefined ? { exitAfterMs: r.exitAfterMs } : {}), exitCode: r.exitCode, log: r.log.map((l) => l.text), logAtMs: r.log.map((l) => l.atMs) };
}
