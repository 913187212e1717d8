/**
 * The API fuzz at full counts: `node --import tsx tests/stress/api-fuzz.mts [runs per call] [seed]`.
 * Prints payloads sent per call, the answers' codes, crashes and model-rule violations; exits 1 on any.
 */
import { sampleDb } from '../unit/sample-db';
import { fuzzApi, prototypePolluted } from '../support/api-fuzz';

const runs = Number(process.argv[2] ?? 1500);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const { db } = sampleDb();
const started = Date.now();
const report = await fuzzApi(db, { runs, seed, onChunk: (done) => done % 250 === 0 && process.stderr.write(`  ${done}/${runs}\n`) });
const seconds = ((Date.now() - started) / 1000).toFixed(1);

const total = Object.values(report.sent).reduce((a, b) => a + b, 0);
console.log(`API fuzz: seed ${seed}, ${runs} runs per call, ${total} payloads in ${seconds} s`);
for (const name of Object.keys(report.sent).sort()) {
  const codes = Object.entries(report.codes[name] ?? {})
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  console.log(`  ${name.padEnd(22)} ${String(report.sent[name]).padStart(7)}  ${codes}`);
}
const polluted = prototypePolluted();
console.log(`crashes (INTERNAL or thrown): ${report.crashes.length}`);
for (const c of report.crashes.slice(0, 20)) console.log(`  ${c.slice(0, 400)}`);
console.log(`model-rule violations: ${report.violations.length}`);
for (const v of report.violations.slice(0, 20)) console.log(`  ${v}`);
console.log(`undo/redo of every step: ${report.undoRedo.length ? report.undoRedo.length + ' problems' : 'sound'}`);
for (const v of report.undoRedo.slice(0, 20)) console.log(`  ${v}`);
console.log(`Object.prototype polluted: ${polluted ? 'YES' : 'no'}`);
const failed = report.crashes.length + report.violations.length + report.undoRedo.length > 0 || polluted;
console.log(failed ? 'FAILED' : 'nothing broken');
process.exit(failed ? 1 : 0);
