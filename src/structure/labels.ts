/**
 * Line labels that name a turn without a readable speaker mention, or name the speaker inside
 * the label: "问:…" / "答:…" / "追问:…", "问(县人大常委会委员黎晓芳):…", the digest fields
 * "提问人:市人大常委会委员 柳德明" / "应询人:…", role tags "【应询】…:", "国务院副总理某某答:" and
 * the moderator's "主持人:…" (narration).
 * Each adds a speech event to `events` (which already holds the mention-based ones) unless a
 * mention-based label stands at the same place. Offsets are [start, end) UTF-16 offsets.
 */
import { routingHeader } from './routing-headers.js';
import type { SpeakerMention } from './mentions.js';
import { STAMP } from './stamps.js';
import { frameKind } from './frame.js';
import { lexicon } from './lexicon.js';
import { speakerBracket } from './certain-names.js';
import { asksFollowUp, speechStart } from './follow-up-cue.js';
import { lineEnd, QUOTED_TAG_OPEN, SEQUENCE_ADVERBS, TAG_CLOSE, TAG_OPEN, TAG_WHO, type SpeechEvent, type SpeechRole } from './speech.js';
import { SUPPLEMENTARY_ANSWER } from './field-labels.js';
import { addFieldEvents, nameLabel, openingMention, TITLE_NOTE } from './field-label-events.js';
import { isHostAsker } from './host-askers.js';
import { isGroupHeading } from './groups.js';
import { declaredSpeakers } from './declared-speakers.js';
import { startingIn } from './mention-ranges.js';
import { keyedWithin } from './sorted-search.js';
import { addDamagedQaLabels } from './damaged-qa-labels.js';
import { isGroupOnly, SEAT_LABEL } from './seat-labels.js';
import { FOLLOW_UP_NOTE, SUPPLEMENT_NOTE } from './speech-patterns.js';

/**
 * 问:/答:/追问:/问题:/答复: (in minutes also 委员询问:/部门答复:; numbered 问1:/答1:; a member cutting in, 委员插话:, 插话:, also as an
 * aside in brackets, "（委员插话：…？）", the bracket opening the turn), with an optional speaker in
 * parentheses, maybe in Markdown bold (**问(某):**); 应询, 询问人 and 应询人 take that slot before a speaker's parentheses
 * ("应询(县水利局局长 某某):", "询问人(某某委员):"; without them 询问人: is a field, field-label-events.ts); 【问】/【答】, 「问」 (not before a named label, on its line or,
 * the tag alone on its line, on the next: a colon in the words after a speaker's line is theirs,
 * "「答」区教育局局长 李某⏎主要从三个方面发力:").
 */
