// `npm start`: install what is missing, build the web app, then run the server (which migrates, seeds the
// Kertapati demo data on an empty database and prints the URL and demo logins). Ctrl-C stops it cleanly.
import { checkNode, ensureInstalled, ensureWebBuilt, root, spawn } from './lib.mjs';

checkNode();
ensureInstalled();
ensureWebBuilt();

const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { DEMO: '1', ...process.env },
});
// The terminal sends Ctrl-C to the whole process group; the server shuts down by itself and we follow it.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
