/** A links cell: one citation per line, those the catalogue of targets does not know marked as such. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import { linkStatus } from '../../shared/calc/target-catalogue';
import { usePlanStore } from '../stores/plan-store';

export function LinksCell(props: CustomCellRendererProps<unknown, string[] | null>) {
  const catalogue = usePlanStore((s) => s.catalogue);
  return (
    <div className="links-cell">
      {(props.value ?? []).map((l, i) =>
        linkStatus(l, catalogue).unmatched ? (
          <div key={i} className="link-unmatched" title="Not in the catalogue of targets: kept as text">
            {l}
          </div>
        ) : (
          <div key={i}>{l}</div>
        ),
      )}
    </div>
  );
}
