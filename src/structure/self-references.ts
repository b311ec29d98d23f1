/**
 * A speaker's short reference to his own body before a colleague's post, in a handover.
 *
 * Example: "…请中心总经济师骆丹补充。" — the director of 市住房公积金管理中心 hands over to the centre's chief
 * economist: 中心 is his own centre named by its bare suffix, and 请 the verb of the handover. Neither is an
 * organization of the post: no body is named 请中心, 请局 or 由中心. The grammar of such a reference, ending where
 * the post starts:
 *   verb + suffix            请中心, 请局, 由公司, 由集团 (请/由 + a bare institution suffix: X局 without its X)
 *   [verb +] pronoun + suffix 请我局, 由本中心, 我们公司, 本局 (我/我们/本/咱们 + suffix: "my/our bureau")
 * A pronoun reference counts only at the start of the stretch or right after the verb: the 本 of 日本公司 or 资本公司
 * belongs to the name. The post is read from its own characters, so "请中心总经济师骆丹" is a 总经济师 named 骆丹; which
 * body that is the speaker's label says, and a full label of hers later says it again.
 * Offsets are UTF-16 code units into the view, [start, end).
 */
import { type Lexicon } from './lexicon.js';
import { TAG, deepestBefore, firstUp } from './term-index.js';

const QING = '请'.charCodeAt(0);
const YOU = '由'.charCodeAt(0);
/** First-person pronouns before a body's suffix, longest first: 我们公司, 咱们中心, 我局, 本局. */
const PRONOUNS = ['我们', '咱们', '我', '本'];

/**
 * Where the self-reference ending at `at` starts (its verb or pronoun), or -1 when the words in `[from, at)`
 * end in none: `at` is where the post starts (after any qualifier), `from` where the stretch read back starts.
 */
export function selfReferenceStart(lex: Lexicon, view: string, from: number, at: number): number {
  const suffix = firstUp(deepestBefore(lex.index.orgsBack, view, at, from), TAG.suffix);
  if (suffix === null) return -1;
  let s = at - suffix.depth;
  // (The verb may stand just before `from`: the stretch read back may have been cut after it.)
  const isVerb = (p: number) => p >= from - 1 && (view.charCodeAt(p) === QING || view.charCodeAt(p) === YOU);
  if (isVerb(s - 1)) return s - 1; // 请中心, 由公司
  for (const p of PRONOUNS) {
    if (s - p.length < from || !view.startsWith(p, s - p.length)) continue;
    s -= p.length;
    if (isVerb(s - 1)) return s - 1; // 请我局, 由本中心
    return s === from ? s : -1; // 我局副局长 opening the stretch; not 日本公司
  }
  return -1;
}
