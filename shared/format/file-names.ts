/** File names for what the app writes: "<division> <what> <2008-09>.<ext>", safe on Windows, macOS and Linux. */
import type { PlanHeader } from '../model/plan';
import { fyLabel } from '../calc/financial-year';

export function exportFileName(header: PlanHeader, what: string, ext: 'xlsx' | 'pdf' | 'json' | 'plan' | 'docx'): string {
  const name = `${header.division || header.title || 'Plan'} ${what} ${fyLabel(header.year).replace('/', '-')}`;
  return `${name
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()}.${ext}`;
}
