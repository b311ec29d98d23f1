/**
 * A deputy's speaker label: a 人大代表 is introduced by occupation and by the way they attend, so the label's
 * title runs past the title lexicon on both sides of 代表.
 *
 * Example: "省人大代表、某乳业公司质量总监秦雪：我是来自企业的人大代表。" — after "省人大代表、" the last link
 * "某乳业公司质量总监" (a workplace and an occupation: 技术员, 工人, 店长, 创始人, 合伙人, 护士长, 首席技师, 主管 …)
 * is a title though no lexicon lists it, since the chain opens the line and the name ends at the label's colon;
 * the title is "省人大代表、某乳业公司质量总监", the name 秦雪. And "列席代表孙雯：", "基层代表孙雯：", "市十七届人大代表
 * 孙雯：", "列席会议的市人大代表孙雯：": what qualifies 代表 before it on the label's line is the title's, not
 * narration ("列席代表"); where the deputy comes from ("来自基层的") is not. Only a label (the chain opens its line, the colon follows the name), only a chain whose
 * head is 代表. Offsets are UTF-16, [start, end), into the view (the text for the mention's strings).
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import type { Lexicon } from './lexicon.js';
import { speakerMention, type SpeakerMention } from './mentions.js';
import { surnameLength } from './name-context.js';
import { slotOf } from './delimited-names.js';
import { labelEndAt } from './unlisted-names.js';
import { parseOrganization } from './org-units.js';
import { readOrganization } from './title-orgs.js';
import { lineStartAt } from '../source/line-bounds.js';

/** A title whose head is 代表: 人大代表, 市人大代表, 列席代表 (not 代表团, 代表处). */
const DEPUTY_HEAD = /代表$/u;
/**
 * After "…代表、": the further links (workplaces and occupations, maybe joined by 、), the name (maybe padded
 * or after a space: "质量总监 秦 雪"), maybe 同志 or 代表 after it, then what closes the slot: a label's verb
 * (提问, 联合提问, 答) and colon, or a person field's end (the line's end, the separator before the next field:
 * "提问代表：镇人大代表、致富带头人 李某"). A Markdown mark before the colon is blank in the view. Group 1 the links
 * and the name, as they run on (lazily: a verb before the colon is never the name's, "退役军人 王丽提问：").
 */
const RUN = String.raw`^(\p{sc=Han}[\p{sc=Han}、]{1,30}?(?:[ \t\u00a0]{1,2}\p{sc=Han}(?:[ \t\u00a0]{1,2}\p{sc=Han}|\p{sc=Han}{1,3}?))?)`;
const OCCUPATION_LABEL = new RegExp(String.raw`${RUN}[ \t]*(?:同志|代表)?[ \t]*(?:联合|共同|一同|首先|率先|紧接着|接着|随后|再次|当场|现场)?(?:追问|提问|询问|发问|问|答复|回答|应询|作答|答)?[ \t]*:`, 'u');
const OCCUPATION_FIELD = new RegExp(String.raw`${RUN}[ \t]*(?:同志|代表)?[ \t]*(?:\n|$|[;,])`, 'u');
/** A name padded or set off by a space at the end of the run: "…总监 秦 雪", "…总监 欧阳明远", "…总监秦 雪". */
const SPACED_NAME = /(?:[ \t\u00a0]{1,2}(\p{sc=Han}[ \t\u00a0]{1,2}\p{sc=Han}|\p{sc=Han}{2,4})|(\p{sc=Han}[ \t\u00a0]{1,2}\p{sc=Han}))$/u;
/**
 * The last characters of occupation nouns, before a name glued to them (质量总监秦雪, 技术员张晓伟, 合伙人欧阳明远,
 * 店长刘洋, 首席技师赵磊, 后勤主管周敏; 民宿业主邓某, 果园园主施某 after OWNED): where the name may start.
 */
const OCCUPATION_FINAL = new Set(Array.from('员长监人师管工手生士家匠农户理任记官裁事授者头医练'));
/**
 * The owner of a business is its head noun + 主 (场主, 园主, 庄主, 业主, 店主, 船主, 矿主): 主 ends an occupation only after one
 * (主管蒙丽 is a 主管 and a name, never 主 + 管蒙丽).
 */
const OWNED = new Set(Array.from('场园庄业店船矿窑宿'));

/**
 * The mention a deputy's label makes when its chain (`chainStart` to `deputyEnd`, the end of its 代表 link, a 、
 * right after) goes on with links outside the lexicon up to the name and the colon; null otherwise. `facts`:
 * what the chain's mentions share (its organization, congress, office).
 */
