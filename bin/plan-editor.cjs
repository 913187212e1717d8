#!/usr/bin/env node
// The command-line companion; built by `npm run build` (run automatically by npm install).
require('../dist/node/cli.cjs')
  .main(process.argv.slice(2))
  .then((code) => (process.exitCode = code));
