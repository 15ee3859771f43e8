// What a card says: its kind badge and title line. A DNS name is long: its first label(s) lead (bold), the zone
// follows (muted).

/** The kind badge, kubectl's short names. */
export const KIND_SHORT: Record<string, string> = {
  StatefulSet: 'sts', Deployment: 'deploy', ReplicaSet: 'rs', Pod: 'pod', PersistentVolumeClaim: 'pvc',
  PersistentVolume: 'pv', StorageClass: 'sc', Service: 'svc', Node: 'node', DNSRecord: 'dns',
};

export function cardTitle(kind: string, name: string): [head: string, zone: string] {
  if (kind !== 'DNSRecord') return [name, ''];
  const i = name.indexOf('.svc.');
  const head = i > 0 ? name.slice(0, i) : name;
  const cut = head.lastIndexOf('.');
  return cut > 0 ? [head.slice(0, cut), name.slice(cut)] : [head, i > 0 ? name.slice(i) : ''];
}

/** The tooltip of a card: kind, namespace/name and STATUS. */
export function cardTooltip(data: { kind: string; name: string; namespace: string; status: string }): string {
  const ns = data.namespace && data.kind !== 'DNSRecord' ? `${data.namespace}/` : '';
  return `${data.kind} ${ns}${data.name} · ${data.status}`;
}
