/**
 * The plan's risks on a 5 x 5 grid of impact against likelihood, each square coloured by the band its
 * score falls in (the same band rule as the risk table's computed column).
 */
import type { Block } from '../../shared/model/plan';
import { withComputed, evalExpr } from '../../shared/calc/evaluate';
import { columnDef } from '../../shared/model/table-kinds';

const SCALE = [1, 2, 3, 4, 5];
const bandOf = (score: number) => evalExpr(columnDef('risks', 'band')!.computed!, () => score) as string;

export function RiskHeatMap({ block }: { block: Extract<Block, { kind: 'table' }> }) {
  const risks = block.rows.map((r) => ({ id: r.id, cells: withComputed('risks', 'line', r.cells) }));
  const at = (impact: number, likelihood: number) => risks.filter((r) => r.cells.impact === impact && r.cells.likelihood === likelihood);
  const label = (r: (typeof risks)[number]) =>
    String(r.cells.event ?? '')
      .split(':')[0]
      .slice(0, 40);
  return (
    <figure className="heat-map" aria-label="Risk heat map">
      <div className="heat-grid">
        <div className="axis-y">Impact</div>
        {[...SCALE].reverse().map((impact) => (
          <div key={impact} className="heat-row">
            <span className="tick">{impact}</span>
            {SCALE.map((likelihood) => {
              const here = at(impact, likelihood);
              return (
                <div
                  key={likelihood}
                  className={`heat-cell band-${bandOf(impact * likelihood)}`}
                  data-impact={impact}
                  data-likelihood={likelihood}
                  title={`Impact ${impact} x likelihood ${likelihood} = ${impact * likelihood}`}
                >
                  {here.map((r) => (
                    <span key={r.id} className="risk-dot" title={String(r.cells.event ?? '')}>
                      {label(r)}
                    </span>
                  ))}
                </div>
              );
            })}
          </div>
        ))}
        <div className="heat-row ticks">
          <span className="tick" />
          {SCALE.map((l) => (
            <span key={l} className="tick">
              {l}
            </span>
          ))}
        </div>
        <div className="axis-x">Likelihood</div>
      </div>
      <figcaption>
        {risks.filter((r) => typeof r.cells.score === 'number').length} of {risks.length} risks rated
      </figcaption>
    </figure>
  );
}
