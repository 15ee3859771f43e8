import { describe, expect, it } from 'vitest';
import { fakeView } from '../../../testing/fakeView';
import { admitCreate } from '../admission';
import { errorOf, sts } from './testing/builders';

describe('int32 decoding', () => {
  it('rejects replicas outside int32 with the API server’s decode error', () => {
    expect(errorOf(admitCreate(sts({ replicas: 99999999999 }), fakeView([])))).toBe(
      'StatefulSet in version "v1" cannot be handled as a StatefulSet: json: cannot unmarshal number 99999999999 into Go struct field StatefulSetSpec.spec.replicas of type int32');
    expect(errorOf(admitCreate(sts({ replicas: 2147483648 }), fakeView([])))).toMatch(/cannot unmarshal number 2147483648 into Go struct field StatefulSetSpec\.spec\.replicas of type int32$/);
    expect(errorOf(admitCreate(sts({ replicas: 1.5 }), fakeView([])))).toMatch(/cannot unmarshal number 1\.5 into/);
  });

  it('lets the largest int32 through to validation', () => {
    const r = admitCreate(sts({ replicas: 2147483647 }), fakeView([]));
    expect(r.ok ? '' : errorOf(r)).not.toMatch(/cannot unmarshal/);
  });
});
