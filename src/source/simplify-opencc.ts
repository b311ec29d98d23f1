/**
 * The Traditional → Simplified character map, derived from OpenCC's character tables. Only
 * scripts/write-simplify-table.mjs and the tests use it: parsing reads the table it wrote
 * (simplify-table.ts), since loading and splitting OpenCC's dictionaries costs ~12 ms per process.
 *
 * Hong Kong variant forms (説, 裏) are first mapped to the standard Traditional form, then to
 * Simplified. Only the character tables are used, never the phrase tables: a phrase rule may
 * change the length (and the matching view must keep it).
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import STCharacters from 'opencc-js/dict/STCharacters';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

/** OpenCC dictionaries are "src dst1 dst2|src dst…": the first target is the preferred one. */
function entries(dict: string): [string, string][] {
  return dict.split('|').map((entry) => {
    const [from, ...to] = entry.split(' ');
    // "著 着 著": the character is also right as it is in some words; leave it alone.
    return [from, to.includes(from) ? from : to[0]] as [string, string];
  });
}

/** One code unit → one code unit, for every character OpenCC simplifies. */
export function simplifiedMapFromOpenCC(): Map<string, string> {
  // Taiwan's variant table is left out: it reads 著 as 着, which is wrong for 显著 and 著作.
  const variants = new Map(entries(HKVariantsRev));
  const ts = new Map(entries(TSCharacters));
  // Characters that are themselves Simplified (么, 著, 干 …) are also listed as Traditional
  // sources for rarer readings; only the phrase tables could tell them apart, so they stay.
  const simplifiedAlready = new Set(entries(STCharacters).map(([from]) => from));
  const map = new Map<string, string>();
  for (const [from, to] of [...variants, ...ts]) {
    if (from.length !== 1 || simplifiedAlready.has(from)) continue;
    const standard = variants.get(from) ?? from;
    const simplified = ts.get(standard) ?? (standard === from ? to : standard);
    if (simplified.length === 1 && simplified !== from) map.set(from, simplified);
  }
  return map;
}

/** The map as the string simplify-table.ts holds: each Traditional unit followed by its Simplified one. */
export function simplifiedPairsFromOpenCC(): string {
  let pairs = '';
  for (const [from, to] of simplifiedMapFromOpenCC()) pairs += from + to;
  return pairs;
}
