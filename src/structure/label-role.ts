/**
 * Who speaks under a label that names no role (no 问/答 verb, no role tag): "州总工会主席吉木约布:外出
 * 务工人员权益保障问题群众反映较多。请问州人社局,如何解决欠薪问题?" asks, "州人社局局长阿苏·日哈:
 * 今年以来追回欠薪2.36亿元。" answers.
 * A member of the congress asks. An office alone (区教育局:) answers. Someone else is read by what
 * the turn does: putting a question to a department (请问州人社局,…?) is asking whatever the title;
 * a post the government answers for (局长, 副市长, 市法院院长) otherwise answers, even with a
 * question back to the member ("请问您是指哪一类?"); any other post (总工会主席, 妇联主席, 企业董事长,
 * 家委会主任, 村党支部书记) asks when the words ask (请问, 我想问, a question mark).
 * Words that open a quotation end with it: in "冼某说:“明年还要新建2座水厂。”一位旁听的村民问:“…?”" the
 * question after the closing quote is someone else's, and 冼某, quoted before it, never asks it.
 * `wordsStart` and `to` are UTF-16 offsets into the view (the turn's words run to the line's end).
 */
import type { SpeakerMention } from './mentions.js';
import { lineEnd, type SpeechRole } from './speech.js';
import { normalize } from '../source/normalize.js';
import { POSTS } from '../model/posts.js';
import { organizationsTagged } from './lexicon.js';

/** Words that open by asking: 请问, 我想问, 想请问. */
const OPENS_ASKING = /^\s*(?:我)?(?:想)?(?:请问|问一下)/u;
/**
 * A question put to a department, anywhere in the turn: 请问 and an organization (州人社局, 市政府,
 * 县法院, 市委编办), then a pause or the question's words.
 */
const PUT_TO_OFFICE = /请问\s*(?:一下)?\s*[\u4e00-\u9fff]{0,14}?(?:政府|法院|检察院|局|厅|委|办|署|部门|管委会|海关|集团)(?:[,:、和及与]|\s|如何|怎样|怎么|是否|能否|有什么|有哪些|有何|有没有|打算|准备|下一步|将|对|在|就|为)/u;
/** Words that ask, for a speaker whom the government does not answer for: 请问, 我想问, 想了解, a question mark. */
const ASKS = /[?]|请问|我想(?:问|了解)|想请教|问一下/u;
/** The turn's words when they are a quotation: from its opening quote to its closing one ("“明年建2座水厂。”"). */
const QUOTATION = /^\s*“[^“”]*”/u;
/**
 * Mass organizations (dict/organizations.utf8's `mass` lines: 妇联, 残联, 总工会…), any union, the Youth League, villages and
 * party branches: their heads sit in congresses and ask (总工会主席, 妇联主席). Built on first use (no dictionary read at import).
 */
let notGovernment: RegExp | null = null;
function isNotGovernment(org: string): boolean {
  notGovernment ??= new RegExp(`(?:${organizationsTagged('mass').join('|')}|工会|团委|团[省市县区州]委|共青团|村委会|居委会|村民委员会|居民委员会|党支部|党总支|党委)$`, 'u');
  return notGovernment.test(org);
}
/**
 * Organizations the government (or a court, a procuratorate) answers for; a 处 is always an office's division (草原处,
 * 规划处, 管理处). (Not 科, 所, 站 alone: 眼科, 律师事务所, 加油站 are no offices.)
 */
const GOVERNMENT = /(?:政府|国务院|局|厅|委|委员会|办|办公室|法院|检察院|部|署|管委会|海关|中心|支队|大队|处)$/u;
/** Posts of government named without their organization (副市长某:, 局长某:). */
const GOVERNMENT_POST = new RegExp(`${POSTS.government}$`, 'u');

/**
 * Another speaker's words set in parentheses inside the turn: "（孟某委员插话：去年的73处呢？）", "（委员插话：…）". Their
 * question mark says nothing of the speaker around them.
 */
const EMBEDDED_INTERJECTION = /\([^()\n]{0,20}?(?:插话|插问|追问)\s*[:,]?[^()\n]{0,80}\)/gu;

/** The role of the speaker `m` under a label with no verb, its words starting at `wordsStart`. */
export function guessRole(view: string, m: SpeakerMention, wordsStart: number, to: number): SpeechRole {
  if (m.congress) return 'asker';
  if (!m.title && m.name === null && m.organization) return 'responder'; // 区教育局: an office answers
  const line = view.slice(wordsStart, Math.min(lineEnd(view, wordsStart), to));
  // (Each interjection holds 插 or 追: without them the pattern is not run — over a page saved as one paragraph, where a
  // turn's line is the rest of the text, it was the largest cost of a parse, bench/shapes.js.)
  const quoted = QUOTATION.exec(line)?.[0] ?? line;
  const words = quoted.includes('插') || quoted.includes('追') ? quoted.replace(EMBEDDED_INTERJECTION, '') : quoted;
  if (!m.title) return /[?]|请问/u.test(words) ? 'asker' : 'responder';
  // 区实验小学家委会主任 方晓雯:请问市教育局…: whoever opens with 请问 asks.
  if (OPENS_ASKING.test(words) || PUT_TO_OFFICE.test(words)) return 'asker';
  return !answersForGovernment(m) && ASKS.test(words) ? 'asker' : 'responder';
}

/** True when the mention's organization (or post, without one) is one the government answers for. */
export function answersForGovernment(m: SpeakerMention): boolean {
  const org = m.organization ? normalize(m.organization) : '';
  if (org) return !isNotGovernment(org) && GOVERNMENT.test(org);
  return GOVERNMENT_POST.test(normalize(m.office ?? m.title ?? ''));
}
