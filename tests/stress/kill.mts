/**
 * The kill test at full count: node --import tsx tests/stress/kill.mts [rounds=200] [seed=1]
 * Prints kills survived, acknowledged edits checked and where the kills landed; exits 1 on any loss.
 */
import { killRounds } from '../support/kill-harness';

const rounds = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? 1);
const started = Date.now();
const stats = await killRounds(rounds, seed);
console.log(`kills: ${stats.rounds}, acknowledged edits checked: ${stats.acknowledged}, problems: ${stats.problems.length}`);
console.log(
  `kills landed: ${Object.entries(stats.landed)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
console.log(`time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const p of stats.problems.slice(0, 20)) console.log(`  ${p}`);
process.exit(stats.problems.length ? 1 : 0);
