/**
 * An answer a news report gives to a question it does not report: "X就<topic>(问题)回答询问时说", "X就<topic>作了回答".
 *
 * Example: "自然资源部副部长王广华就全民所有自然资源资产管理问题回答询问时说,全国已有30个省份…" — the wire copy names
 * only what was asked (全民所有自然资源资产管理) and who answered; the asker is left out. That is a new exchange: its
 * question is the topic after 就, its responder 王广华, its asker unknown; it never goes on from the answer before it
 * ("辛国斌就机动车生产一致性监管问题作了回答。" after 刘小明's answer is another exchange). How long the topic is does not
 * matter. Not a topic pointing back at the question just asked: "就此", "就这一问题", "就委员提出的问题", "就上述问题"
 * answer the exchange under way (so does "就罗晓梅委员追问的项目进度问题": the 追问 just asked). Offsets are [start, end) UTF-16 offsets into the view.
 */
import { gated } from '../source/gated.js';

/** A topic that points back at the question under way: 此, 这(个/一), 该, 上述, 刚才…, a member's question (委员…提出的). */
const POINTS_BACK = /^(?:此|这|那|该|上述|以上|前述|刚才|刚刚|其|委员|代表|[^,。]{0,12}?(?:提出|所提|提|追问|提问|询问|关心|关注)的)/u;
/**
 * After the responder's mention: 就, the topic (maybe a short quoted term in it), 问题 maybe, and a verb of answering a
 * question (回答询问, 作了回答, 作了说明, 答复, 回应), maybe 时. Group 1 is the topic.
 */
const ANSWERED_ON = gated([['就'], ['答', '回应', '说明']], () => /^[ \t]*(?:同志)?[ \t]*就[ \t]*((?:[^,。;:?!“”\n]|“[^,。;:?!“”\n]{1,16}”){2,60}?)(?:等?(?:相关|有关)?问题)?[ \t]*(?:回答(?:了)?(?:委员(?:们)?的?)?(?:询问|提问|追问)|作(?:了|出了?)?(?:回答|说明|答复|回应|解答)|进行了?(?:回答|说明|答复|解答)|回答|答复|回应|解答)(?:时|之际)?/u);

/** The topic of the unreported question answered right after a mention ending at `at` (see the header), or null. */
export function answeredTopic(view: string, at: number, end: number): [number, number] | null {
  const m = ANSWERED_ON.exec(view.slice(at, end));
  if (!m || POINTS_BACK.test(m[1])) return null;
  const start = at + m[0].indexOf(m[1], m[0].indexOf('就') + 1);
  return [start, start + m[1].length];
}
