/**
 * Titles in brackets after the name of a speaker label: "镇人大代表 杨某某(大坪村党支部书记):…",
 * "县人大代表 田某(来自城关代表组):". 乡镇 and 县 transcripts set a member's
 * post or constituency there; the label, brackets included, ends at its colon (or fills its
 * line, the words on the next), and the bracketed words are more of the person's titles.
 * Not these: a note of the turn ("(追问)", "(补充)", "(插话)", "(笑)": labels.ts), brackets naming someone
 * ("杨某某(镇人大代表、…)": the chain inside is the mention), brackets mid-sentence.
 * A note of the person that is no title stays in the label but out of the titles: the sex
 * ("王某(女):"), the ethnicity ("委员其其格(蒙古族):"), how the person attends ("市人大代表 邝某(列席):": 列席
 * says the member sits in, it is no post), the capacity in which the person speaks ("(代表州人民政府)": on behalf of
 * a body, no post) and another name of the person, as minority
 * members and officials are often written with their Han name, and when the person took up the post ("(去年12月任职)")
 * ("州人大常委会副主任沙马拉则(沙志刚):",
 * "局长布哈·依布拉音(李明):", "(曾用名王某)").
 * A place or an institution alone in the brackets of a label whose title names no organization ("局长 某某(县水利局):",
 * "代表 某某(石桥村):") is the person's organization, as the unit before a name is ("局长(县水利局 某某)",
 * post-bracket-labels.ts); the bracket stays the label's affiliation (people.ts adds no title equal to the organization).
 * Matching runs on the view; spans are [start, end) UTF-16 offsets into the text.
 */
import type { SpeakerMention } from './mentions.js';
import { LABEL_LEAD as LEAD } from './stamps.js';
import type { Lexicon } from './lexicon.js';
import { readName } from './names.js';
import { readDottedName } from './dotted-names.js';
import { readOrganization } from './title-orgs.js';
import { findTitles } from './titles.js';
import { TURN_NOTE_WORDS } from './speech-patterns.js';
import { lineStartAt } from '../source/line-bounds.js';
// A person's ethnicity ("其其格(蒙古族):", "(彝族)"): part of the label, no title.
import { ETHNICITY } from './label-asides.js';

/** After the name: the bracketed words, then the label's verb and colon, or the end of the line. */
const AFTER_NAME = /^[ \t\u3000]*\(([^()\n:;。?!]{1,30})\)[ \t\u3000]*(?:(?:追问|提问|询问|问|回答|答复|答)?[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*:|[ \t\u3000]*(?:\n|$))/u;
/** Before the mention on its line: the lead of a label (spaces, a clock time, a bullet, Markdown bold). */
const LABEL_LEAD = new RegExp(String.raw`^${LEAD}$`, 'u');
/**
 * Notes of the turn, not titles: how it comes (追问, 插话 "委员周某(插话):", 继续) and stage directions (笑, 笑声).
 */
const TURN_NOTE = new RegExp(`^\\s*(?:${TURN_NOTE_WORDS})\\s*$`, 'u');
/** A person's sex ("王某(女):") or the moderator's role ("杭某(主持人):", chair.ts): part of the label, no title. */
const SEX = /^\s*(?:男|女|(?:会议)?主持人)\s*$/u;
/**
 * How the person attends: in the hall ("邝某(列席):", "(应邀列席)", "(特邀)", "(旁听)") or from elsewhere — by video
 * or online ("李某委员(视频连线):", "(线上)", "(视频)", "(通过视频连线)", "(网络连线参会)") or in writing ("(书面)",
 * "(书面发言)"). A mode of attending says how the words reach the meeting, never what post the person holds: part of
 * the label, no title.
 */
const ATTENDANCE = /^\s*(?:(?:应邀|特邀)?(?:列席(?:会议)?|出席|旁听)|特邀|(?:通过)?(?:(?:视频|网络|远程|电话)(?:连线)?|连线|线上|在线|云端)(?:参会|出席|列席|发言|提问|询问|回答|答复)?|书面(?:发言|提问|询问|回答|答复)?)\s*$/u;

/** True when the inside of a label's brackets is how the person attends (see ATTENDANCE): "视频连线", "线上", "书面". */
export function attendanceNote(inside: string): boolean {
  return ATTENDANCE.test(inside);
}
/**
 * The capacity in which the person speaks, on behalf of a body: "局长王某(代表州人民政府)答复:", "(受市政府委托)",
 * "(代市政府答复)". It says for whom the words are spoken, never a post the person holds: part of the label, no
 * title. (Not the member's own body: "(代表团团长)", "(来自城关代表组)" name posts and constituencies.)
 */
const CAPACITY = /^\s*(?:代表(?![团组处委队])\p{sc=Han}{2,20}|受\p{sc=Han}{2,20}委托|代\p{sc=Han}{2,20}?(?:答复|回答|作答|发言))\s*$/u;
/**
 * When the person took up the post ("卢晓帆(去年12月任职):", "(今年1月到任)", "(2024年3月起任职)", "(新任)", "(刚上任)"):
 * a note of tenure, part of the label, no title. (A qualifier of how the post is held, "(主持工作)", "(代理)", is the
 * title's: title-qualifiers.ts.)
 */
const TENURE = /^\s*(?:(?:(?:\d{4}|[今去前上本])年)?(?:[\d一二三四五六七八九十]{1,3}月(?:份|底|初|中旬)?)?(?:起|刚|才)?|新|刚|才|近期|日前)\s*(?:到任|任职|上任|履新|就任|接任|新任|起任)(?:以来|不久)?\s*$/u;
/** The words that introduce another name of the person: 曾用名王某, 汉名李明, 又名…. */
const ALIAS_LEAD = /^\s*(?:曾用名|原名|又名|汉名|别名|化名|本名|小名|藏名|蒙古名|蒙名|维吾尔名|彝名)\s*[:]?\s*/u;
/** Last characters of village names the lexicon does not list (李家湾, 王家庄, 石板沟): places, no personal names. */
const VILLAGE_END = /[庄屯寨湾沟坝坪洼峪铺堡垭]$/u;
/** Between the parts of a note: "(女,彝族)", "(彝族、曾用名王某)". */
const NOTE_PARTS = /[,、;]/u;

/** Extend each named label mention over the bracketed titles after it (mutated: span, affiliation, organization). `mentions` sorted by start; `text` as written. */
export function addAffiliations(lex: Lexicon, view: string, mentions: SpeakerMention[], text: string = view): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!m.name || !m.nameSpan || !view.startsWith('(', skipBlank(view, m.span[1]))) continue;
    const lineStart = lineStartAt(view, m.span[0]);
    if (!LABEL_LEAD.test(view.slice(lineStart, m.span[0]))) continue;
    const after = AFTER_NAME.exec(view.slice(m.span[1], m.span[1] + 48));
    if (!after || TURN_NOTE.test(after[1]) || !/\p{sc=Han}/u.test(after[1])) continue;
    const open = view.indexOf('(', m.span[1]);
    const close = open + 1 + after[1].length;
    const next = mentions[k + 1];
    if (next && next.span[0] < close) continue; // the brackets name someone
    let s = open + 1;
    let e = close;
    while (s < e && /\s/u.test(view[s])) s++;
    while (e > s && /\s/u.test(view[e - 1])) e--;
    m.span = [m.span[0], close + 1];
    if (personalNote(lex, view, s, e)) continue;
    m.affiliation = [s, e];
    if (m.organization === null && m.title !== null && wholeUnit(lex, view, s, e)) m.organization = text.slice(s, e);
  }
}

