import { it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { formatComparisonTerminal } from '../../src/format/compare-terminal.js';
import { fakeSegmenter } from './build-record.js';
import { sessionA, sessionB } from './sample-records.js';
it('peek', () => {
  const c = compare(sessionA, sessionB, { segmenter: fakeSegmenter(), terms: { minZ: 0.5 } });
  process.stdout.write(formatComparisonTerminal(c, { color: Number(process.env.C ?? 0) as 0, columns: 100 }));
});
