// One object in a compare region: the same card, data-* attributes and accessible label as the main graph's nodes.
import { memo } from 'react';
import type { KObject } from '../../sim';
import { t } from '../i18n';
import { objectFields, objectStatus, toneOf } from '../graph/status';
import { cardTitle, cardTooltip, KIND_SHORT, middleEllipsis } from '../graph/nodes/cardText';

import { KindIcon } from '../graph/nodes/icons';

/** The name's room on a compare card (212 px wide, less borders and padding), in the name font's px. */
const COMPARE_NAME_PX = 190;

export const CompareCard = memo(function CompareCard({ obj, nowMs }: { obj: KObject; nowMs: number }) {
  const kind = obj.kind;
  const name = obj.metadata.name ?? '';
  const namespace = obj.metadata.namespace ?? '';
  const status = objectStatus(obj, nowMs);
  const tone = toneOf(kind, status);
  const fields = objectFields(obj, nowMs);
  const [head, zone] = cardTitle(kind, name);
  return (
    <div className="cmp-card" role="group" aria-roledescription="node" tabIndex={0} aria-label={t('nodeLabel', { kind, name, status })}
      data-kind={kind} data-name={name} data-namespace={namespace} data-status={status}>
      <div className={`k8s-node tone-${tone} kind-${kind}`} title={cardTooltip({ kind, name, namespace, status })}>
        <div className="k8s-node-head">
          <span className="k8s-node-name">{middleEllipsis(head, COMPARE_NAME_PX)}{zone && <span className="k8s-node-zone">{zone}</span>}</span>
        </div>
        <div className="k8s-node-foot">
          <span className="k8s-node-kind" aria-hidden="true"><KindIcon kind={kind} />{KIND_SHORT[kind] ?? kind}</span>
          <span className="k8s-node-status">{status}</span>
          {fields[0] && <span className="k8s-node-detail">{fields[0]}</span>}
        </div>
        {fields[1] && <div className="k8s-node-extra">{fields[1]}</div>}
      </div>
    </div>
  );
});
