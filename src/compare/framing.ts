/**
 * What kind of comparison two sessions make: one body's follow-up on its own topic, or not.
 *
 * Example: "柳州市第十五届人大常委会" and "桂林市第六届人大常委会" (the same 农村生活污水治理) are two bodies: a
 * promise of one city is not restated, missed or delayed by the other (`two-bodies`). "绍兴市第九届人大常委会" on
 * "全市居家社区养老服务工作" and on "全民健身公共服务体系建设" is one body on two topics (`two-topics`): the 2025
 * session's promises are no follow-up of the 2023 ones. Only a `follow-up` reads promises as restated, met or
 * dropped. Bodies are compared as figures.ts and people.ts do (the place, else the body without its term) and shown without their term; topics
 * on the content terms of session.topic and the title, less the words every topic of the genre writes (工作,
 * 服务, 建设, 全市 …): two topics that both name something and share none of it are two.
 */
import type { InquiryRecord } from '../model/record.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { Framing } from './types.js';
import { contentTerms } from './terms.js';
import { bodyKey, sessionPlace, twoBodies } from './place.js';
import { nameKey } from './fold.js';
import { normalize } from '../source/normalize.js';

/**
 * Frame words of a session's topic or title, which name no subject: the scope (全市, 全省), the genre (专题询问,
 * 跟踪, 实录, 人大常委会, 人民代表大会, 主席团, 会议) and the heads any subject takes (工作, 服务, 建设, 体系, 情况, 贯彻实施).
 */
const FRAME = new Set([
  '全市', '全省', '全县', '全区', '全州', '全盟', '全旗', '全镇', '全乡', '我市', '我省', '我县', '我区', '我镇', '本市',
  '专题', '询问', '专题询问', '跟踪', '跟踪询问', '实录', '再次', '聚焦', '人大', '常委会', '人大常委会', '常务委员会',
  '人民代表大会', '主席团', '会议',
  '工作', '服务', '建设', '体系', '情况', '贯彻', '实施', '贯彻实施', '落实', '公共', '发展', '管理', '有关', '相关',
]);

/** The body without its term (柳州市第十五届人大常委会 → 柳州市人大常委会), else its place; null when the session names neither. */
export function bodyOf(r: InquiryRecord): string | null {
  if (r.session.body) return bodyKey(r.session.body);
  return sessionPlace(r)?.name ?? null;
}

/** The subject terms of a session's topic and title (its body's words out of the title). */
export function topicTerms(r: InquiryRecord, segmenter: Segmenter): string[] {
  let title = r.session.title ? nameKey(r.session.title) : '';
  // The body as written and without its term, and the meeting ("龙潭镇第十八届人民代表大会第七次会议开展专题询问": no subject).
  for (const name of [r.session.body, r.session.body && bodyKey(r.session.body), r.session.meeting]) if (name) title = title.split(nameKey(name)).join(' ');
  const place = sessionPlace(r);
  if (place) title = title.split(place.name).join(' ');
  const texts = [r.session.topic ?? '', title].filter((t) => t.trim());
  const out: string[] = [];
  for (const t of texts) for (const term of withModifier(t, contentTerms(t, segmenter).filter((x) => !FRAME.has(x)), segmenter)) if (!out.includes(term)) out.push(term);
  return out;
}

/** Scope words before a topic's nouns (全县, 我市, 各级): they modify no head, they bound where the topic holds. */
const SCOPE_WORD = /^(?:全|我|本|各)[国省市县区州盟旗镇乡村级]?$/u;

/**
 * The head noun of a topic keeps the noun modifying it: "全县茶产业发展情况" is about 茶产业, "全县桑蚕产业发展情况" about
 * 桑蚕产业 — two topics, though both heads are 产业 (a bare head would make the tea and silk sessions one follow-up). The
 * head is the last subject term of the text that is a noun; the word glued before it, a noun (茶/n, 桑蚕/nr) and no scope or
 * frame word, is put before it; a modifier of two characters or more stays a term of its own too (桑蚕).
 */
function withModifier(text: string, terms: string[], segmenter: Segmenter): string[] {
  const tokens = segmenter.tag(normalize(text));
  let h = tokens.length - 1;
  while (h > 0 && !(terms.includes(tokens[h].text) && tokens[h].tag?.[0] === 'n')) h--;
  if (h <= 0) return terms;
  const head = tokens[h];
  const mod = tokens[h - 1];
  if (mod.span[1] !== head.span[0] || mod.tag?.[0] !== 'n' || !/^\p{sc=Han}+$/u.test(mod.text) || FRAME.has(mod.text) || SCOPE_WORD.test(mod.text)) return terms;
  return terms.map((t) => (t === head.text ? mod.text + head.text : t));
}

/** Two topics that both name a subject and share no term of it (one term inside the other counts as shared: 养老 / 居家养老). */
export function twoTopics(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  return !a.some((x) => b.some((y) => x === y || x.includes(y) || y.includes(x)));
}

export function framing(a: InquiryRecord, b: InquiryRecord, segmenter: Segmenter): Framing {
  const bodies = { a: bodyOf(a), b: bodyOf(b) };
  const topics = { a: topicTerms(a, segmenter), b: topicTerms(b, segmenter) };
  const kind = twoBodies(a, b) ? 'two-bodies' : twoTopics(topics.a, topics.b) ? 'two-topics' : 'follow-up';
  return { kind, bodies, topics };
}

/** One session followed up by the other: the only framing in which promises are restated, met or dropped. */
export const followUp = (f: Framing): boolean => f.kind === 'follow-up';
