// Runs npm scripts at the same time, keeps each one's output apart, prints them in order with
// their time, and resolves to true when all passed. An entry that is a list runs its scripts one
// after the other (the next only when the one before passed), beside the other entries.
// Used by `npm run checks` and `npm test`.
import { spawn } from 'node:child_process';

const run = (script, env) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ script, code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }));
  });

async function inTurn(scripts, env) {
  const results = [];
  for (const script of scripts) {
    const result = await run(script, env);
    results.push(result);
    if (result.code !== 0) break;
  }
  return results;
}

/** `entries`: script names, or lists of script names to run in turn; `env`: added to each script's environment. */
export async function sideBySide(entries, env = {}) {
  const results = (
    await Promise.all(entries.map((entry) => (Array.isArray(entry) ? inTurn(entry, env) : run(entry, env))))
  ).flat();
  for (const { script, code, output, seconds } of results) {
    console.log(`── ${script}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds.toFixed(0)} s`);
    if (output.trim()) console.log(output.trimEnd());
  }
  const skipped = entries.flat().filter((script) => !results.some((result) => result.script === script));
  for (const script of skipped) console.log(`── ${script}: not run (the script before it failed)`);
  return results.length === entries.flat().length && results.every((result) => result.code === 0);
}
