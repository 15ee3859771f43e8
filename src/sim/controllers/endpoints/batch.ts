// Endpoint controllers batch pod changes (like kube-controller-manager's --endpoint-updates-batch-period and
// --endpointslice-updates-batch-period): changes within this window are written in one update. The delay is
// invisible at teaching speed and keeps large sets cheap.
export const ENDPOINT_BATCH_MS = 100;
