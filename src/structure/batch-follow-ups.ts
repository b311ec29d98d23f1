/**
 * A member of a batch pressing the answer to their own question once the batch is answered.
 *
 * Example: "委员 滕某：…有没有专项整治？⏎委员 卜桂芳：农贸市场快检室…是否真实？⏎委员 蒙某：…怎么解决？⏎局长 宁国安：感谢三位委员
 * 的提问。关于校园周边食品安全，…关于快检室的问题，…每月抽查一次…⏎委员 卜桂芳：宁局长，抽查结果会不会向社会公开？" — 卜桂芳 asked
 * the batch's second question, and right after the answers she addresses the official who answered it: she follows up
 * her own question (followUpOf 2), not the last one, whose section holds the answers (batch.ts links them). Only right
 * after the batch's answers, by a member who asked one question of it (not its last: same-asker-follow-ups.ts reads
 * that), with words opening on the name or surname and post of one who answered that question ("宁局长，", "宁国安同志，").
 */
import type { Person } from '../model/record.js';
import { POSTS } from '../model/posts.js';
import type { QuestionFrame, TextPair } from './types.js';
// (What may stand before and after a form of address, as a 追问 addressing an official is read: answerer-follow-ups.ts.)
import { AFTER_VOCATIVE, BEFORE_VOCATIVE } from './answerer-follow-ups.js';

/** The post a member calls an official by, ending the official's title (县…局局长 → 局长, 副县长 → 副县长: posts.ts). */
const POST = new RegExp(`(?:${POSTS.called})$`, 'u');

/** How a member may address `p`: the name, and surname + post (宁局长; 宁局长 for a 副局长 too). */
function addressForms(p: Person): string[] {
  const out: string[] = [];
  if (!p.name) return out;
  out.push(p.name);
  for (const t of p.titles) {
    const post = POST.exec(t)?.[0];
    if (!post) continue;
    for (const surname of [p.name.slice(0, 1), p.name.slice(0, 2)]) out.push(surname + post, surname + post.replace(/^副/u, ''));
  }
  return out;
}

/** Set `followUpOf` in place on each question so opened (to its thread's first). */
export function batchFollowUps(pair: TextPair, questions: QuestionFrame[], persons: readonly Person[]): void {
  const byId = new Map(persons.map((p) => [p.id, p]));
  for (let i = 1; i < questions.length; i++) {
    const q = questions[i];
    const holder = questions[i - 1];
    if (q.followUpOf !== null || q.askers.length !== 1 || holder.askers.includes(q.askers[0])) continue;
    // The batch the section before answered: the questions its turns lend answers to.
    const lent = new Set(holder.turns.flatMap((t) => (t.answerTo !== null && t.answerTo !== holder.index ? [t.answerTo] : [])));
    if (!lent.size) continue;
    const own = [...lent].filter((n) => questions[n - 1].askers.includes(q.askers[0]));
    if (own.length !== 1) continue;
    const asker = q.turns.find((t) => t.role === 'asker');
    if (!asker) continue;
    const words = pair.view.slice(q.span[0], Math.min(q.span[1], q.span[0] + 40));
    const at = BEFORE_VOCATIVE.exec(words)?.[0].length ?? 0;
    const target = questions[own[0] - 1];
    const addressed = target.responders.some((id) => {
      const p = byId.get(id);
      return !!p && addressForms(p).some((h) => h.length >= 2 && words.startsWith(h, at) && AFTER_VOCATIVE.test(words.slice(at + h.length, at + h.length + 6)));
    });
    if (addressed) q.followUpOf = target.followUpOf ?? own[0];
  }
}
