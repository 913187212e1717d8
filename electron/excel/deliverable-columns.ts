/**
 * A deliverables column as the seed prints it: the deliverables in one column and each one's target date
 * in its own column beside it ("Target date"), not folded into the text as "[March 2009]".
 */
import type { HeadingGroup } from '../../shared/model/headings';

export const TARGET_SUFFIX = '.target';
export const TARGET_HEADING = 'Target date';
const TARGET_WIDTH = 13;

/** The groups with a target-date column after every deliverables column. */
export function deliverableColumns(groups: HeadingGroup[]): HeadingGroup[] {
  return groups.map((g) => ({
    ...g,
    columns: g.columns.flatMap((c) =>
      c.type === 'deliverables'
        ? [c, { ...c, id: `${c.id}${TARGET_SUFFIX}`, heading: TARGET_HEADING, label: TARGET_HEADING, type: 'dateText' as const, width: TARGET_WIDTH }]
        : [c],
    ),
  }));
}
