/**
 * The posts officials hold, as a grammar: a head noun (局长, 主任, 检察长), maybe after a deputy's mark (副, 常务副),
 * and the sets of head nouns each reader of the text needs.
 *
 * Example: a host turning to an official, "韦副局长，经费从哪里出？", calls 韦 by 副 + 局长; a label "罗副主任:" is a
 * surname, 副 and 主任; "市政府副市长" ends in a post of the government (市长); "请问市中院许院长," names the court's
 * official, 许 + 院长, after the court.
 *
 * The head nouns fall into kinds: heads of a people's government by its level (省长, 市长, 旗长), of its departments
 * (部长, 局长, 处长, 关长), of a court or a procuratorate (院长, 检察长), of an office or a committee (主任, 秘书长), of a
 * station, a unit of the uniformed services or a team (所长, 站长, 支队长, 组长), of a state institution (台长, 馆长), of a
 * school or a farm (校长, 园长, 场长), a party secretary (书记), a bank's and a company's heads (行长, 经理, 董事长, 厂长,
 * 矿长, 社长), an organization's chair (主席); the members of a congress (委员, 代表); and
 * the words one speaks of an office's people by (同志, 领导). Every head noun but 同志 is also a title of
 * dict/roles.utf8, the lexicon speaker recognition reads at run time; this is the closed list regexes are built from
 * at module level.
 *
 * Each reader's set follows from who holds the post and what the reader asks of it, never from one transcript:
 * - a host calls whoever is to answer by surname and post ("巴特尔旗长，…？", "李科长，…？"): any office's post, a deputy's
 *   mark allowed; not a member of the congress (who asks) nor a word of address;
 * - a label of a surname and a post ("吉州长:", "王常务副区长:", "许委员:"): any office's post, and a member's;
 * - a title ending in a post of the state (副州长, 处长, 关长, 派出所所长, 消防支队支队长, 台长) says its holder answers for
 *   the government: the heads of a government, its departments, a court or a procuratorate, a station or an institute, a
 *   state institution (气象台台长, 图书馆馆长), and the ranked units of the uniformed services (总队, 支队, 大队, 中队);
 *   not a bare 队长 or 组长, who may lead any team (a volunteer rescue team, a congress's research group), nor an office's
 *   主任 or 秘书长, who may be the congress's own, nor a school's or a farm's head (校长, 场长), often a member who asks;
 * - the official named right after an addressed organization ("请问镇政府王镇长,", "我问市水务集团董事长。",
 *   "请问市委组织部王立新副部长,"): any office's post, a deputy's mark allowed, or a word of address (市医保局的同志).
 * It lives in the model, beside org-names.ts, because the parsing stages and compare (title-chain.ts: which office a
 * title names) both read it.
 * Each set is a regex source (no flags, no capturing group), for use in a pattern with the `u` flag. Its words are
 * written longest first, so that where a head noun and a longer one both fit (主任, 主任委员) the longer one is read.
 */

