/**
 * Speech events: the points where someone starts speaking, as the layout reader uses them.
 *
 * Example: in "…引导群众客观参与。市法院代理院长邓玲说,近年来…" one event starts at 市 (responder
 * 邓玲, kind reported); in "问:学位缺口有多大?" one starts at 问 (asker, kind qa-label). Offsets
 * are [start, end) UTF-16 offsets into the decoded text.
 */
import type { Span } from '../model/span.js';
import type { SpeakerMention } from './mentions.js';
import type { AnnouncedList } from './announced.js';
import { foldedNameDots } from './dotted-names.js';
import { lineEndAt } from '../source/line-bounds.js';

export type SpeechRole = 'asker' | 'responder';

export interface SpeechEvent {
  /** The mention naming the speaker; null for bare 问:/答: labels. */
  mention: SpeakerMention | null;
  /** Narration for the moderator's own lines ("主持人:…"), which belong to nobody's turn. */
  role: SpeechRole | 'narration';
  /** Where the speaker's turn starts: the mention, the label, the opening quote, or just after a moderator's call. */
  start: number;
  /** The earliest text tied to the event (the moderator's call, the opening quote): sections start from here. */
  anchor: number;
  /** For labels: where the words after the colon start; for quote-first: just inside the opening quote. */
  wordsStart: number | null;
  kind: 'label' | 'reported' | 'quote-first' | 'moderator' | 'qa-label';
  /** 追问: a follow-up question. */
  followUp: boolean;
  /** The role was guessed from the words (a bare-name label): a moderator's call may correct it. */
  guessed?: boolean;
  /** Names who speaks next without speaking itself ("提问人:市人大常委会委员 柳德明"). */
  announces?: boolean;
  /**
   * Where the speaker's turn starts when not at `start`: the person field at the line's start that names him first
   * ("询问人:市人大常委会委员 褚某⏎…?" — the role word goes with its label, never with the turn before).
   */
  turnStart?: number;
  /** A 问/答 label that names its own speaker ("问(委员黎晓芳):"): no announcement applies. */
  named?: boolean;
  /** A table row's 应询单位 cell naming an office, not a person: the question's addressee. */
  addressee?: Span;
  /** The moderator's own line ("主持人:…", the chair's "马振华:询问结束。"): after the last answer it closes the inquiry. */
  moderator?: boolean;
  /**
   * An asker announced with others in order ("委员甲、乙先后就…发问。") asking here in his own words ("“…”甲说。乙则关心,…"):
   * he opens a question of his own, even on the line of the one before (asker-announcements.ts).
   */
  ownQuestion?: boolean;
  /** The list of several people the event's mention is announced with ("委员甲、乙、丙先后提问", announced.ts). */
  list?: AnnouncedList;
  /** The speaker answers a call right before (the chair's "最后请汪某副省长回答。", then "副省长汪某:…"): invited to answer, not closing. */
  called?: boolean;
  /**
   * A newspaper subhead's narration alone on its line before a labelled question ("■水质怎么监测?", exchanges.ts), or a clip
   * shown right before it ("（播放视频）居民陈大爷:…", clips.ts), or a paragraph announcing the askers who then ask one by one
   * ("接着,委员甲、乙先后就…发问。", asker-announcements.ts): it opens that question.
   */
  subhead?: boolean;
  /** A member's question read out by another ("我代读…县人大代表刘某通过代表履职平台提出:…?", relayed-askers.ts): the member asks, inside the reader's words. */
  relayed?: boolean;
  /**
   * Members the chair called to ask this question with the speaker, who say nothing of it themselves ("首先请张丽、李强委员
   * 联合提问。" then "张丽委员:…": 李强 asks it too, exchanges.ts): askers of the question, with no turn.
   */
  coAskers?: SpeakerMention[];
  /** An asker field listing several askers who then speak through labels of their own ("询问人：甲、乙、丙", roster-fields.ts): how many it names. Nobody's words. */
  roster?: number;
  /** The brackets closing a paragraph that name who said it ("…?(区人大常委会委员 某)", trailing-attribution.ts): nobody's words, no end of a turn's words. */
  attribution?: boolean;
  /** What a question reported in an adverbial asked about ("在回应代表某关于预算执行的提问时,…" → 预算执行, reported-questions.ts): the question's words. */
  topic?: [number, number];
  /**
   * An answer to a question the report does not give ("X就<topic>问题回答询问时说", reported-exchanges.ts): it opens an
   * exchange of its own, its `topic` the question, no asker.
   */
  opensExchange?: boolean;
  /**
   * A question reported as the object of its answer ("周敏回答了张立关于排污口整治的追问。", reported-questions.ts): where
   * that sentence ends — the official named in it answers from there.
   */
  answeredBefore?: number;
}

