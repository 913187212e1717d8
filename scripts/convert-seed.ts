/**
 * Builds the bundled sample plan (assets/sample-plan.json) from the two seed documents:
 *   node --import tsx scripts/convert-seed.ts [--seed000 PATH] [--seed004 PATH] [--out PATH]
 * The output is validated with the exchange schema before it is written, and is deterministic
 * (same seeds, same bytes). Repairs made to garbled seed text are listed on stderr.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { exchangeSchema } from '../shared/model/plan';
import { introductionPlan } from './seed/introduction';
import { unitPlan } from './seed/outline';

const { values } = parseArgs({
  options: {
    seed000: { type: 'string', default: 'assets/seeds/000_006e9e3f17f00e5e.txt' },
    seed004: { type: 'string', default: 'assets/seeds/004_22bfe421360bdf67.txt' },
    out: { type: 'string', default: 'assets/sample-plan.json' },
  },
});

const notes: string[] = [];
const unit = unitPlan(readFileSync(values.seed000!, 'utf8'), notes);
const intro = introductionPlan(readFileSync(values.seed004!, 'utf8'), unit.header.directorate);
const file = {
  format: 'plan-editor/v1' as const,
  plans: [
    { kind: 'introduction' as const, header: intro.header, sections: intro.sections },
    { kind: 'unit' as const, header: unit.header, sections: unit.sections },
  ],
};

const checked = exchangeSchema.safeParse(file);
if (!checked.success) {
  console.error('The converted plan does not match the exchange format:');
  for (const issue of checked.error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}

mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, `${JSON.stringify(file, null, 2)}\n`);

const tables = file.plans.flatMap((p) => p.sections.flatMap((s) => s.blocks)).filter((b) => b.kind === 'table');
const perKind = new Map<string, number>();
for (const t of tables) perKind.set(t.tableKind, (perKind.get(t.tableKind) ?? 0) + t.rows.length);
console.error(`wrote ${values.out}`);
for (const p of file.plans) console.error(`  ${p.kind}: ${p.sections.length} sections, ${p.sections.reduce((n, s) => n + s.blocks.length, 0)} blocks`);
console.error(`  rows per table kind: ${[...perKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.error(
  `  actions per unit: ${Object.entries(unit.actionsPerUnit)
    .map(([u, n]) => `${u} ${n}`)
    .join(', ')}`,
);
for (const n of notes) console.error(`  note: ${n}`);
