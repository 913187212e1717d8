// `npm start`: the desktop app. Electron fetches its runtime on first use; where that cannot happen
// (no network to Electron's download host), say so in one line and point at the browser version.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const unavailable = () => {
  console.error('Plan Editor: the Electron runtime is not available on this machine (it could not be downloaded); run `npm run web` to open the same app in your browser.');
  process.exit(1);
};

let electronDir;
try {
  electronDir = path.dirname(require.resolve('electron/package.json'));
} catch {
  unavailable();
}
const pathFile = path.join(electronDir, 'path.txt');
const installed = () => fs.existsSync(pathFile) && fs.existsSync(path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8')));
if (!installed()) {
  // Electron's own installer, quietly and with a time limit; its failure is reported in our one line.
  const r = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
  if (r.status !== 0 || !installed()) unavailable();
}
if (!fs.existsSync(path.join(root, 'dist', 'node', 'electron-main.cjs'))) {
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const electron = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8'));
const child = spawn(electron, [root], { stdio: 'inherit' });
child.on('close', (code) => process.exit(code ?? 1));