const QA_LABEL = new RegExp(String.raw`^[ \t]*(?:${STAMP}\s*)?(?:[■●◆▲★☆□◇○•▶►]\s*)?(?:\((?=\s*${TAG_WHO}?\s*(?:追问|插话|插问)\s*[::]))?(?:(?:\*\*|__)?${TAG_WHO}?((?:询问人|应询人|应询)(?=\s*\()|${SEAT_LABEL}|追问|插话|插问|问题|提问|询问|问|答复|回答|回复|答)\s*(?:(?<=[问答]\s*)\d{1,3}(?![\d.]))?\s*(\((?:[^()\n]|${TITLE_NOTE}){1,80}\))?\s*(?:\*\*|__)?\s*[::](?:\s*(?:\*\*|__))?|${TAG_OPEN}\s*${TAG_WHO}?(追问|询问|提问|问|应询|答复|回答|答)\s*${TAG_CLOSE}\s*:?(?![\p{sc=Han} \t\u00a0、·]{0,40}?[::])(?![ \t]*\n[\p{sc=Han} \t\u00a0、·]{0,40}?[::]))`, 'gmu');
/** A bracket opening a label's words that may name its speaker: "(县人大常委会委员 彭德明)", "【县民政局局长 谢春华】". */
const SPEAKER_BRACKET = new RegExp(String.raw`^\s*(?:\((?:[^()\n]|${TITLE_NOTE}){1,30}\)|【[^【】\n]{1,30}】|\[[^[\]\n]{1,30}\])\s*`, 'u');
/** What may stand in that bracket beside the person: spaces and the bracket marks. */
const BRACKET_REST = /^[\s()【】[\]]*$/u;
/** What may stand beside the speakers named on a 问:/答: line: separators and a 追问 note ("叶某(追问)"). */
const SPEAKERS_ONLY = new RegExp(`^[\\s;,、和及与]*(?:\\((?:追问|再问|${SUPPLEMENT_NOTE})\\))?[\\s;,、和及与]*$`, 'u');
/** A line of its own after the words it attributes: "——市人大常委会委员　韩建新" (问答摘登, 发言摘编; matched on the view, where － and the ideographic space are folded). */
const DASH_FIELD = /^[ \t]*(?:——|—|--)[ \t]*[^\n—]{2,60}$/gmu;
/** A role tag opening a line whose speaker may not be readable. */
const ROLE_TAG = new RegExp(String.raw`^[ \t]*(?:${STAMP}\s*)?${TAG_OPEN}\s*${TAG_WHO}?(询问|提问|追问|应询|答复|回答|问|答)\s*${TAG_CLOSE}[^:\n]{0,60}:`, 'gmu');
/**
 * Tags in quotation marks or parentheses at line starts (“问” for 「问」, ‘答’ for 『答』, (追问)), one of
 * each role: a layout of such tags, where they read as 【问】/【答】 do.
 */
const QUOTED_ASK_TAG = new RegExp(String.raw`^[ \t]*${QUOTED_TAG_OPEN}\s*${TAG_WHO}?(?:询问|提问|追问|问)\s*${TAG_CLOSE}`, 'mu');
const QUOTED_ANSWER_TAG = new RegExp(String.raw`^[ \t]*${QUOTED_TAG_OPEN}\s*${TAG_WHO}?(?:应询|答复|回答|答)\s*${TAG_CLOSE}`, 'mu');
/** The tag a match of QA_LABEL or ROLE_TAG opens with is in quotation marks or parentheses (its first bracket is one). */
const QUOTED_TAG = new RegExp(`^[^【\\[〔“‘(]*${QUOTED_TAG_OPEN}`, 'u');

/** Whether `slice` is laid out in quoted role tags (see QUOTED_ASK_TAG): asking and answering tags both open lines. */
function quotedTagLayout(slice: string): boolean {
  return QUOTED_ASK_TAG.test(slice) && QUOTED_ANSWER_TAG.test(slice);
}
const SUPPLEMENTARY_LABEL = new RegExp(String.raw`^\s*(?:${STAMP}\s*)?(?:${SUPPLEMENTARY_ANSWER})\s*[::]$`, 'u');
/** A line opening with someone (title and name) and 问/答 before a colon. */
const NAMED_LABEL = new RegExp(String.raw`^[ \t]*(?:${STAMP}\s*)?[\p{sc=Han}、]{2,40}?(追问|问|答)\s*[::]`, 'gmu');

/** A line that may be a photo caption (图为…, 上图:…, (…摄影 某)): frameKind decides. */
const PICTURE_LINE = /^[^\n]*[图摄][^\n]*$/gmu;

/** Parentheses after 问/答 saying the speaker is the one of the label of that kind before: "问(同上):", "答(同前):". */
const SAME_AS_BEFORE = /^\(\s*同(?:上|前)\s*\)$/u;

/** Parentheses after 问 holding a note, not a speaker: "问(追问):", "问(再问):", "答(补充):". */
const PAREN_NOTE = new RegExp(`^\\(\\s*(${FOLLOW_UP_NOTE}|${SUPPLEMENT_NOTE})\\s*\\)$`, 'u');

