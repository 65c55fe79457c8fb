// Renders a draft file as a PDF. Usage: see lib/export/cli.ts or run without arguments.
// An ES module entry: react-pdf is ESM only.
import { main } from '../lib/export/cli';

process.exitCode = await main(process.argv.slice(2), { out: (line) => console.log(line), error: console.error });
