// What is installed in each simulated image lives in the engine (src/sim/cluster/imageContents.ts: probes and
// container scripts need it too); the console's shell adds the prompt.
import type { Toolbox } from '../../sim/index';

export { toolboxOf, hasCommand, type NslookupFlavour, type Toolbox } from '../../sim/index';

/** The prompt of an interactive shell: bash `root@web-0:/# `, busybox sh `/ # `, dash `# `. */
export function promptOf(box: Toolbox, shell: string, hostname: string): string {
  const base = shell.slice(shell.lastIndexOf('/') + 1);
  if (base === 'bash') return `root@${hostname}:/# `;
  return box.family === 'busybox' ? '/ # ' : '# ';
}
