/**
 * Middle members of a 首先…最后 sequence opened by a connective: "首先,完善农村收运网络…⏎同时,推行“定时定点”
 * 投放模式…⏎最后,建立考核机制…" lists three measures, the middle one marked 同时.
 *
 * Between a paragraph-opening 首先 and a paragraph-opening 最后 (其次/再次 maybe between), a paragraph that opens with
 * 同时, / 此外, / 另外, / 再者, goes on counting: the speaker has committed to a sequence and closes it later, so the
 * paragraph is its next member, not text swallowed by the item before. Outside such a closed sequence the same
 * paragraph is a topic frame ending the item before it (list-wrap-up.ts), and inside a line ("…;同时,加强…") it is
 * part of the item it stands in.
 * Offsets are UTF-16 code units into the view, 0-based, end-exclusive.
 */
import type { Marker } from './markers.js';

/** The connective opening a paragraph, then its comma (sticky, after the line break and any indent). */
const CONNECTIVE = /[ \t\u3000]*(同时|此外|另外|再者)[,:]\s*/y;

/** The markers with a `sequence` marker added for each connective paragraph between a line-opening 首先 and 最后. */
export function withSequenceMiddles(view: string, markers: Marker[], quoted: Uint8Array): Marker[] {
  const added: Marker[] = [];
  const sequence = markers.filter((m) => m.family === 'sequence');
  for (let k = 0; k < sequence.length; k++) {
    const first = sequence[k];
    if (first.ordinal !== 1 || !opensLine(view, first.span[0])) continue;
    // The sequence up to its 最后, every member opening its line; an ordinal word out of order ends the search.
    const members = [first];
    for (let j = k + 1; j < sequence.length; j++) {
      const m = sequence[j];
      const last = members[members.length - 1];
      if (!opensLine(view, m.span[0]) || m.ordinal === 1 || !(m.ordinal > last.ordinal || (m.ordinal === 3 && last.ordinal === 3))) break;
      members.push(m);
      if (m.ordinal === 99) break;
    }
    if (members.length < 2 || members[members.length - 1].ordinal !== 99) continue;
    // (Another family's marker opening a line between them: the sequence is not this simple one.)
    const close = members[members.length - 1];
    if (markers.some((m) => m.family !== 'sequence' && m.span[0] > first.span[0] && m.span[0] < close.span[0] && opensLine(view, m.span[0]))) continue;
    for (let j = 0; j + 1 < members.length; j++) {
      const before = members[j];
      const after = members[j + 1];
      for (let nl = view.indexOf('\n', before.contentStart); nl >= 0 && nl < after.span[0]; nl = view.indexOf('\n', nl + 1)) {
        if (view[nl + 1] === '\n') continue; // (blank lines: the break right before the paragraph is read)
        const at = nl + 1;
        CONNECTIVE.lastIndex = at;
        const c = CONNECTIVE.exec(view);
        if (!c || quoted[at] || at >= after.span[0]) continue;
        const start = at + c[0].indexOf(c[1]);
        // The next place in the order: after 首先 a second (其次's), after a second or third a third (再次's);
        // a 其次 after the connective would claim the place again, so none is added before it.
        const prev = added.length && added[added.length - 1].span[0] > before.span[0] ? added[added.length - 1] : before;
        const ordinal = prev.ordinal === 1 ? 2 : 3;
        if (!(after.ordinal > ordinal || (after.ordinal === 3 && ordinal === 3))) continue;
        added.push({ family: 'sequence', ordinal, text: c[1], span: [start, start + c[1].length], contentStart: at + c[0].length, opensClause: true });
      }
    }
    k += members.length - 1;
  }
  if (!added.length) return markers;
  return [...markers, ...added].sort((a, b) => a.span[0] - b.span[0]);
}

/** Only spaces (or a bold mark) stand between `pos` and the start of its line. */
function opensLine(view: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && /[ \t\u3000*]/.test(view[i - 1])) i--;
  return i === 0 || view[i - 1] === '\n';
}
