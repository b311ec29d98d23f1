/**
 * Whether a satisfaction rate (满意率) is the members' vote or somebody else's figure.
 *
 * Example: "会议对市公安局的回答进行了满意度测评，满意率为96.4%" is a vote: the members rated the answers
 * (测评, 投票, 表决, 满意票, 基本满意, 应到/实到 heads, 满意N票). "我们委托第三方开展的调查显示，全区群众对公共法律服务的
 * …满意率为88.6%" is a survey an official quotes, and "力争到2027年底全区公共法律服务群众满意率达到95%以上" a
 * target he promises: neither is a vote, whether said in an answer or in the government's closing statement.
 * Matching runs on the normalized view (，→ , ；→ ; ：→ :); offsets are UTF-16 code units into it.
 */

/**
 * The words by which the text says the members voted: the rating (测评, 投票, 表决, the 表决器 included), the
 * votes by kind (满意票, 基本满意, 满意18票, 票数), the heads due and present (应到/实到/应出席/实际到会), or the
 * answers rated ("对市公安局的回答满意率", "对应询部门的满意率").
 */
const VOTED = /测评|投票|表决|满意票|基本满意|票数|满意\s*[\d一二三四五六七八九十两]+\s*票|应到|实到|应出席|实际(?:到会|出席|参加)|(?:回答|应询|答复|应询(?:部门|单位))[^。;?!\n]{0,8}?满意(?:率|度)/u;

/**
 * A sentence that gives a survey's result or a target, not a vote: a survey or its respondents (调查, 问卷, 第三方,
 * 抽样, 民调, 暗访, 回访; 群众/市民/患者… 对…满意), or a goal (力争, 争取, 确保, 目标, 提高到/提升至…, 要/将 达到).
 */
const NOT_A_VOTE = /调查|问卷|第三方|抽样|民调|暗访|回访|(?:群众|市民|居民|公众|患者|百姓|游客|企业|家长|学生|职工|旅客)(?:对[^。;?!\n]{0,30}?)?(?:的)?(?:总体|综合)?满意|力争|争取|确保|目标|(?:提高|提升|上升|增加)(?:到|至)|(?:要|将|能|可)(?:够)?达到/u;

/** Votes counted by kind ("满意18票", "基本满意票6票"): a vote whatever else the sentence says. */
const COUNTED = /满意(?:票)?\s*[\d一二三四五六七八九十两]+\s*(?:票|张)/u;

/** The sentence of `text` around `at`: from after the last 。?!; or line break before it to the next one (exclusive). */
export function sentenceAt(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && !/[。?!;\n]/u.test(text[s - 1])) s--;
  let e = at;
  while (e < text.length && !/[。?!;\n]/u.test(text[e])) e++;
  return [s, e];
}

/** `text` says the members voted (VOTED) outside the sentences that give a survey or a target. */
export function saysVoted(text: string): boolean {
  for (const sentence of text.split(/(?<=[。?!;\n])/u)) {
    if (VOTED.test(sentence) && (COUNTED.test(sentence) || !NOT_A_VOTE.test(sentence))) return true;
  }
  return false;
}

/**
 * The rate found at `at` in `text` may be a vote's: its sentence gives no survey and no target, unless it counts votes
 * by kind ("满意18票…占实到人数的93.5%"). Whether the members voted at all is `saysVoted`'s question.
 */
export function rateMayBeVote(text: string, at: number): boolean {
  const [s, e] = sentenceAt(text, at);
  const sentence = text.slice(s, e);
  return COUNTED.test(sentence) || !NOT_A_VOTE.test(sentence);
}
