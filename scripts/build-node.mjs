// Bundles the Node-side entry points (Electron main and preload, the web host, the CLI) with esbuild.
// Dependencies stay external (better-sqlite3 is native; electron is provided at run time).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning', packages: 'external' };
const entries = {
  'electron-main': 'electron/main.ts',
  'web-host': 'electron/web-host.ts',
  cli: 'electron/cli/main.ts',
};
await Promise.all([
  ...Object.entries(entries).map(([name, entry]) => build({ ...common, entryPoints: [entry], outfile: `dist/node/${name}.cjs` })),
  // The workbook parser's separate process (a utility process in Electron, a child process under Node),
  // self-contained (exceljs bundled in) so a packaged app can start it from outside the asar archive
  // (electron/excel/parse-isolated.ts).
  build({ ...common, packages: undefined, entryPoints: ['electron/excel/import-worker.ts'], outfile: 'dist/node/import-worker.cjs' }),
  // The Word reader's separate process, the same way (mammoth bundled in): electron/word/docx-isolated.ts.
  build({ ...common, packages: undefined, entryPoints: ['electron/word/docx-worker.ts'], outfile: 'dist/node/docx-worker.cjs' }),
  // The sandboxed preload can require only 'electron': everything else is bundled in.
  build({ ...common, packages: undefined, external: ['electron'], entryPoints: ['electron/preload.ts'], outfile: 'dist/node/preload.cjs' }),
]);
