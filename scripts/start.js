// `npm start`: sideloads the add-in into desktop Excel where Microsoft's tooling supports it
// (Windows, Mac), otherwise serves it and prints how to load it in Excel on the web.
// office-addin-debugging is fetched on demand (npx) so that `npm ci` never needs it: it does not
// support Linux and pulls in keytar, which fails to build on a bare Linux machine.
'use strict';

const { spawn } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (process.platform === 'win32' || process.platform === 'darwin') {
  run(npx, ['--yes', 'office-addin-debugging@6', 'start', 'manifest.xml', 'desktop', '--app', 'excel']);
} else {
  console.log(
    [
      'Excel desktop non esiste su Linux: avvio il server del componente aggiuntivo su https://localhost:3000.',
      'Per provarlo in Excel sul web: aprite una cartella di lavoro, Home > Componenti aggiuntivi >',
      'Altri componenti aggiuntivi > Carica il mio componente aggiuntivo, e scegliete manifest.xml.',
      'Senza Excel, provate il banco di prova: npm run workbench (http://localhost:3100/workbench.html).',
      '(Excel desktop does not run on Linux: serving the add-in; in Excel on the web use',
      ' Home > Add-ins > More add-ins > Upload My Add-in and pick manifest.xml. Without Excel: npm run workbench.)',
    ].join('\n'),
  );
  run(npx, ['webpack', 'serve', '--mode', 'development']);
}
