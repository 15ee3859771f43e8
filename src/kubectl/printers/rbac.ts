// ServiceAccount, Role, ClusterRole, RoleBinding and ClusterRoleBinding rows. Mirrors printers.go
// (printServiceAccount: NAME SECRETS AGE; printRole/printClusterRole: NAME CREATED AT, the creation time in
// RFC 3339; printRoleBinding/printClusterRoleBinding: NAME ROLE AGE, wide USERS GROUPS SERVICEACCOUNTS, with
// rbac.SubjectsStrings naming a service account `namespace/name`).
import type { KObject } from '../../sim/index';
import { since } from './duration';
import type { KindPrinter, PrintContext } from './types';

interface Subject { kind?: string; name?: string; namespace?: string }
interface BindingLike { roleRef?: { kind?: string; name?: string }; subjects?: readonly Subject[] }

export const serviceAccountPrinter: KindPrinter = {
  headers: ['NAME', 'SECRETS', 'AGE'],
  wideHeaders: [],
  row(obj: KObject, ctx: PrintContext): string[] {
    const secrets = (obj as { secrets?: readonly unknown[] }).secrets ?? [];
    return [obj.metadata.name ?? '', String(secrets.length), since(obj.metadata.creationTimestamp, ctx.nowMs)];
  },
};

export const rolePrinter: KindPrinter = {
  headers: ['NAME', 'CREATED AT'],
  wideHeaders: [],
  row(obj: KObject): string[] {
    return [obj.metadata.name ?? '', obj.metadata.creationTimestamp ?? ''];
  },
};

/** rbac.SubjectsStrings: users, groups and service accounts (`ns/name`) of a binding's subjects. */
function subjectsStrings(subjects: readonly Subject[]): [string, string, string] {
  const users: string[] = [];
  const groups: string[] = [];
  const sas: string[] = [];
  for (const s of subjects) {
    if (s.kind === 'User') users.push(s.name ?? '');
    else if (s.kind === 'Group') groups.push(s.name ?? '');
    else if (s.kind === 'ServiceAccount') sas.push(`${s.namespace ?? ''}/${s.name ?? ''}`);
  }
  return [users.join(', '), groups.join(', '), sas.join(', ')];
}

export const roleBindingPrinter: KindPrinter = {
  headers: ['NAME', 'ROLE', 'AGE'],
  wideHeaders: ['USERS', 'GROUPS', 'SERVICEACCOUNTS'],
  row(obj: KObject, ctx: PrintContext): string[] {
    const b = obj as unknown as BindingLike;
    const cells = [obj.metadata.name ?? '', `${b.roleRef?.kind ?? ''}/${b.roleRef?.name ?? ''}`, since(obj.metadata.creationTimestamp, ctx.nowMs)];
    return ctx.wide ? [...cells, ...subjectsStrings(b.subjects ?? [])] : cells;
  },
};
