/**
 * Golden files: the expected output lives beside the tests and is rewritten only on request
 * (`UPDATE_GOLDEN=1 npm test`) or when missing; a change in output shows up as a diff to review.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

export function matchGolden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(actual, `${path} differs; rerun with UPDATE_GOLDEN=1 and review the diff`).toBe(readFileSync(path, 'utf8'));
}
