// Prints a fixture draft as JSON (for the PDF benchmark). Usage: tsx scripts/export-fixture.mts large|half|empty nl|fr
import { emptyDraft, halfDraft, largeDraft } from '../testing/fixtures';

const [kind = 'large', locale = 'nl'] = process.argv.slice(2);
if (locale !== 'nl' && locale !== 'fr') throw new Error(`Unknown language: ${locale}`);
const make = { large: largeDraft, half: halfDraft, empty: emptyDraft }[kind];
if (!make) throw new Error(`Unknown fixture: ${kind}`);
process.stdout.write(JSON.stringify(make(locale)));
