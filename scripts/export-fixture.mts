// Prints a fixture draft as JSON (for the benchmarks). Usage: tsx scripts/export-fixture.mts large|plan60|followed|half|empty nl|fr
// plan60: the large fixture with 60 actions; followed: the large fixture with a year of follow-up.
import { emptyDraft, followedUpDraft, halfDraft, largeDraft } from '../testing/fixtures';

const [kind = 'large', locale = 'nl'] = process.argv.slice(2);
if (locale !== 'nl' && locale !== 'fr') throw new Error(`Unknown language: ${locale}`);
const make = {
  large: largeDraft,
  plan60: (language: 'nl' | 'fr') => largeDraft(language, { actions: 60 }),
  half: halfDraft,
  followed: followedUpDraft,
  empty: emptyDraft,
}[kind];
if (!make) throw new Error(`Unknown fixture: ${kind}`);
process.stdout.write(JSON.stringify(make(locale)));
