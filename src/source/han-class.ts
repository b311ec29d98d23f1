/**
 * The code points of Script=Han written out as a character-class body, for regexes built from strings.
 *
 * Example: new RegExp(`[${HAN}]{2,4}`, 'u') matches "欧阳明远" exactly as /\p{sc=Han}{2,4}/u does.
 *
 * Why: V8 builds a `\p{sc=Han}` class from ICU each time a regex holding it is compiled, and a
 * negated one (`[^\P{sc=Han}问的]`) by intersecting ranges; in the few large regexes built from
 * shared pieces (an organization read several times over) that cost milliseconds per regex, paid
 * on the first parse of every run. The ranges below are the ones `\p{sc=Han}` matches in Node 20
 * (Unicode 15); test/source/han-class.test.ts checks them against the engine code point by code
 * point, so a newer Unicode that adds Han characters fails the test rather than drifting.
 * Use in a regex with the `u` flag (the astral ranges need it).
 */
export const HAN = '\\u2e80-\\u2e99\\u2e9b-\\u2ef3\\u2f00-\\u2fd5\\u3005\\u3007\\u3021-\\u3029\\u3038-\\u303b\\u3400-\\u4dbf\\u4e00-\\u9fff' +
  '\\uf900-\\ufa6d\\ufa70-\\ufad9\\u{16fe2}-\\u{16fe3}\\u{16ff0}-\\u{16ff6}\\u{20000}-\\u{2a6df}\\u{2a700}-\\u{2b81d}\\u{2b820}-\\u{2cead}' +
  '\\u{2ceb0}-\\u{2ebe0}\\u{2ebf0}-\\u{2ee5d}\\u{2f800}-\\u{2fa1d}\\u{30000}-\\u{3134a}\\u{31350}-\\u{33479}';

/** One Han character but none of `except` (a string of BMP characters): `[^\P{sc=Han}问的]` written out. */
export function hanExcept(except: string): string {
  return `(?![${except}])[${HAN}]`;
}

/** `\p{sc=Han}` as written in a pattern (the one Script=Han property escape the parser's regexes use). */
const PROPERTY = '\\p{sc=Han}';

/**
 * `pattern` (a regex literal's source, with `flags`) with each `\p{sc=Han}` written out as HAN: `[HAN]`
 * outside a character class, HAN's ranges inside one (`[\p{sc=Han}·]` → `[…·]`, `[^\p{sc=Han}的]` → `[^…的]`).
 * The regex matches exactly what it matched (HAN is `\p{sc=Han}`, checked code point by code point).
 *
 * Why: V8 parses a regex when it is created and again when it is compiled, and builds a `\p{…}` class
 * from ICU's tables each time (~10 µs at creation, ~20 µs more at compilation, against ~2 µs for the
 * ranges); the parser's regex literals hold ~200 of them, created when the lane loads. `npm run build`
 * writes them out in the bundle (scripts/bundle.mjs), so the source keeps the readable escape.
 * Left as written: a pattern without the `u` flag (no property escapes there) or with `v` (nested classes),
 * an escaped backslash before `p` (`\\p{sc=Han}` matches the text), and `\P{sc=Han}`.
 */
export function spellOutHan(pattern: string, flags: string): string {
  if (!flags.includes('u') || flags.includes('v') || !pattern.includes(PROPERTY)) return pattern;
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i];
    if (c === '\\') {
      if (pattern.startsWith(PROPERTY, i)) {
        out += inClass ? HAN : `[${HAN}]`;
        i += PROPERTY.length;
      } else {
        out += pattern.slice(i, i + 2); // an escape: the character after the backslash is never a class bracket
        i += 2;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
    i++;
  }
  return out;
}