/** A verb of speaking right after a person named at the start of a label's words ("韩立新委员提出,"). */
const REPORTED_VERB = new RegExp(`^\\s*(?:同志)?\\s*(?:${SEQUENCE_ADVERBS}|进一步)?(?:提出|指出|询问|提问|追问|问道|问|答复|回答|回应|表示|介绍|说明|说|称|强调|认为|补充)`, 'u');

/**
 * The colon closing a named label after its name, maybe after a note of how the speaker comes in: "问——市人大常委会委员
 * 吴志雄（追问）：⏎…?" — the note is the label's (a 追问: the label says so), never the words of the question.
 */
const NAMED_LABEL_COLON = new RegExp(`^\\s*(?:同志)?\\s*(?:\\((?:${FOLLOW_UP_NOTE}|${SUPPLEMENT_NOTE}|插话|插问)\\)\\s*)?[::]\\s*`, 'u');

/** That mention when a colon follows it (a label of its own), with where its words start; else null. */
function namedLabelAt(view: string, after: number, eol: number, mentions: SpeakerMention[]): { mention: SpeakerMention; wordsStart: number } | null {
  const x = openingMention(view, after, eol, mentions);
  const colon = x ? NAMED_LABEL_COLON.exec(view.slice(x.span[1], eol)) : null;
  return x && colon ? { mention: x, wordsStart: x.span[1] + colon[0].length } : null;
}

/**
 * Words that report what someone said without asking or answering: 说, 讲, 提到, 谈到, 介绍, 表示. After a 问 label
 * an official so named is quoted by the asker ("问:岑局长说今年补提到位,具体什么时候?", like "刚才岑局长说…");
 * after a 答 label a member so named is the one answered ("答:韩委员说的情况确实存在。").
 */
const REFERENCE_VERB = /^\s*(?:同志)?\s*(?:刚才|刚刚)?(?:说|讲|提到|谈到|介绍|表示)/u;
/**
 * What a member raised, named by the one answering: 指出, 提出, 问, 反映, 关心, 关注 ("答:阎委员指出的问题确实存在。",
 * "答:尉迟代表提出的问题很有代表性。"). After a 答 label the member so named is the one answered: 答 is a role tag, its
 * speaker the label above it ("省交通运输厅副厅长 乔建华⏎答:…"), never the member.
 */
const RAISED_VERB = /^\s*(?:同志)?\s*(?:刚才|刚刚)?(?:指出|提出|问|反映|关心|关注)/u;

/** That mention when a verb of speaking follows it, else null (nor when it is the other side, only reported: see REFERENCE_VERB). */
function reportedOpener(view: string, after: number, eol: number, mentions: SpeakerMention[], role: SpeechRole): SpeakerMention | null {
  const x = openingMention(view, after, eol, mentions);
  if (!x || !REPORTED_VERB.test(view.slice(x.span[1], eol))) return null;
  // ("【提问】某委员 问 县数据局⏎…?": a routing header, the speaker's own label, its words on the next line: routing-headers.ts.)
  if (routingHeader(lexicon(), view, x.span[1], view.length)) return null;
  const otherSide = role === 'asker' ? !x.congress : x.congress;
  const words = view.slice(x.span[1], eol);
  return otherSide && (REFERENCE_VERB.test(words) || (role === 'responder' && RAISED_VERB.test(words))) ? null : x;
}

/**
 * The moderator's lines: "主持人:…", "主持人(全国人大常委会副委员长李某某):…", "主持人 赵德明(县人大常委会
 * 主任):…" (a name, then maybe the title; a two-character one maybe padded: "主持人　郑　宏:"), in Markdown
 * bold too ("**主持人(…):**"). Minutes set the label on a line of its own, the colon left out, the words below
 * (blank lines between at most): "主持人(雷建国)⏎询问就到这里。…" — a label naming someone in its bracket needs no colon there (`ownLine`). So does
 * one in corner brackets, the title and name after 主持人: "【主持人 省人大常委会副主任 孟某】⏎下面开始询问。" (`closed`).
 */
