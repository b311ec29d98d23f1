/**
 * Courtesy frames: the 首先 of thanks that opens a speech and the 最后 of thanks or a pledge that closes
 * it. They are no items of a list.
 *
 * Example: "首先,感谢汤委员对养老工作的关心。我们重点做好两项工作:一是…;二是…。最后,我表个态,一定按期
 * 完成任务。" holds one list, 一是 and 二是 (stated 2); 首先 and 最后 only frame the speech. "首先,我代表
 * 市政府向各位委员表示感谢", "最后,再次感谢各位委员", "最后,请各位委员放心" are frames too; "首先,加强设施
 * 建设;其次,…;最后,完善制度" is a list.
 * Offsets are UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */
import type { Marker } from './markers.js';

/**
 * Words after a closing 最后 that address the listeners, not a list: "最后,请各位委员放心", "最后,再次感谢各位委员",
 * "最后,我表个态". Such a sentence closes the speech; it never continues a 一是/第一 list as its last item.
 */
export const ADDRESSES_LISTENERS = /[ \t]*(?:请(?:各位|大家|您|你们|委员|代表|常委会)[^,;。!?\n]{0,10}?(?:放心|监督|批评|指正)|(?:再次|衷心)?(?:感谢|谢谢)|我(?:再)?(?:表个态|表态|说一句|讲一句))/y;

/**
 * Thanks after an opening 首先: "感谢…", "非常感谢…", "我代表市政府,感谢…", "向各位委员表示衷心的感谢",
 * "我谨代表…致以敬意".
 */
const THANKS = /[ \t]*(?:请允许我)?(?:我们?)?谨?(?:代表[^。!?;\n]{0,30}?(?:感谢|谢意|敬意|问好)|(?:非常|衷心|真诚|诚挚|特别)?地?(?:感谢|谢谢)|向[^。!?;\n]{0,24}?(?:表示|致以)[^。!?;\n]{0,8}?(?:感谢|谢意|敬意))/y;

/**
 * Where a frame's words end: a closing 最后 runs to its sentence's end ("最后,再次感谢…": 再次 there is no
 * marker either); an opening 首先 of thanks to its clause's ("首先感谢委员的提问,我们一是…" keeps 一是).
 */
const SENTENCE_END = /[。!?\n]/g;
const CLAUSE_END = /[,;。!?\n]/g;

/** The markers without the courtesy frames and any marker inside a frame's words (see SENTENCE_END). */
export function withoutFrames(view: string, markers: Marker[]): Marker[] {
  let until = -1;
  return markers.filter((m) => {
    if (m.span[0] < until) return false;
    if (!isCourtesyFrame(view, m)) return true;
    const end = m.ordinal === 1 ? CLAUSE_END : SENTENCE_END;
    end.lastIndex = m.contentStart;
    until = end.test(view) ? end.lastIndex : view.length;
    return false;
  });
}

/** True when `m` is a 首先 of thanks or a 最后 addressing the listeners: a frame of the speech, no item. */
export function isCourtesyFrame(view: string, m: Marker): boolean {
  if (m.family !== 'sequence' || (m.ordinal !== 1 && m.ordinal !== 99)) return false;
  const words = m.ordinal === 1 ? THANKS : ADDRESSES_LISTENERS;
  words.lastIndex = m.contentStart;
  return words.test(view);
}
