/**
 * A directorate-sized synthetic plan for benchmarks: N units, each with about 40 budget lines,
 * 200 actions and 1,000 deliverables, with text lengths like the sample's. Deterministic for a given N.
 */
import type { PlanIn, RowIn } from '../../shared/model/plan';
import { kindDef } from '../../shared/model/table-kinds';
import { outlineForNewPlan } from '../../shared/model/standard-outline';
import type { RichDoc } from '../../shared/model/richtext';

const WORDS =
  'support challenge schools settings improve quality outcomes children young people leadership training partnership clusters evaluation standards progress curriculum networks workforce development achievement monitoring review targets strategy local learning'.split(
    ' ',
  );
const MONTHS = ['April', 'May', 'June', 'July', 'Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function syntheticPlan(units: number, seed = 1): PlanIn {
  const r = rng(seed);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
  const sentence = (n: number) => words(n).replace(/^./, (c) => c.toUpperCase()) + '.';
  const money = (max: number) => Math.round(r() * max * 10) / 10;
  const para = (): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `${sentence(40)} ${sentence(35)}` }] }] });
  const unitNames = Array.from({ length: units }, (_, i) => `Unit ${i + 1} ${words(2)}`);

  const budgetRows = (): RowIn[] => [
    ...Array.from({ length: 40 }, () => ({
      role: 'line' as const,
      cells: {
        lastYearControllable: money(2000),
        lastYearFte: money(20),
        activity: sentence(6),
        fte: money(20),
        employee: money(1500),
        running: money(500),
        contracts: money(100),
        externalIncome: -money(200),
        internalIncome: -money(50),
        cabinetMember: 'CW',
      },
    })),
    ...kindDef('budget').roles[1].fixedLabels!.map((label) => ({
      role: 'memo' as const,
      cells: { activity: label, lastYearControllable: money(300), controllable: money(100) },
    })),
  ];
  const actionRows = (unit: string): RowIn[] => {
    const rows: RowIn[] = [{ role: 'unit', cells: { title: unit } }];
    for (let o = 0; o < 10; o++) {
      rows.push({ role: 'objective', cells: { title: sentence(22), ecm: '3, 5' } });
      for (let a = 0; a < 20; a++) {
        rows.push({
          role: 'action',
          cells: {
            title: sentence(25),
            managers: [`${words(1)} ${words(1)}`],
            links: ['Towards 2010 - 10', `CYPP Priority ${1 + Math.floor(r() * 25)}`, `LAA ${1 + Math.floor(r() * 7)}`],
            deliverables: Array.from({ length: 5 }, () => ({
              text: sentence(20),
              target: `${MONTHS[Math.floor(r() * MONTHS.length)]} ${2008 + Math.floor(r() * 2)}`,
            })),
          },
        });
      }
    }
    return rows;
  };

  let unit = '';
  return {
    kind: 'unit',
    header: {
      directorate: 'Synthetic Directorate',
      division: `Synthetic Division (${units} units)`,
      title: 'Annual Business Unit Operational Plan',
      year: 2008,
      cabinetMember: 'A Member',
      director: 'A Director',
      planContact: 'A Contact',
    },
    sections: outlineForNewPlan(unitNames).map((e) => {
      if (e.level === 1) unit = e.title;
      return {
        title: e.title,
        level: e.level,
        blocks: (e.tables ?? []).length
          ? e.tables!.map((k) => ({
              kind: 'table' as const,
              tableKind: k,
              title: kindDef(k).title,
              meta: k === 'budget' ? { unitName: unit } : {},
              rows: k === 'budget' ? budgetRows() : k === 'actions' ? actionRows(unit) : [],
            }))
          : [{ kind: 'narrative' as const, doc: para() }],
      };
    }),
  };
}
