// Integer fields are decoded before validation: a number that does not fit the Go field's type (replicas in
// int32) fails the whole request as a decode error, as encoding/json's UnmarshalTypeError does behind the API
// server's JSON serializer (k8s.io/apimachinery/pkg/runtime/serializer/json, via sigs.k8s.io/json):
//   StatefulSet in version "v1" cannot be handled as a StatefulSet: json: cannot unmarshal number 99999999999 into
//   Go struct field StatefulSetSpec.spec.replicas of type int32
import type { ApiError } from '../../api/errors';
import type { KObject } from '../../api/types';
import { rec } from './util';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** The int32 fields checked, per kind: [Go struct, path under the object, key]. */
const FIELDS: Readonly<Record<string, readonly [string, string, string][]>> = {
  StatefulSet: [['StatefulSetSpec', 'spec', 'replicas'], ['StatefulSetSpec', 'spec', 'minReadySeconds'], ['StatefulSetSpec', 'spec', 'revisionHistoryLimit']],
  Deployment: [['DeploymentSpec', 'spec', 'replicas'], ['DeploymentSpec', 'spec', 'minReadySeconds'], ['DeploymentSpec', 'spec', 'revisionHistoryLimit'],
    ['DeploymentSpec', 'spec', 'progressDeadlineSeconds']],
  ReplicaSet: [['ReplicaSetSpec', 'spec', 'replicas'], ['ReplicaSetSpec', 'spec', 'minReadySeconds']],
};

/** Go's text for a JSON number: the literal as written (we only have the parsed value: its shortest form). */
const literal = (n: number) => (Number.isInteger(n) && Math.abs(n) < 1e21 ? BigInt(n).toString() : String(n));

export function int32DecodingError(obj: KObject): ApiError | undefined {
  for (const [struct, at, key] of FIELDS[obj.kind] ?? []) {
    const v = rec((obj as unknown as Record<string, unknown>)[at])?.[key];
    if (typeof v !== 'number' || (Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX)) continue;
    const version = obj.apiVersion.includes('/') ? obj.apiVersion.slice(obj.apiVersion.indexOf('/') + 1) : obj.apiVersion;
    return {
      reason: 'BadRequest',
      message: `${obj.kind} in version "${version}" cannot be handled as a ${obj.kind}: json: cannot unmarshal number ${literal(v)} into Go struct field ${struct}.${at}.${key} of type int32`,
    };
  }
  return undefined;
}
