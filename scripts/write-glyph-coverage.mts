import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COVERAGE_FILE, glyphCoverageSource } from '@/lib/export/pdf/fontCoverage';

writeFileSync(COVERAGE_FILE, glyphCoverageSource());
console.log(`Wrote ${fileURLToPath(COVERAGE_FILE)}`);
