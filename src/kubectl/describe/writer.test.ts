import { describe, expect, test } from 'vitest';
import { prefixWriter, tabwrite } from './writer';

describe('tabwrite (Go text/tabwriter, padding 2)', () => {
  test('aligns a block of lines; a line without tabs ends it', () => {
    expect(tabwrite('Name:\tweb-0\nNamespace:\tdefault\nIPs:\n  IP:\t10.0.0.1\nControlled By:\tStatefulSet/web\n')).toBe(
      'Name:       web-0\nNamespace:  default\nIPs:\n  IP:           10.0.0.1\nControlled By:  StatefulSet/web\n',
    );
  });
  test('nested columns and trailing cells', () => {
    expect(tabwrite('  Type\tStatus\n  Ready \tTrue \n')).toBe('  Type    Status\n  Ready   True \n');
  });
  test('flush separates blocks', () => {
    const w = prefixWriter();
    w.write(0, 'QoS Class:\tBestEffort\n');
    w.flush();
    w.write(0, 'Events:\n  Type\tReason\n');
    w.write(1, '----\t------\n');
    expect(w.done()).toBe('QoS Class:  BestEffort\nEvents:\n  Type  Reason\n  ----  ------\n');
  });
});
