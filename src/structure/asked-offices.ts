/**
 * The offices a short form's answer is asked of: "王局长：" answering "请问市交通运输局，农村公路…？" speaks for 市交通运输局.
 *
 * Example: the introduction lists "市交通运输局局长王志刚、市财政局局长王平"; then "任国栋委员：请问市交通运输局，…？" /
 * "王局长：谢谢任委员。…" — two officials fit 王局长, and the one of the office the question is put to answers (王志刚),
 * not the one named last (王平). The question is the member's words since their label, and the chair's call just before
 * it when that names who is to answer ("请市医保局回答王洪涛委员的第二个问题。"). A short form with its own organization
 * (市教育局李局长) needs none of this, and a member's short form (王委员) asks, it answers nothing. The registry only
 * breaks a tie with these offices (people.ts): one official fitting the short form is that one, whatever was asked.
 * Offsets are UTF-16 code units into the view.
 */
import type { SpeakerMention } from './mentions.js';
import { findAddressees } from './addressees.js';
import { lineStartAt } from '../source/line-bounds.js';

/** A chair's call on an office to answer, on the line before the member's: "请市医保局回答…", "下面请市财政局答复。". */
const CALLS_TO_ANSWER = /请(?!问)[^。?!\n]{1,30}?(?:回答|答复|作答|回应)/u;

/** For each short form of an official (surname + post, no organization), the offices the question it answers is put to. */
export function askedOffices(view: string, mentions: readonly SpeakerMention[]): Map<SpeakerMention, string[]> {
  const out = new Map<SpeakerMention, string[]>();
  let asker: SpeakerMention | null = null; // the latest member named: who asks the question under way
  for (const m of mentions) {
    if (m.congress) { asker = m; continue; }
    if (m.form !== 'surname-title' || m.organization || asker === null) continue;
    let from = asker.span[0];
    // (The chair's call on the line before the member's: "主持人：请市医保局回答王洪涛委员的第二个问题。")
    let p = view.lastIndexOf('\n', from - 1);
    while (p > 0 && /\s/u.test(view[p - 1])) p--;
    const prev = lineStartAt(view, p);
    if (p > 0 && CALLS_TO_ANSWER.test(view.slice(prev, p))) from = prev;
    if (from >= m.span[0]) continue;
    const offices = findAddressees(view, view, [from, m.span[0]]).map((a) => a.text);
    if (offices.length) out.set(m, offices);
  }
  return out;
}
