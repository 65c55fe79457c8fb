#!/usr/bin/env node
// `npm run typecheck` and `npm run lint` side by side: each is mostly one thread, so on two cores
// they take about as long together as the slower one alone. Fails when either fails; their output is kept apart.
import { spawn } from 'node:child_process';

const run = (script) =>
  new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ script, code: code ?? 1, output }));
  });

const results = await Promise.all([run('typecheck'), run('lint')]);
for (const { script, code, output } of results) {
  console.log(`── ${script}: ${code === 0 ? 'ok' : `failed (exit ${code})`}`);
  if (output.trim()) console.log(output.trimEnd());
}
process.exit(results.some((result) => result.code !== 0) ? 1 : 0);
