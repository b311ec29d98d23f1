/**
 * Cell text for the compare formatters: transcript text made safe to print, wrapped by
 * display width (the wrapping and escaping of terminal.ts and table.ts, shared).
 *
 * Example: "推进综治中心规范化建设" in a 12-column cell wraps as "推进综治中心" / "规范化建设"
 * (each Han character is two columns wide; Chinese has no spaces to wrap at). A control
 * character from a transcript ("\u001b[2J", a bidi override U+202E) is never printed raw:
 * it is shown as its escape ("\u001b"), so a hostile transcript cannot drive the terminal.
 */
import type { Comparison, OfficeLinkRef, Restatement, SuccessorRow } from '../compare/types.js';
import stringWidth from 'string-width';
import { forTerminalLine } from './terminal.js';
import { wrapByWidth } from './table.js';

/** One line of safe text: line breaks and tabs become one space, other controls their \uXXXX escape. */
export function safe(text: string | null | undefined): string {
  if (text == null) return '';
  return forTerminalLine(text.replace(/[\t\r\n\u2028\u2029]+/g, ' '));
}

export function width(text: string): number {
  return stringWidth(text);
}

/** A number at the end of a line ("…综合体12"), and a Han character opening the next (its unit: "个"). */
const NUMBER_END = /[0-9][0-9.]*$/u;
const UNIT_START = /^\p{Script=Han}/u;

/**
 * Break safe text into lines of at most `columns` display columns, between characters (any script).
 * A number is never left at a line's end without the unit after it ("建设综合体12" / "个" becomes
 * "建设综合体" / "12个…"): the number goes down with its unit, and the rest is wrapped again from there.
 */
export function wrap(text: string, columns: number): string[] {
  const cols = Math.max(2, columns);
  const out: string[] = [];
  let rest = text;
  for (;;) {
    const lines = wrapByWidth(rest, cols);
    let cut = -1;
    let at = 0;
    for (let i = 0; i + 1 < lines.length && cut < 0; i++) {
      const m = NUMBER_END.exec(lines[i]);
      // (Only when something stays on the line and the number and its unit fit on the next.)
      if (m && m.index > 0 && lines[i].slice(0, m.index).trim() !== '' && UNIT_START.test(lines[i + 1]) && stringWidth(m[0]) + 2 <= cols) [cut, at] = [i, m.index];
    }
    if (cut < 0) { out.push(...lines); break; }
    out.push(...lines.slice(0, cut), lines[cut].slice(0, at));
    rest = lines[cut].slice(at) + lines.slice(cut + 1).join('');
  }
  return out.map((l) => l.trimEnd());
}

/** Words packed into lines of at most `columns`, separated by one space; a word is never split unless it alone is too wide. */
export function pack(words: readonly string[], columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && stringWidth(next) > columns) { lines.push(line); line = word; } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Spans as [start, end) so a reader can find the place: "[356, 370)". */
export function spanText(span: readonly [number, number]): string {
  return `[${span[0]}, ${span[1]})`;
}

/** A number for people: at most `digits` decimals, no trailing zeros. */
export function num(x: number, digits = 2): string {
  return String(Number(x.toFixed(digits)));
}

/** Where a promise stands: "问题3·1.2", or "结语·p1" for a pledge of the closing's 表态 (question null). */
export function promisePlace(m: { question: number | null; path: string }): string {
  return m.question === null ? `结语·${m.path}` : `问题${m.question}·${m.path}`;
}

/** A closing's speaker as one line: "蔺书航（副市长，政府表态）", "郗慕远（市人大常委会主任，主持人）", a title alone without a name. */
export function closingSpeaker(x: { name: string | null; titles: string[]; role: 'chair' | 'government' | 'other' }): string {
  const role = x.role === 'chair' ? '主持人' : x.role === 'government' ? '政府表态' : '发言';
  const title = x.titles[0] ?? null;
  return x.name ? `${x.name}（${title ? `${title}，` : ''}${role}）` : `${title ?? '(未具名)'}（${role}）`;
}

/**
 * A successor: "市公安局交通管理支队支队长 贾志强 (A) → 林卫东 (B)"; an office renamed between the sessions names each holder's
 * post as held: "市水务局局长 王立新 (A) → 市水利局局长 胡振东 (B)". `gap` before a side's letter, `arrow` between the sides.
 */
export function successorLine(s: SuccessorRow, esc: (t: string) => string, gap = ' ', arrow = ' → '): string {
  const [a, b] = s.offices ? [`${esc(s.offices.a)}${esc(s.post)} `, `${esc(s.offices.b)}${esc(s.post)} `] : [`${esc(s.organization)}${esc(s.post)} `, ''];
  return `${a}${esc(s.name.a)}${gap}(A)${arrow}${b}${esc(s.name.b)}${gap}(B)`;
}

/** An office under two names, as a session states it: "区数据资源和政务服务局 原名 区行政审批局", "职责由…划入…". */
export function officeLinkNote(l: OfficeLinkRef): string {
  return l.how === 'renamed' ? `${l.now} 原名 ${l.old}` : `${l.now} 承接 ${l.old} 的职责`;
}

/** What a restated promise changed: "目标 95% → 96%; 期限 2024年底前 → 今年", with the months meant when read (12月底前 (2022-12) → 今年年底前 (2024-12)). */
export function restatedNote(r: Restatement): string {
  const d = r.deadline;
  const when = (side: 'a' | 'b') => (d!.resolved ? `${d![side].text} (${d!.resolved[side]})` : d![side].text);
  return [r.value && `目标 ${r.value.a.text} → ${r.value.b.text}`, d && `期限 ${when('a')} → ${when('b')}`].filter(Boolean).join('; ');
}

/**
 * The line under the header when B is no follow-up of A (framing): "不同机关: 柳州市人大常委会 / 桂林市人大常委会 — 非跟踪比较 …",
 * "同一机关, 主题不同: 居家 社区 养老 / 全民健身 — 非跟踪比较 …"; null for a follow-up.
 */
export function framingNotice(c: Comparison): string | null {
  const f = c.framing;
  const tail = '非跟踪比较: 相近措施仅供参照, 不判重申、达标、期限或未再出现';
  if (f.kind === 'two-bodies') return `不同机关: ${f.bodies.a} / ${f.bodies.b} — ${tail}`;
  if (f.kind === 'two-topics') return `同一机关, 主题不同: ${f.topics.a.join(' ')} / ${f.topics.b.join(' ')} — ${tail}`;
  return null;
}
