/**
 * 代表 as the verb "on behalf of" right after a name: "询问结束前，钟启明代表国务院表态，将…", "钟某代表国家卫生健康委回答",
 * "王某代表自治区人民政府和自治区水利厅作表态发言". The name is the speaker's, and 代表 is no title of theirs (a deputy,
 * 人大代表): it opens the body spoken for, an organization, then a verb of speaking. "王某代表说" or "王某代表询问市政府为何
 * 不表态" (no organization between 代表 and the verb) keep 代表 as the deputy's title, and so does "市人大代表王某表示" (the
 * title before the name). (代表 before a level word, 代表市/县/区…, is no title anywhere: dict/roles.utf8 blocks it, and the
 * name before it is read only once known, bare-names.ts.) Matching runs on the view; offsets are UTF-16 offsets into it.
 */
import type { Lexicon } from './lexicon.js';
import { readOrganization } from './title-orgs.js';
import { POSITION, SPEECH_FRAME } from './government-statements.js';

/** The body spoken for: a run of a name's characters, no punctuation, no space, no quotation mark. */
const BODY_CHAR = /[^\s,。;:?!、“”‘’()《》]/u;
/** The longest body spoken for (自治区人民政府和自治区水利厅 is 13). */
const LONGEST_BODY = 24;
/**
 * Right after the body: a verb of speaking for it, maybe framed as a speech ("作表态发言", "作简短表态", "表个态", "讲话",
 * "回答", "表示"), the speech's words next; or the charge a chair gives for the body ("代表主任会议提出三点要求", "代表市人大
 * 常委会提出意见"). A short adverbial naming what it is about may stand before the verb ("陆明代表主任会议对下步工作提出要求",
 * "代表市政府就整改工作表态").
 */
const SPEAKS = new RegExp(String.raw`^(?:[对就][^\s,。;:?!、“”]{1,16}?)?${SPEECH_FRAME}(?:${POSITION}|发言|讲话|致辞|总结|回答|答复|作答|回应|表示|说|提出了?(?:[一二三四五六七八九十两几\d]{1,2}点)?(?:要求|意见))`, 'u');
/** How far after the body the verb is looked for (the adverbial, the frame, the verb). */
const SPEAKS_WITHIN = 32;
/** What joins the bodies of a list spoken for together: 自治区人民政府和自治区水利厅, 国务院及有关部门. */
const JOIN = /[和及与]/u;

/**
 * True when the 代表 at `at` in `view` (read up to `to`) is the verb: an organization or a list of them, then a verb of
 * speaking ("代表国务院表态", "代表市政府作表态发言").
 */
export function speaksOnBehalf(lex: Lexicon, view: string, at: number, to: number): boolean {
  if (!view.startsWith('代表', at)) return false;
  const from = at + 2;
  const stop = Math.min(to, from + LONGEST_BODY);
  for (let end = from + 1; end <= stop; end++) {
    if (!BODY_CHAR.test(view[end - 1])) return false;
    if (end - from >= 2 && SPEAKS.test(view.slice(end, Math.min(to, end + SPEAKS_WITHIN))) && spokenFor(lex, view, from, end)) return true;
  }
  return false;
}

/** A congress's bodies named as a meeting, no organization's suffix: 主任会议 (the chair and vice-chairs), 主席团. */
const MEETING_BODY = /(?:主任会议|主席团)$/u;

/** `view[from, end)` is a body spoken for: organizations, or a meeting body maybe after its congress ("市人大常委会主任会议"). */
function spokenFor(lex: Lexicon, view: string, from: number, end: number): boolean {
  const meeting = MEETING_BODY.exec(view.slice(from, end));
  if (!meeting) return organizations(lex, view, from, end);
  const at = end - meeting[0].length;
  return at === from || organizations(lex, view, from, at);
}

/**
 * `view[from, end)` is an organization's name ("国务院", "市自然资源和规划局"), or a list of them joined by 和/及/与, read back
 * from its end as before a post (title-orgs.ts): a verb or a preposition opening the words ("询问市政府", "对市政府") is none.
 */
function organizations(lex: Lexicon, view: string, from: number, end: number): boolean {
  const org = readOrganization(lex, view, end, from);
  if (!org.organization) return false;
  if (org.start === from) return true;
  return org.start - 1 > from + 1 && JOIN.test(view[org.start - 1]) && organizations(lex, view, from, org.start - 1);
}