/**
 * Who speaks at `e`, as the exchange rules compare speakers: the name (its middle dots folded: 阿依古丽•赛买提 and
 * 阿依古丽·赛买提 are one speaker), or the title for the unnamed; null for bare labels.
 */
export const speakerKey = (e: SpeechEvent): string | null => (e.mention ? (e.mention.name !== null ? foldedNameDots(e.mention.name) : e.mention.title) : null);

/**
 * How the speaker of `e` may be addressed by whoever speaks to them: the name, (with `withOrganization`) the
 * organization (生态环境部), the surname and the post (温部长; 车部长 for a 副部长, as members address one). Two
 * characters at least.
 */
export function addressForms(e: SpeechEvent, withOrganization: boolean): string[] {
  const m = e.mention;
  if (!m) return [];
  const out = withOrganization ? [m.name, m.organization] : [m.name];
  if (m.surname && m.office) out.push(m.surname + m.office, m.surname + m.office.replace(/^副/u, ''));
  return out.filter((h): h is string => !!h && h.length >= 2);
}

/** Adverbs of sequence between a speaker and the verb (委员某首先提问, 某接着追问), as a regex alternation. */
export const SEQUENCE_ADVERBS = '首先|率先|紧接着|接着|随后|然后|再次|又|也|还|继续|最后';

/**
 * Who may stand before the verb of a label or a bracketed role tag: 委员询问:, 部门答复: (minutes) and
 * 【委员提问】, 【代表追问】, 【部门回答】 (WeChat reposts) name the same turns as 询问: / 答复: / 【提问】 ….
 */
export const TAG_WHO = '(?:委员|代表|人大代表|常委会委员|组成人员|部门|政府|相关部门|应询部门|应询单位|单位)';

/**
 * The brackets of a role tag, as regex classes on the view: 【问】, [答] (［答］ folded), 〔追问〕, (问), and
 * the corner brackets, which the view reads as quotation marks: 「问」 is “问” there, 『答』 ‘答’
 * (normalize.ts). A tag in quotation marks or parentheses is one only in a layout of such tags
 * (labels.ts, `quotedTagLayout`): a headline's “问”计于民 is a quotation.
 */
export const TAG_OPEN = '[【\\[〔“‘(]';
export const TAG_CLOSE = '[】\\]〕”’)]';
/** The opening marks of TAG_OPEN that are quotation marks or parentheses in the view. */
export const QUOTED_TAG_OPEN = '[“‘(]';

/** End of the line holding `at` (offset of its "\n", or the text's end). */
export function lineEnd(view: string, at: number): number {
  return lineEndAt(view, at); // (found once per line: line-bounds.ts)
}

/**
 * Where a label's words start: `at`, or, when nothing but spaces follows it on its line (the words under a label
 * ending its own line, "欧阳建华(镇人大主席):⏎请问镇财政所,…"), the first character of the next line holding any.
 */
export function wordsFrom(view: string, at: number): number {
  let i = at;
  while (i < view.length && (view[i] === ' ' || view[i] === '\t' || view[i] === '\u3000' || view[i] === '\r')) i++;
  if (i < view.length && view[i] !== '\n') return at;
  while (i < view.length && /\s/u.test(view[i])) i++;
  return i < view.length ? i : at;
}
