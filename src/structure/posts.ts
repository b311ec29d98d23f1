/**
 * The posts officials hold, as a grammar: a head noun (局长, 主任, 检察长), maybe after a deputy's mark (副, 常务副),
 * and the sets of head nouns each reader of the text needs.
 *
 * Example: a host turning to an official, "韦副局长，经费从哪里出？", calls 韦 by 副 + 局长; a label "罗副主任:" is a
 * surname, 副 and 主任; "市政府副市长" ends in a post of the government (市长); "请问市中院许院长," names the court's
 * official, 许 + 院长, after the court.
 *
 * The head nouns fall into kinds: heads of a people's government by its level (省长, 市长, 旗长), of its departments
 * (部长, 局长, 处长), of a court or a procuratorate (院长, 检察长), of an office or a committee (主任, 秘书长), of a
 * station or a working group (所长, 站长, 组长), a party secretary (书记), a bank's and a company's heads (行长, 经理,
 * 董事长), an organization's chair (主席); the members of a congress (委员, 代表); and the words one speaks of an
 * office's people by (同志, 领导). Every head noun but 同志 is also a title of dict/roles.utf8, the lexicon speaker
 * recognition reads at run time; this is the closed list regexes are built from at module level.
 *
 * The sets in `POSTS` are each reader's as it was before they were gathered here: where they differ (a host's call
 * knows no 旗长, a label no 州长), the difference is written out as the `except` of the set, not silently mended.
 * Each set is a regex source (no flags, no capturing group), for use in a pattern with the `u` flag. Its words are
 * written longest first, so that where a head noun and a longer one both fit (主任, 主任委员) the longer one is read.
 */

/** The head nouns of posts, by kind. */
export const POST_HEADS = {
  /** Heads of a people's government, by its level: 国务院, 省, 市, 县, 区, 州, 乡, 镇, 旗, 盟. */
  government: ['总理', '省长', '市长', '县长', '区长', '州长', '乡长', '镇长', '旗长', '盟长'],
  /** Heads of a government's departments: 部, 厅, 局, 署, 司, 处, 科. */
  department: ['部长', '厅长', '局长', '署长', '司长', '处长', '科长'],
  /** Heads of a court and of a procuratorate. */
  judicial: ['院长', '检察长'],
  /** Heads of an office or a committee (主任 of a 委员会 or a 办公室) and its secretary-general. */
  office: ['主任', '秘书长'],
  /** Heads of a station, an institute or a working group: 派出所所长, 水文站站长, 领导小组组长. */
  station: ['所长', '站长', '组长'],
  /** A party committee's secretary. */
  party: ['书记'],
  /** A bank's head. */
  bank: ['行长'],
  /** A company's heads. */
  enterprise: ['经理', '董事长'],
  /** The chair of an organization (总工会主席, 政协主席). */
  organization: ['主席'],
  /** Members of a people's congress: 许委员, 王代表. */
  congress: ['委员', '代表'],
  /** What one calls an office's people without a post: 市医保局的同志, 县政府领导. */
  address: ['同志', '领导'],
} as const;

export type PostKind = keyof typeof POST_HEADS;

/** The marks of a deputy written before a head noun: 副局长, 常务副市长. */
export const DEPUTY = ['副', '常务副'] as const;

/** The head nouns of `kinds`, in the table's order, less those in `except`. */
export function postHeads(kinds: readonly PostKind[], except: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const k of kinds) for (const h of POST_HEADS[k]) if (!except.includes(h)) out.push(h);
  return out;
}

const META = /[.*+?^${}()|[\]\\]/g;
/** `words` as one non-capturing alternation, longest first (a longer word wins over its prefix). */
function alternation(words: readonly string[]): string {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((w) => w.replace(META, '\\$&')).join('|')})`;
}

/**
 * A regex source for a post: one of `heads`, after at most one of `deputies` when any are given
 * ("(?:副|常务副)?(?:局长|主任)").
 */
export function postSource(heads: readonly string[], deputies: readonly string[] = []): string {
  return deputies.length ? `${alternation(deputies)}?${alternation(heads)}` : alternation(heads);
}

/** Every kind of office (all but the congress's members and the words of address). */
const OFFICES: readonly PostKind[] = ['government', 'department', 'judicial', 'office', 'station', 'party', 'bank', 'enterprise', 'organization'];

/** The posts each reader needs, as regex sources. */
export const POSTS = {
  /**
   * A post a host calls the official who is to answer by, a deputy's mark allowed: "韦局长,经费从哪里出?",
   * "罗常务副区长,…?" (host-questions.ts).
   */
  called: postSource(
    postHeads(OFFICES, ['总理', '旗长', '盟长', '署长', '司长', '科长', '组长', '董事长', '主席']),
    DEPUTY,
  ),
  /**
   * The post of a label of a surname and a post, 副 allowed: "许委员:", "韩局长:", "罗副主任:" — a member of the
   * congress too (exchanges.ts).
   */
  label: postSource(
    postHeads(['congress', ...OFFICES], ['总理', '州长', '乡长', '旗长', '盟长', '署长', '站长']),
    ['副'],
  ),
  /**
   * A post of the government, a court or a procuratorate ending a title, deputy or not: 副市长, 局长, 市法院院长
   * (label-role.ts: such a speaker answers).
   */
  government: postSource(postHeads(['government', 'department', 'judicial'], ['司长', '处长', '科长'])),
  /**
   * The official of an addressed organization, named right after it: 许院长, 局长王明, 梁静副检察长, 市医保局的同志,
   * 县政府领导 (addressees.ts): 副 before the heads of a government, a department, a court or an office it has
   * always been read with, none before the others.
   */
  official: `(?:${postSource(
    postHeads(['government', 'department', 'judicial', 'office'], ['总理', '省长', '州长', '乡长', '镇长', '旗长', '盟长', '部长', '署长', '司长', '处长', '科长', '秘书长']),
    ['副'],
  )}|${postSource(['部长', '署长', '行长', '书记', ...POST_HEADS.address])})`,
} as const;
