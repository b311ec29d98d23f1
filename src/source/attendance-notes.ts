/**
 * A note on how someone attends, in brackets between a label's title and the name:
 * "市人大代表（列席）孙雯：请问…" reads "市人大代表    孙雯:请问…" in the view, as "市人大代表 孙雯：" does, so the
 * label grammars see a title and a name (the note says how the deputy attends, it is no title and no name).
 *
 * Only 列席 / 列席会议 / 应邀列席 / 特邀 / 特邀列席 / 旁听 in round brackets, right after a Han character and
 * right before a name of two to four characters and the label's colon; the brackets and the note become
 * spaces, so the view keeps the text's length and offsets ([start, end), UTF-16 code units) still agree.
 * A note after the name ("孙雯（列席）：") is read by the label grammars already (affiliations.ts).
 */

/** On the view, where （）and ：have been folded to () and :. */
const NOTE = /(?<=\p{sc=Han})\((?:列席会议|应邀列席|特邀列席|列席|特邀|旁听)\)(?=\p{sc=Han}{2,4}[ \t]*:)/gu;

/** `view` with each attendance note between a title and a name blanked to spaces, as long as `view`. */
export function blankAttendanceNotes(view: string): string {
  return view.replace(NOTE, (m) => ' '.repeat(m.length));
}