export function deputyOccupationMention(pair: TextPair, lex: Lexicon, chainStart: number, deputyEnd: number, from: number, to: number,
  facts: { organization: string | null; congress: boolean; office: string }): SpeakerMention | null {
  const { text, view } = pair;
  if (view[deputyEnd] !== '、' || !DEPUTY_HEAD.test(view.slice(deputyEnd - 2, deputyEnd))) return null;
  const at = deputyEnd + 1;
  // A speaker label (the chain opens its line) or a person field's value (delimited-names.ts).
  const slot = slotOf(view, chainStart, from);
  if (!slot) return null;
  const m = (slot === 'field' ? OCCUPATION_FIELD : OCCUPATION_LABEL).exec(view.slice(at, Math.min(to, at + 48)));
  if (!m) return null;
  const run = m[1];
  const name = nameAtEnd(lex, view, at, at + run.length);
  if (!name || name[0] - at < 2) return null;
  let titleEnd = name[0];
  while (titleEnd > at && /[ \t\u00a0]/u.test(view[titleEnd - 1])) titleEnd--;
  // "区人大代表、西塘街道 俞小平": a place alone after 代表 is the deputy's constituency or delegation, where they were
  // elected, not a post: the title ends at 代表 ("…、桐华街道居民孟雪琴" names an occupation there, and keeps it).
  if (placeAlone(lex, view.slice(at, titleEnd))) titleEnd = deputyEnd;
  const title: Span = [chainStart, titleEnd];
  // "…、晋江市某药店店长施某": the workplace before the occupation is the deputy's organization, as after a listed post.
  const work = titleEnd > deputyEnd ? workplace(lex, view, at, titleEnd) : null;
  return speakerMention([chainStart, name[1]], 'title-name', text.slice(name[0], name[1]), name, text.slice(title[0], title[1]), title,
    work ? text.slice(work[0], work[1]) : facts.organization, facts.congress, facts.office, text.slice(name[0], name[0] + Math.max(1, surnameLength(lex, view, name[0]))));
}

/**
 * The workplace opening the occupation link `[start, end)` ("晋江市某药店店长" → 晋江市某药店, "某农庄庄主" → 某农庄): the longest
 * organization from `start` that names an institution (not places alone, a constituency) and leaves an occupation word of two
 * characters or more after it; null when none reads.
 */
function workplace(lex: Lexicon, view: string, start: number, end: number): Span | null {
  for (let e = end - 2; e - start >= 2; e--) {
    const org = readOrganization(lex, view, e, start);
    if (org.start === start && org.organization && org.organization[1] === e && org.units.some((u) => u.kind !== 'place')) return org.organization;
  }
  return null;
}

/** True when `words` are places only (西塘街道, 红星村, 城东选区, 勐泉镇、红星村): no institution, post or occupation in them. */
function placeAlone(lex: Lexicon, words: string): boolean {
  const parts = words.split('、');
  return parts.every((w) => w.length > 0 && (parseOrganization(lex, w)?.every((u) => u.kind === 'place') ?? false));
}

/** The name ending the run `[start, end)`: set off by a space, or glued to an occupation noun; null when none reads. */
function nameAtEnd(lex: Lexicon, view: string, start: number, end: number): Span | null {
  const spaced = SPACED_NAME.exec(view.slice(start, end));
  if (spaced) return [end - (spaced[1] ?? spaced[2]).length, end];
  // Glued: the longest name (a compound surname and two, a surname and two, a surname and one) after an occupation's last character.
  for (const len of [4, 3, 2]) {
    const s = end - len;
    if (s - start < 2) continue;
    const surname = surnameLength(lex, view, s);
    if (surname === 0 || (len === 4 && surname !== 2)) continue;
    if (OCCUPATION_FINAL.has(view[s - 1]) || (view[s - 1] === '主' && OWNED.has(view[s - 2]))) return [s, end];
  }
  return null;
}

/**
 * `m` with the qualifiers of 代表 before it on its label's line taken into its title ("列席代表孙雯:" → 列席代表):
 * the line's lead, then Han characters only (列席, 基层, 市十七届, 列席会议的) up to the title. `m` itself otherwise.
 */
export function withDeputyQualifiers(pair: TextPair, m: SpeakerMention, from: number): SpeakerMention {
  const { text, view } = pair;
  if (!m.congress || !m.title || !m.titleSpan || !m.nameSpan || m.titleSpan[0] !== m.span[0] || !DEPUTY_HEAD.test(m.title)) return m;
  if (!labelEndAt(view, m.nameSpan[1]) && !labelEndAt(view, m.span[1])) return m;
  const lineStart = Math.max(from, lineStartAt(view, m.span[0]));
  const q = QUALIFIERS.exec(view.slice(lineStart, m.span[0]));
  if (!q) return m;
  const start = m.span[0] - q[1].length;
  return { ...m, span: [start, m.span[1]], title: text.slice(start, m.titleSpan[1]), titleSpan: [start, m.titleSpan[1]] };
}
/**
 * A label line's lead (spaces, blank Markdown) and the qualifiers of 代表 before its title: group 1. Not a
 * description of where the deputy comes from ("来自基层的全国人大代表某:"): the title is 全国人大代表.
 */
const QUALIFIERS = /^[ \t]*((?!来自)\p{sc=Han}{1,16})$/u;
