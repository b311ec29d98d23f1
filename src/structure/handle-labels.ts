/**
 * An online user's label: "网友“湖畔老周”：小区垃圾桶能不能延长开放时间？", "网友湖畔老周：…", "网民“江城小雨”问：…".
 * In a 问政 session the public asks too, and 网友 (网民) is then the asker's title; its name slot holds the
 * user's handle, which is no personal name: in quotation marks, any words (up to 12 characters), unquoted,
 * two to six Han characters right before the colon. (A real name after 网友 — "网友李某某：" — is read by the
 * title lexicon, where 网友 is a `public` title.) Only a label opening its line counts: "网友“湖畔老周”留言说…"
 * in the chair's words is the chair's. Not a handle: a word of the relay itself ("网友留言：", "网友提问：", "网友们：").
 * Offsets are [start, end) UTF-16 offsets into the text; matching runs on the view (colons folded to ":").
 *
 * Read out in someone's turn, the user asks too: "工作人员：网民“老城区的小周”通过“南屏人大”微信公众号提问：…？",
 * "我来念一下。网民“南屏上班族”问：…？" — a quoted handle with its verb of asking (through a platform maybe) and a colon,
 * anywhere in a line: the user is the one who asks, whoever reads (relayed-askers.ts makes the reader's words narration).
 * Not one: "网民“南屏上班族”的建议很好" (no verb of asking), "网民问：" (no handle). In narrative, "…宣读了网民“甘泉老李”的
 * 留言：“…？”" makes the user's question (attribution.ts reads the event).
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import { speakerMention, type SpeakerMention } from './mentions.js';

/**
 * At a line start (spaces, Markdown bold, a stage bracket "(大屏幕显示网友留言)" before it): 网友 or 网民 (maybe
 * 代表), the handle quoted or bare, the platform it came through maybe ("通过“南屏人大”微信公众号"), an optional verb
 * of asking, the colon.
 */
const HANDLE_LABEL = /(?<=^|\n)[ \t\u3000]*(?:\*\*|__)?(?:\([^()\n]{1,20}\)[ \t\u3000]*)?((?:网友|网民)(?:代表)?)[ \t\u3000]*(?:“([^“”\n]{1,12})”|(\p{sc=Han}{2,6}?))[ \t\u3000]*(通过[^。?!;:\n]{1,24}?(?=留言|提问|问))?(?:追问|留言提问|提问|问|留言)?[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*:/dgu;
/**
 * Inside a line: 网友 or 网民, the handle in quotation marks, maybe 通过 + a platform, a verb of asking or writing in
 * (提问, 问, 留言, 留言提问, 提出), a colon (a label opening its line is read above, and not twice); or, in narrative, what the user wrote ("宣读了网民“甘泉老李”的留言：“…？”").
 */
const RELAYED_HANDLE = /((?:网友|网民))[ \t\u3000]*“([^“”\n]{1,12})”(?=[ \t\u3000]*(通过[^。?!;:\n]{1,24}?)?(?:(?:留言提问|留言|提问|提出|问)(?:道)?|的(?:留言|提问|问题))[ \t\u3000]*:)/dgu;
/** Bare words after 网友 that relay, or address a group: no handle. */
const NOT_HANDLE = /^(?:留言|提问|问题|来信|反映|评论|心声|建议|意见|关切|诉求|朋友|代表)|们$/u;

/** Mentions of online users' labels in `range`, outside `claimed` spans, in reading order. */
export function handleLabelMentions(pair: TextPair, range: Span, claimed: readonly Span[]): SpeakerMention[] {
  const { text, view } = pair;
  const slice = view.slice(range[0], range[1]);
  if (!slice.includes('网友') && !slice.includes('网民')) return []; // (most texts have none)
  const out: SpeakerMention[] = [];
  for (const m of slice.matchAll(HANDLE_LABEL)) {
    const handle = m[2] ?? m[3];
    if (m[3] !== undefined && NOT_HANDLE.test(handle)) continue;
    const [titleStart, titleEnd] = m.indices![1].map((x) => range[0] + x);
    // The handle inside its quotation marks; the mention runs to the closing one.
    const [nameStart, nameEnd] = (m.indices![2] ?? m.indices![3]).map((x) => range[0] + x);
    // (…and on through the platform named, "通过“南屏人大”微信公众号": the verb after it is the label's.)
    const end = m.indices![4] ? range[0] + m.indices![4][1] : m[2] !== undefined ? nameEnd + 1 : nameEnd;
    if (claimed.some((c) => c[0] < end && c[1] > titleStart)) continue;
    const title = text.slice(titleStart, titleEnd);
    // (The public a session invites asks like the congress's members: congress true, as for 市民代表.)
    out.push(speakerMention([titleStart, end], 'title-name', text.slice(nameStart, nameEnd), [nameStart, nameEnd], title, [titleStart, titleEnd], null, true, title, null));
  }
  for (const m of slice.matchAll(RELAYED_HANDLE)) {
    const [titleStart, titleEnd] = m.indices![1].map((x) => range[0] + x);
    const [nameStart, nameEnd] = m.indices![2].map((x) => range[0] + x);
    const end = m.indices![3] ? range[0] + m.indices![3][1] : nameEnd + 1;
    if (claimed.some((c) => c[0] < end && c[1] > titleStart) || out.some((o) => o.span[0] < end && o.span[1] > titleStart)) continue;
    const title = text.slice(titleStart, titleEnd);
    out.push(speakerMention([titleStart, end], 'title-name', text.slice(nameStart, nameEnd), [nameStart, nameEnd], title, [titleStart, titleEnd], null, true, title, null));
  }
  out.sort((a, b) => a.span[0] - b.span[0]);
  return out;
}
