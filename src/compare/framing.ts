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
import { twoBodies } from './figures.js';
import { bodyKey, sessionPlace } from './place.js';
import { nameKey } from './fold.js';

/**
 * Frame words of a session's topic or title, which name no subject: the scope (全市, 全省), the genre (专题询问,
 * 跟踪, 实录, 人大常委会) and the heads any subject takes (工作, 服务, 建设, 体系, 情况, 贯彻实施).
 */
const FRAME = new Set([
  '全市', '全省', '全县', '全区', '全州', '全盟', '全旗', '我市', '我省', '我县', '我区', '本市',
  '专题', '询问', '专题询问', '跟踪', '跟踪询问', '实录', '再次', '聚焦', '人大', '常委会', '人大常委会', '常务委员会',
  '工作', '服务', '建设', '体系', '情况', '贯彻', '实施', '贯彻实施', '落实', '公共', '发展', '管理', '有关', '相关',
]);

/** The body without its term (柳州市第十五届人大常委会 → 柳州市人大常委会), else its place; null when the session names neither. */
export function bodyOf(r: InquiryRecord): string | null {
  if (r.session.body) return bodyKey(r.session.body);
  return sessionPlace(r)?.name ?? null;
}

/** The subject terms of a session's topic and title (its body's words out of the title). */
export function topicTerms(r: InquiryRecord, segmenter: Segmenter): string[] {
  const body = r.session.body ? bodyKey(r.session.body) : null;
  let title = r.session.title ? nameKey(r.session.title) : '';
  if (body) title = title.split(body).join(' ');
  const place = sessionPlace(r);
  if (place) title = title.split(place.name).join(' ');
  const texts = [r.session.topic ?? '', title].filter((t) => t.trim());
  const out: string[] = [];
  for (const t of texts) for (const term of contentTerms(t, segmenter)) if (!FRAME.has(term) && !out.includes(term)) out.push(term);
  return out;
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
