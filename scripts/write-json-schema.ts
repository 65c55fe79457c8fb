import { writeFileSync } from 'node:fs';
import { draftJsonSchemaText, JSON_SCHEMA_PATH } from '@/lib/draft/jsonSchema';

writeFileSync(JSON_SCHEMA_PATH, draftJsonSchemaText());
console.log(`Wrote ${JSON_SCHEMA_PATH}`);
