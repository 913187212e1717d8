// Bundles the Node-side entry points (Electron main and preload, the web host, the CLI) with esbuild.
// Dependencies stay external (better-sqlite3 is native; electron is provided at run time).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning', packages: 'external' };
const entries = {
  'electron-main': 'electron/main.ts',
  'web-host': 'electron/web-host.ts',
  cli: 'electron/cli/main.ts',
  // Parses workbooks someone sent us in a worker thread (electron/excel/parse-isolated.ts).
  'import-worker': 'electron/excel/import-worker.ts',
};
await Promise.all([
  ...Object.entries(entries).map(([name, entry]) => build({ ...common, entryPoints: [entry], outfile: `dist/node/${name}.cjs` })),
  // The sandboxed preload can require only 'electron': everything else is bundled in.
  build({ ...common, packages: undefined, external: ['electron'], entryPoints: ['electron/preload.ts'], outfile: 'dist/node/preload.cjs' }),
]);
