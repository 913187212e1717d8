/**
 * The risk heat map for print, drawn after the risk register it summarises: a 5 x 5 grid of impact
 * against likelihood, each square in the colour of its score's band (the risk table's own computed band
 * column, so the map and the register cannot disagree), holding the number of each risk rated there.
 */
import type { Block } from '../../shared/model/plan';
import { evalExpr, withComputed } from '../../shared/calc/evaluate';
import { columnDef } from '../../shared/model/table-kinds';
import { escapeHtml } from './print-narrative';

const SCALE = [1, 2, 3, 4, 5];
const bandOf = (score: number) => String(evalExpr(columnDef('risks', 'band')!.computed!, () => score)).toLowerCase();

export const HEAT_MAP_CSS = `
figure.heat-map { break-inside: avoid; margin: 4mm 0 0; }
figure.heat-map table { border-collapse: collapse; font-size: 8pt; }
figure.heat-map td, figure.heat-map th { border: 0.5pt solid #555; width: 16mm; height: 9mm; text-align: center; vertical-align: middle; }
figure.heat-map th { background: none; font-weight: normal; border: none; }
figure.heat-map .axis { font-weight: bold; border: none; }
figure.heat-map figcaption { font-size: 8pt; margin-top: 1.5mm; }
figure.heat-map ol { font-size: 8pt; margin: 1.5mm 0 0; }`;

/** The map for one risk table; risks are numbered in register order (R1, R2 ...) and listed under it. */
export function heatMapHtml(block: Extract<Block, { kind: 'table' }>): string {
  const risks = block.rows.map((r, i) => ({ n: i + 1, cells: withComputed('risks', 'line', r.cells) }));
  const rated = risks.filter((r) => typeof r.cells.impact === 'number' && typeof r.cells.likelihood === 'number');
  const rows = [...SCALE].reverse().map((impact) => {
    const cells = SCALE.map((likelihood) => {
      const here = rated.filter((r) => r.cells.impact === impact && r.cells.likelihood === likelihood).map((r) => `R${r.n}`);
      return `<td class="band-${bandOf(impact * likelihood)}" title="Impact ${impact} x likelihood ${likelihood}">${here.join(' ')}</td>`;
    });
    return `<tr>${impact === 5 ? '<th class="axis" rowspan="5">Impact</th>' : ''}<th>${impact}</th>${cells.join('')}</tr>`;
  });
  const ticks = `<tr><th></th><th></th>${SCALE.map((l) => `<th>${l}</th>`).join('')}</tr><tr><th></th><th></th><th class="axis" colspan="5">Likelihood</th></tr>`;
  const list = risks
    .map(
      (r) =>
        `<li>R${r.n}: ${escapeHtml(
          String(r.cells.event ?? '')
            .split(/[:\n]/)[0]
            .slice(0, 80),
        )}</li>`,
    )
    .join('');
  return `<figure class="heat-map"><table aria-label="Risk heat map">${rows.join('')}${ticks}</table>
<figcaption>Risk heat map: ${rated.length} of ${risks.length} risks rated.</figcaption><ol style="list-style: none; padding: 0">${list}</ol></figure>`;
}
