/**
 * An agenda of questions in the introduction: numbered lines that list what will be asked, not
 * headers of the exchanges that follow.
 *
 * Example: "问题清单共列出4个问题:\n1.全市PM2.5年均浓度连续两年反弹,原因是什么?\n2.散煤治理“回潮”
 * 如何防止?\n3.…\n4.…\n\n市人大常委会委员郑国华:我先问第一个问题。…" — the four items come one after
 * another with nobody speaking between them, before anyone asks, and the members then ask in
 * labelled turns: the list belongs to the introduction (session narration). Headers are numbered
 * items that each open an exchange. Offsets are [start, end) UTF-16 offsets into the decoded text.
 */
import type { Header } from './headings.js';

/**
 * The candidates that form an agenda: a run of two or more headers of one family numbered 1, 2,
 * 3… with no speaker turn starting between the first and the last, no asker before the last, and
 * an asker after it. `speech`: offsets where askers or responders start speaking; `askers`: where
 * askers do (both in reading order or not).
 */
export function agendaItems(candidates: Header[], speech: number[], askers: number[]): Set<Header> {
  const out = new Set<Header>();
  const families = new Map<string, Header[]>();
  for (const h of candidates) {
    const list = families.get(h.family);
    if (list) list.push(h);
    else families.set(h.family, [h]);
  }
  for (const list of families.values()) {
    let k = 0;
    while (k < list.length) {
      // The run from list[k]: numbered on from 1, nobody speaking between its lines.
      if (list[k].number !== 1) { k++; continue; }
      let j = k;
      while (j + 1 < list.length && list[j + 1].number === list[j].number + 1 && !speaks(speech, list[k].line.span[0], list[j + 1].line.span[0])) j++;
      const run = list.slice(k, j + 1);
      const last = run[run.length - 1].line.span;
      if (run.length >= 2 && !askers.some((a) => a < last[1]) && askers.some((a) => a >= last[1])) for (const h of run) out.add(h);
      k = j + 1;
    }
  }
  return out;
}

/** Whether someone starts speaking in [from, to). */
function speaks(speech: number[], from: number, to: number): boolean {
  for (let i = 0; i < speech.length; i++) if (speech[i] >= from && speech[i] < to) return true;
  return false;
}
