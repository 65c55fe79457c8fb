// Runs npm scripts at the same time, keeps each one's output apart, prints them in order with
// their time, and resolves to true when all passed. Used by `npm run checks` and `npm test`.
import { spawn } from 'node:child_process';

const run = (script) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ script, code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }));
  });

export async function sideBySide(scripts) {
  const results = await Promise.all(scripts.map(run));
  for (const { script, code, output, seconds } of results) {
    console.log(`── ${script}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds.toFixed(0)} s`);
    if (output.trim()) console.log(output.trimEnd());
  }
  return results.every((result) => result.code === 0);
}
