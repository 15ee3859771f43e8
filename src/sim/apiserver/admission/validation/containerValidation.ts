// Container validation. Mirrors kubernetes/kubernetes pkg/apis/core/validation/validation.go (validateContainers,
// validateContainerCommon, validateContainerPorts, ValidateVolumeMounts, ValidateEnv, validatePullPolicy,
// ValidateResourceRequirements) and apimachinery util/validation (IsValidPortNum, IsValidPortName).
// Deviations: probes, lifecycle hooks, security contexts and env var name syntax are not validated.
import type { FieldCause } from '../../../api/errors';
import { parseQuantity, tryParseQuantity } from '../../../api/quantity';
import { duplicate, invalid, notFound, required, unsupported } from '../fieldErrors';
import { isDNS1123Label, validateName } from '../names';
import { isRec, num, objects, str, type Json } from '../util';

export const PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const;
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

/** IsValidPortNum. */
export function portNumErrors(port: number): string[] {
  return port >= 1 && port <= 65535 ? [] : ['must be between 1 and 65535, inclusive'];
}

/** IsValidPortName (IANA_SVC_NAME). */
export function portNameErrors(name: string): string[] {
  const errs: string[] = [];
  if (name.length > 15) errs.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) errs.push('must contain at least one letter (a-z)');
  if (name.includes('--')) errs.push('must not contain consecutive hyphens');
  if (name.startsWith('-') || name.endsWith('-')) errs.push('must not begin or end with a hyphen');
  return errs;
}

function validatePorts(ports: Json[], path: string): FieldCause[] {
  const out: FieldCause[] = [];
  const names = new Set<string>();
  ports.forEach((p, i) => {
    const at = `${path}[${i}]`;
    const name = str(p['name']) ?? '';
    if (name) {
      const msgs = portNameErrors(name);
      if (msgs.length) out.push(...msgs.map((m) => invalid(`${at}.name`, name, m)));
      else if (names.has(name)) out.push(duplicate(`${at}.name`, name));
      else names.add(name);
    }
    const cp = num(p['containerPort']) ?? 0;
    if (cp === 0) out.push(required(`${at}.containerPort`));
    else out.push(...portNumErrors(cp).map((m) => invalid(`${at}.containerPort`, cp, m)));
    const proto = str(p['protocol']) ?? '';
    if (!proto) out.push(required(`${at}.protocol`));
    else if (!(PROTOCOLS as readonly string[]).includes(proto)) out.push(unsupported(`${at}.protocol`, proto, PROTOCOLS));
  });
  return out;
}

function validateMounts(mounts: Json[], volumes: ReadonlySet<string>, path: string): FieldCause[] {
  const out: FieldCause[] = [];
  const paths = new Set<string>();
  mounts.forEach((m, i) => {
    const at = `${path}[${i}]`;
    const name = str(m['name']) ?? '';
    if (!name) out.push(required(`${at}.name`));
    if (!volumes.has(name)) out.push(notFound(`${at}.name`, name));
    const mountPath = str(m['mountPath']) ?? '';
    if (!mountPath) out.push(required(`${at}.mountPath`));
    else if (paths.has(mountPath)) out.push(invalid(`${at}.mountPath`, mountPath, 'must be unique'));
    paths.add(mountPath);
  });
  return out;
}

function validateResources(res: unknown, path: string): FieldCause[] {
  if (!isRec(res)) return [];
  const out: FieldCause[] = [];
  const limits = isRec(res['limits']) ? res['limits'] : {};
  const requests = isRec(res['requests']) ? res['requests'] : {};
  for (const [group, values] of [['limits', limits], ['requests', requests]] as const) {
    for (const [k, v] of Object.entries(values)) {
      const q = tryParseQuantity(v);
      if (q && q.value < 0) out.push(invalid(`${path}.${group}[${k}]`, String(v), 'must be greater than or equal to 0'));
    }
  }
  for (const [k, v] of Object.entries(requests)) {
    const limit = limits[k];
    if (limit !== undefined && parseQuantity(v) > parseQuantity(limit)) {
      out.push(invalid(`${path}.requests`, String(v), `must be less than or equal to ${k} limit of ${String(limit)}`));
    }
  }
  return out;
}

function validateContainer(c: Json, volumes: ReadonlySet<string>, path: string): FieldCause[] {
  const out: FieldCause[] = [];
  const name = str(c['name']) ?? '';
  if (!name) out.push(required(`${path}.name`));
  else out.push(...validateName(name, isDNS1123Label, `${path}.name`));
  if (!str(c['image'])) out.push(required(`${path}.image`));
  out.push(...validatePorts(objects(c['ports']), `${path}.ports`));
  objects(c['env']).forEach((e, i) => {
    if (!str(e['name'])) out.push(required(`${path}.env[${i}].name`));
  });
  out.push(...validateMounts(objects(c['volumeMounts']), volumes, `${path}.volumeMounts`));
  const policy = str(c['imagePullPolicy']) ?? '';
  if (!policy) out.push(required(`${path}.imagePullPolicy`));
  else if (!PULL_POLICIES.includes(policy)) out.push(unsupported(`${path}.imagePullPolicy`, policy, PULL_POLICIES));
  out.push(...validateResources(c['resources'], `${path}.resources`));
  return out;
}

/** validateContainers: at least one container, each valid, names unique (across init and regular containers). */
export function validateContainers(
  containers: unknown, volumes: ReadonlySet<string>, path: string, seen: Set<string>, requireOne: boolean,
): FieldCause[] {
  const list = objects(containers);
  const out: FieldCause[] = [];
  if (requireOne && list.length === 0) out.push(required(path));
  list.forEach((c, i) => {
    out.push(...validateContainer(c, volumes, `${path}[${i}]`));
    const name = str(c['name']) ?? '';
    if (seen.has(name)) out.push(duplicate(`${path}[${i}].name`, name));
    else seen.add(name);
  });
  return out;
}
