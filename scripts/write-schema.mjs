// Writes schema/inquiry-record.schema.json from src/model/schema.ts (via dist/): the TS object is the
// single source; test/model/schema.test.ts fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { SCHEMA } from '../dist/model/schema.js';

writeFileSync(new URL('../schema/inquiry-record.schema.json', import.meta.url), JSON.stringify(SCHEMA, null, 2) + '\n');