/**
 * True when `view[s, e)`, the inside of a label's brackets, notes the person rather than a post:
 * every part (split at , 、 ;) is a sex, an ethnicity or another name of the person.
 */
function personalNote(lex: Lexicon, view: string, s: number, e: number): boolean {
  let at = s;
  for (const part of view.slice(s, e).split(NOTE_PARTS)) {
    const ps = at;
    at += part.length + 1;
    if (SEX.test(part) || ETHNICITY.test(part) || ATTENDANCE.test(part) || CAPACITY.test(part) || TENURE.test(part)) continue;
    const lead = ALIAS_LEAD.exec(part)?.[0].length ?? 0;
    let ns = ps + lead;
    let ne = ps + part.length;
    while (ns < ne && /\s/u.test(view[ns])) ns++;
    while (ne > ns && /\s/u.test(view[ne - 1])) ne--;
    if (!otherName(lex, view, ns, ne, lead > 0)) return false;
  }
  return true;
}

/**
 * True when `view[s, e)` reads whole as a personal name with no post, place or institution in
 * it (沙志刚, 李明, 阿依·古丽); after 曾用名/汉名 (`introduced`) any two to four ideographs do.
 */
function otherName(lex: Lexicon, view: string, s: number, e: number, introduced: boolean): boolean {
  if (e - s < 2) return false;
  if (findTitles(lex, view, s, e).length) return false; // 村支书, 党支部书记
  // 石桥村, 城关镇, 县一中: a place or a listed institution (a name may end like a suffix: 李建社).
  if (readOrganization(lex, view, e, s).units.some((u) => u.kind === 'place' || u.kind === 'head')) return false;
  if (VILLAGE_END.test(view.slice(s, e))) return false;
  if (introduced && e - s <= 4 && /^\p{sc=Han}+$/u.test(view.slice(s, e))) return true;
  const r = readName(lex, view, s, e) ?? readDottedName(lex, view, s, e);
  return r !== null && r.end === e;
}

/** True when `view[s, e)` reads whole as a place or an institution ("县水利局", "石桥村"), with no post in it. */
function wholeUnit(lex: Lexicon, view: string, s: number, e: number): boolean {
  if (findTitles(lex, view, s, e).length) return false;
  const org = readOrganization(lex, view, e, s);
  const units = org.units;
  return org.start === s && org.organization !== null && units.length > 0 && units[units.length - 1].end === e && units.some((u) => u.kind === 'place' || u.kind === 'head');
}

function skipBlank(view: string, at: number): number {
  while (at < view.length && (view[at] === ' ' || view[at] === '\t' || view[at] === '\u3000')) at++;
  return at;
}
