/**
 * The word lists of the extract stage read from dict/: one list a file, one entry a line, # comments.
 *
 * Example: dictList('numeral-idioms.utf8') gives ["九龙治水", "三心二意", …] (numeral-idioms.ts). Resolved from
 * `import.meta.url`, never from the working directory, so src/extract and dist/extract both find ../../dict. This is the
 * module of the extract stage that reads such lists (formulation-lexicon.ts reads its own tabbed file).
 */
import { readFileSync } from 'node:fs';

/** The non-blank, non-comment lines of dict/`file`, trimmed; none when the package ships without it. */
export function dictList(file: string): string[] {
  let raw = '';
  try {
    raw = readFileSync(new URL(`../../dict/${file}`, import.meta.url), 'utf8');
  } catch {
    raw = ''; // a package without the list reads every term by grammar alone
  }
  return raw.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