/** The head nouns of posts, by kind. */
export const POST_HEADS = {
  /**
   * Heads of a people's government, by its level: 国务院, 省, 市, 县, 区, 州, 乡, 镇, 旗, 盟, and 苏木 (Inner Mongolia's
   * township, headed by its 苏木达 as a 镇 by its 镇长: "乌兰苏木党委副书记、苏木达宝音").
   */
  government: ['总理', '省长', '市长', '县长', '区长', '州长', '乡长', '镇长', '旗长', '盟长', '苏木达'],
  /** Heads of a government's departments: 部, 厅, 局, 署, 司, 处, 科, and a customs house (海关: 关长). */
  department: ['部长', '厅长', '局长', '署长', '司长', '处长', '科长', '关长'],
  /** Heads of a court and of a procuratorate. */
  judicial: ['院长', '检察长'],
  /**
   * Heads of an office or a committee (主任 of a 委员会 or a 办公室) and its secretary-general; and a 嘎查's 嘎查达 (the
   * head of an Inner Mongolian village's committee, a 村委会主任): a village is no level of the state.
   */
  office: ['主任', '秘书长', '嘎查达'],
  /**
   * Heads of a station, an institute, a unit of the uniformed services or a team: 派出所所长, 水文站站长, 消防救援支队支队长,
   * 交警大队大队长, 救援队队长, 领导小组组长.
   */
  station: ['所长', '站长', '总队长', '支队长', '大队长', '中队长', '队长', '组长'],
  /**
   * Heads of a state institution named by its suffix + 长: a broadcaster's or an observatory's 台长 (广播电视台, 气象台), a
   * library's, a museum's or an archive's 馆长 (图书馆, 博物馆, 档案馆).
   */
  institution: ['台长', '馆长'],
  /**
   * Heads of a school, a kindergarten or a farm (学校 → 校长, 幼儿园 → 园长, 林场 → 场长): an office's post, but one a member
   * of the congress may hold, so not a post of the state.
   */
  school: ['校长', '园长', '场长'],
  /** A party committee's secretary. */
  party: ['书记'],
  /** A bank's head. */
  bank: ['行长'],
  /** A company's heads, and those named by its unit's suffix + 长: 机械厂 → 厂长, 煤矿 → 矿长, 报社 or 合作社 → 社长. */
  enterprise: ['经理', '董事长', '厂长', '矿长', '社长'],
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

/**
 * The mark of an acting head written before a head noun right after its organization: "市住房和城乡建设局代局长钟离浩"
 * (代 for 代理; 代理, 临时 and 主持工作的 are modifiers of dict/roles.utf8, no surname among them). Only there: 代 is a
 * surname too ("代局长：" is Mr 代, the bureau's head), and it opens 代表 and 代为.
 */
export const ACTING = '代';

/**
 * The marks of a post held for the time being, before its head noun: 代理局长, 代局长, 临时负责局长 (临时 alone too).
 * The post is the head's all the same: compare's successors read 局长 戴某 → 代理局长 朱某 as one post.
 */
export const ACTING_MARKS = ['代理', '临时负责', '临时', ACTING] as const;

/**
 * The duty of running an office for now, written of a deputy: 主持工作, 主持全面工作, 主持日常工作, 负责日常工作 (a regex
 * source). "市民政局主持工作的副局长杨某" and "市国资委副主任（主持工作）洪某" run the office while its head's post is vacant:
 * a stand-in head, as 代理局长 is (structure/title-qualifiers.ts reads the bracket with this grammar). Not 主持召开, 主持人
 * nor 主持工作会议: the duty is the whole phrase, before 的 or alone in its bracket.
 */
export const RUNNING_DUTY = '(?:主持|负责)(?:全面|日常)?工作';
/** A deputy's post with the duty before it (主持工作的副局长) or bracketed after it (副主任（主持工作）), brackets folded or not. */
const STAND_IN = new RegExp(`^(?:${RUNNING_DUTY}的)?(常务副|副)(.+?)(?:[（(]${RUNNING_DUTY}[）)])?$`, 'u');
/** A title that is the duty alone: "主持工作", as a speaker's bracket after the name leaves it ("副局长郑某（主持工作）"). */
export const isRunningDuty = (title: string): boolean => new RegExp(`^${RUNNING_DUTY}$`, 'u').test(title);

/**
 * A post without its acting mark: 代理局长 → 局长; a deputy running the office, 主持工作的副局长 or 副局长（主持工作）, → 局长
 * (`running`: the person's titles carry the duty apart, "主持工作"); 局长, 副局长, 代表 (no head after 代) unchanged.
 */
export function heldPost(post: string, heads: ReadonlySet<string>, running = false): string {
  for (const m of ACTING_MARKS) if (post.startsWith(m) && heads.has(post.slice(m.length))) return post.slice(m.length);
  const deputy = STAND_IN.exec(post);
  // (A plain 副局长 is a deputy unless the duty is written: in the post, or apart among the titles.)
  if (deputy && heads.has(deputy[2]) && (running || post !== deputy[1] + deputy[2])) return deputy[2];
  return post;
}

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
const OFFICES: readonly PostKind[] = ['government', 'department', 'judicial', 'office', 'station', 'institution', 'school', 'party', 'bank', 'enterprise', 'organization'];

/** The posts each reader needs, as regex sources (see the header for why each set is what it is). */
export const POSTS = {
  /**
   * A post a host calls the official who is to answer by, a deputy's mark allowed: "韦局长,经费从哪里出?",
   * "罗常务副区长,…?", "巴特尔旗长,…?" (host-questions.ts).
   */
  called: postSource(postHeads(OFFICES), DEPUTY),
  /**
   * The post of a label of a surname and a post, a deputy's mark allowed: "许委员:", "韩局长:", "罗副主任:", "吉州长:",
   * "王常务副区长:" — a member of the congress too (exchanges.ts).
   */
  label: postSource(postHeads(['congress', ...OFFICES]), DEPUTY),
  /**
   * A post of the state ending a title, deputy or not: 副市长, 局长, 处长, 市法院院长, 派出所所长, 消防支队支队长
   * (label-role.ts: such a speaker answers). Not 队长 nor 组长 (any team's), not an office's (the congress has its own).
   */
  government: postSource(postHeads(['government', 'department', 'judicial', 'station', 'institution'], ['队长', '组长'])),
  /**
   * The official of an addressed organization, named right after it: 许院长, 局长王明, 梁静检察长, 王常务副区长, 董事长,
   * 市医保局的同志, 县政府领导 (addressees.ts).
   */
  official: `(?:${postSource(postHeads(OFFICES), DEPUTY)}|${postSource(POST_HEADS.address)})`,
} as const;