/** Words on the next line, up to three blank lines between (a web copy's paragraphs: "主持人(雷建国)⏎⏎询问就到这里。"). */
const WORDS_BELOW = String.raw`\r?\n(?:[ \t\u3000]*\r?\n){0,3}[ \t\u3000]*\S`;
const MODERATOR_LABEL = new RegExp(String.raw`^[ \t]*(?:${STAMP}\s*)?(?:[■●◆▲★☆□◇○•▶►]\s*)?(?:\*\*|__)?(?<bracket>【[ \t\u3000]*)?(?:会议)?主持人\s*(?:(?:[\p{sc=Han}、,]{3,40}?[ \t\u3000]+)?(?<name>\p{sc=Han}[ \u00a0]{1,2}\p{sc=Han}|[\p{sc=Han}·]{2,8})\s*)?(?<paren>\([^()\n]{1,80}\))?(?:\s*(?:\*\*|__)?\s*[::](?:\s*(?:\*\*|__))?|(?<closed>】)[ \t\u3000]*(?=${WORDS_BELOW})|(?<ownLine>[ \t]*(?:\*\*|__)?[ \t]*(?=${WORDS_BELOW})))`, 'gmu');

/** The moderator's label saying the moderator cuts in: "主持人插话(某某):", "主持人插问:". */
const HOST_CUTS_IN = /主持人\s*(?:插话|插问)\s*[(:]/u;

/** The person of the last labelled turn of `role` before `at` (for "问(同上):"), else null. */
function namedBefore(events: readonly SpeechEvent[], gone: ReadonlySet<SpeechEvent>, role: SpeechRole, at: number): SpeakerMention | null {
  let best: SpeechEvent | null = null;
  for (const e of events) if (e.role === role && e.mention && (e.kind === 'label' || e.kind === 'qa-label') && e.start < at && !gone.has(e) && (!best || e.start > best.start)) best = e;
  return best?.mention ?? null;
}

/** Add the events of line labels in `[from, to)` to `events` (mutated; mention events replaced where a label names them). */
export function addLabelEvents(view: string, from: number, to: number, mentions: SpeakerMention[], events: SpeechEvent[]): void {
  const slice = view.slice(from, to);
  // (Each pattern tries every line start: skipped outright when the words it needs are absent.)
  for (const m of slice.includes('主持人') ? slice.matchAll(MODERATOR_LABEL) : []) {
    if (m.groups?.ownLine !== undefined && !m.groups.paren) continue; // ("主持人" alone on a line names nobody: a heading, a roster's column)
    // "【主持人 省人大常委会副主任 孟某】" alone on its line, the words below: the chair's label in corner brackets, as
    // "省人大常委会副主任 孟某:" is; the brackets close on the line ("【主持人】" alone names nobody: a section's tag).
    if ((m.groups?.bracket !== undefined) !== (m.groups?.closed !== undefined) || (m.groups?.closed !== undefined && !m.groups.name)) continue;
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    let end = from + m.index + m[0].length;
    if (m.groups?.ownLine !== undefined || m.groups?.closed !== undefined) while (end < to && /\s/u.test(view[end])) end++; // (the words on the next line)
    // (…but "主持人刘德厚随后提问:“…?”" asks: host-askers.ts.)
    if (startingIn(mentions, start, end).some((x) => x.span[0] >= start && x.span[1] <= end && isHostAsker(x))) continue;
    for (let i = events.length - 1; i >= 0; i--) if (events[i].mention && events[i].mention!.span[0] >= start && events[i].mention!.span[0] < end) events.splice(i, 1);
    // "主持人插话（某某）:…?": the moderator named in the label cuts in on the exchange, as "某某（插话）:" does (a follow-up
    // asked; the chair's turn asking nothing is the moderator's again, moderator-lines.ts).
    const person = HOST_CUTS_IN.test(m[0]) ? startingIn(mentions, start, end).find((x) => x.name !== null && x.span[1] <= end) : undefined;
    if (person) {
      events.push({ mention: person, role: 'asker', start, anchor: start, wordsStart: end, kind: 'label', followUp: true });
      continue;
    }
    // The moderator named in the label speaks, but asks and answers nothing.
    events.push({ mention: null, role: 'narration', start, anchor: start, wordsStart: end, kind: 'label', followUp: false, moderator: true });
  }
  const quotedTags = quotedTagLayout(slice);
  // The labels read so far, by where they start and where their words start, and the events by the mention they
  // name: each 问:/答: label looks only near itself (a scan of all the events for each label was quadratic in a
  // compilation). Events a label replaces are dropped after the loop (`gone`), in one pass.
  const labelled0 = events.filter((e) => e.kind === 'label');
  const byStart = [...labelled0].sort((a, b) => a.start - b.start);
  const byWords = labelled0.filter((e) => e.wordsStart !== null).sort((a, b) => a.wordsStart! - b.wordsStart!);
  const byMention = new Map<SpeakerMention, SpeechEvent[]>();
  const index = (e: SpeechEvent) => {
    if (!e.mention) return;
    const list = byMention.get(e.mention);
    if (list) list.push(e);
    else byMention.set(e.mention, [e]);
  };
  events.forEach(index);
  const gone = new Set<SpeechEvent>();
  const push = (e: SpeechEvent) => { events.push(e); index(e); };
  for (const m of slice.matchAll(QA_LABEL)) {
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    const word = m[1] ?? m[3]; // 问: or 【问】
    if (m[3] && !quotedTags && QUOTED_TAG.test(m[0])) continue; // “问”计于民: a quotation
    const role: SpeechRole = /答|回复|应询/u.test(word) ? 'responder' : 'asker';
    // (A named label at the same place, on the same line: "岳某:有73处。⏎⏎委员插话:…" is two turns.)
    if (keyedWithin(byStart, (e) => e.start, start - 11, start + 1).some((e) => !gone.has(e) && e.start <= start && start < e.start + 12 && e.kind === 'label' && lineEnd(view, e.start) >= start)) continue;
    // "【委员　郑某】⏎追问:…": a tag opening the words of a speaker's label alone on its line is that speaker's own.
    if (keyedWithin(byWords, (e) => e.wordsStart!, start - 16, start).some((e) => !gone.has(e) && e.kind === 'label' && e.role !== 'narration' && e.wordsStart !== null && e.wordsStart < start && start - e.wordsStart <= 16 && speechStart(view, e.wordsStart) === start)) continue;
    // "问(县人大常委会委员黎晓芳):": the speaker in parentheses.
    // "问(追问):" — a note in the parentheses, no speaker: the label is a 追问 (再问 too), its speaker announced or the last asker.
    const note = m[2] ? PAREN_NOTE.exec(m[2]) : null;
    const paren = m[2] && !note ? from + m.index + m[0].indexOf(m[2]) : -1;
    // "问(同上):" / "答(同前):": the same speaker as the label of that kind before (none before: unknown).
    const before = m[2] && SAME_AS_BEFORE.test(m[2]) ? namedBefore(events, gone, role, start) : null;
    const same = before ? { ...before } : null; // (a copy: the earlier label keeps its own mention, one event each)
    let inside = same ?? (paren < 0 ? null : startingIn(mentions, paren + 1, paren + m[2].length).find((x) => x.span[0] > paren && x.span[1] < paren + m[2].length) ?? null);
    let after = from + m.index + m[0].length;
    let unread = false; // a speaker bracket holding no readable person
    // "【应询】(阚立新)资金由…", "问:(县人大常委会委员 彭德明)我县…", "答:【县民政局局长 谢春华】…": a tag or a
    // label, then the speaker in brackets, then the words (a bracket holding no person is the words' own).
    const tagged = !inside ? SPEAKER_BRACKET.exec(view.slice(after, Math.min(after + 40, view.length))) : null;
    if (tagged) {
      const end = after + tagged[0].length;
      // The bracket holds the person and nothing else ("(县长 某某 示意由局长回答)" is a stage direction).
      inside = startingIn(mentions, after + 1, end).find((x) => x.span[0] > after && x.span[1] < end && BRACKET_REST.test(view.slice(after, x.span[0])) && BRACKET_REST.test(view.slice(x.span[1], end))) ?? null;
      if (inside) after = end;
      // "答:(县水利局局长)…", a name no reader could take: the bracket names a speaker nobody can be sure of,
      // so the turn's speaker is unknown, never the one an announcement named (speakerBracket, certain-names.ts).
      else if (speakerBracket(lexicon(), view, after, end)) { unread = true; after = end; }
    }
    // "第三组(召集人…):" naming nobody: a group speaks only through the person in its bracket (seat-labels.ts).
    if (isGroupOnly(word) && !inside) continue;
    // "■问:市人大常委会委员 叶某(追问)" / "■答:市某局局长 邝某;市某局副局长 闻某": the rest of the
    // line names the speakers (nothing else on it), and their words start on the next line.
    const eol = lineEnd(view, after);
    const onLine = inside || unread ? [] : startingIn(mentions, after, eol + 1).filter((x) => x.span[0] >= after && x.span[1] <= eol);
    let rest = view.slice(after, eol);
    for (const x of [...onLine].reverse()) rest = rest.slice(0, x.span[0] - after) + rest.slice(x.span[1] - after);
    // "委员询问:韩立新委员提出,…" / "答复:市某局局长郭某答复,…": minutes name the speaker in a
    // reported clause opening the label's words.
    // "问1:市人大常委会委员 秦某:黑臭水体…?": a named label right after the label, its words after its own colon.
    const labelled = inside || unread ? null : namedLabelAt(view, after, eol, mentions);
    const opener = inside || unread || labelled || (onLine.length && SPEAKERS_ONLY.test(rest)) ? null : reportedOpener(view, after, eol, mentions, role);
    const speakers = inside ? [inside] : labelled ? [labelled.mention] : opener ? [opener] : onLine.length && SPEAKERS_ONLY.test(rest) ? onLine : [];
    if (!same) for (const x of speakers) for (const e of byMention.get(x) ?? []) gone.add(e); // (同上: the mention is the earlier label's own)
    const wordsStart = labelled ? labelled.wordsStart : !inside && !opener && speakers.length ? Math.min(eol + 1, view.length) : after;
    // A named member's words may announce it too ("问:(县人大常委会委员 某某)刚才…?我追问一下县财政。", follow-up-cue.ts).
    // (Unnamed too: "问:我追问一句,…" in a 询问人/问/答 record says 追问 as the label 追问: does.)
    // ("委员插话:…": a member cutting in on the exchange under way presses it, as a 追问 does.)
    // ("问(同上):": the member asking again, on after the answer just given: a 追问 of their own.)
    const followUp = (same !== null && role === 'asker') || word === '追问' || word === '插话' || word === '插问' || (note !== null && /追问|再问/u.test(note[1])) || (!inside && speakers.length > 0 && /追问/u.test(rest)) || (role === 'asker' && !opener && asksFollowUp(view, wordsStart));
    const named = (!!m[2] && !note) || speakers.length > 0 || unread;
    push({ mention: speakers[0] ?? null, role, start, anchor: start, wordsStart, kind: 'qa-label', followUp, named });
    for (const x of speakers.slice(1)) push({ mention: x, role, start: x.span[0], anchor: x.span[0], wordsStart, kind: 'qa-label', followUp, named });
  }
  if (gone.size) {
    const kept = events.filter((e) => !gone.has(e));
    events.length = 0;
    for (const e of kept) events.push(e);
  }
  addDamagedQaLabels(view, from, to, mentions, events); // "问 委员 某:", "答(局长 某)我们…", "问(委员 某)追问:" (damaged-qa-labels.ts)
  declaredSpeakers(view, events); // "问:委员 某⏎答:局长 某⏎⏎某:…": the pair names the speakers of the turns below
  addFieldEvents(view, from, slice, mentions, events); // 询问人:/应询人: fields, also mid-line and trailing (field-label-events.ts)
  // "问:…?\n——市人大常委会委员 韩某某": the person on the dash line said the words of the
  // paragraph before it, the unnamed 问:/答: label that opens it — blank lines between them at most ("问:…?⏎⏎——委员 某",
  // a web copy's paragraphs), none inside the paragraph (the words after a blank line are no longer the label's).
  for (const m of slice.includes('—') || slice.includes('--') ? slice.matchAll(DASH_FIELD) : []) {
    const open = from + m.index;
    const named = mentions.filter((x) => x.span[0] > open && x.span[1] <= open + m[0].length);
    if (!named.length) continue;
    const label = events.filter((e) => e.mention === null && e.kind === 'qa-label' && e.start < open).pop();
    if (!label || /\n[ \t]*\n/u.test(view.slice(label.start, open).trimEnd()) || lineEnd(view, label.start) === lineEnd(view, open)) continue;
    if (events.some((e) => e.kind === 'qa-label' && e.start > label.start && e.start < open)) continue;
    for (let i = events.length - 1; i >= 0; i--) if (named.includes(events[i].mention!)) events.splice(i, 1);
    nameLabel(label, named, events);
    // The line itself is nobody's words: the turn before it ends there.
    const start = open + (m[0].length - m[0].trimStart().length);
    events.push({ mention: null, role: 'narration', start, anchor: start, wordsStart: lineEnd(view, start), kind: 'label', followUp: false });
  }
  for (const m of slice.includes('【') || slice.includes('[') || slice.includes('〔') || quotedTags ? slice.matchAll(ROLE_TAG) : []) {
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    if (!quotedTags && QUOTED_TAG.test(m[0])) continue;
    if (events.some((e) => e.anchor >= start && e.anchor < from + m.index + m[0].length)) continue;
    const role: SpeechRole = /答|应询/u.test(m[1]) ? 'responder' : 'asker';
    events.push({ mention: null, role, start, anchor: start, wordsStart: from + m.index + m[0].length, kind: 'label', followUp: m[1] === '追问' });
  }
  // "图为区人大代表某某提问。": a photo caption between the turns is nobody's words: the turn before it ends there.
  for (const m of slice.includes('图') || slice.includes('摄') ? slice.matchAll(PICTURE_LINE) : []) {
    if (frameKind(m[0]) !== 'caption') continue;
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    events.push({ mention: null, role: 'narration', start, anchor: start, wordsStart: from + m.index + m[0].trimEnd().length, kind: 'label', followUp: false });
  }
  // "国务院副总理某某答:" whose speaker could not be read: still a turn, with an unknown speaker.
  for (const m of slice.matchAll(NAMED_LABEL)) {
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    if (events.some((e) => e.anchor >= start && e.anchor < start + m[0].length)) continue;
    if (/^\s*(?:他|她|其|我|对|在|针对|对此|随后|接着)/u.test(m[0])) continue; // 他回答: is the speaker already talking
    if (SUPPLEMENTARY_LABEL.test(m[0])) continue; // "补充回答:" is a field label, read above
    if (/专题询问\s*[::]$|专题问答\s*[::]$/u.test(m[0])) continue; // "专题询问:聚焦养老服务…": a headline's kicker, nobody speaking
    // "第一轮询问:保护体系建设": a part of the meeting headed with its topic, nobody speaking (groups.ts).
    if (/^\s*第/u.test(m[0]) && isGroupHeading(view.slice(start, lineEnd(view, start)))) continue;
    const role: SpeechRole = /答/u.test(m[1]) ? 'responder' : 'asker';
    events.push({ mention: null, role, start, anchor: start, wordsStart: from + m.index + m[0].length, kind: 'label', followUp: m[1] === '追问' });
  }
}
