export { dnsRecords, reverseName, CLUSTER_DOMAIN } from './records';
export type { DnsRecord } from './records';
export { resolveA, resolveSrv, resolvePtr, resolvConf, searchPath, candidates, NAMESERVER } from './resolve';
export type { Answer, Resolution } from './resolve';
