/**
 * parse(): decode → normalize → structure → extract → record.
 *
 * Example: parse("问题一:…\n市政府副市长海建才表示,…一是…二是…") gives one question
 * whose answer lists the two measures, each with its span. Pure: takes text or bytes,
 * returns data; problems found in the text are warnings on the record.
 */
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type Formulation, type InquiryRecord, type Question } from './model/record.js';
import { addWarning, warning, type Warning } from './model/diagnostics.js';
import { replacedWarning } from './source/bad-bytes.js';
import { decode, newlineStyle, type EncodingName } from './source/decode.js';
import { normalize } from './source/normalize.js';
import { restoreOneLineBreaks } from './source/one-line.js';
import { findControls } from './source/controls.js';
import { findGutter, GutterMap } from './source/gutter.js';
import { findWraps } from './source/reflow.js';
import { cutsThrough, joinWraps, unionCuts } from './source/joined.js';
import { findPageFurniture } from './source/page-furniture.js';
import { findInvisibleCuts } from './source/invisible.js';
import { findLetterSpacing } from './source/letter-spacing.js';
import { findNumberWraps } from './source/number-wraps.js';
import { findUnitGaps } from './source/unit-gaps.js';
import { findGroupSpaces } from './source/group-spaces.js';
import { findFigureWraps } from './source/figure-wraps.js';
import { entityCuts, findEntities, putEntities } from './source/entities.js';
import { matchUnit } from './extract/units.js';
import { findOcrGaps, looksOcr, mergeCuts, readDigits, restoreBoxes, standInBoxes } from './source/ocr-gaps.js';
import { remapSpans } from './records/remap.js';
import type { KeywordOptions, Segmenter } from './segment/segmenter.js';
import { defaultSegmenter } from './segment/jieba.js';
import { buildStructure } from './structure/build.js';
import { findLabelWraps } from './structure/label-wraps.js';
import { unwrapped } from './structure/session-wraps.js';
import { questionPieces, borrowedRuns } from './structure/batch.js';
import { truncatedTurns } from './structure/truncated-turns.js';
import { withoutFieldLabels } from './structure/field-labels.js';
import type { QuestionFrame, TextPair } from './structure/types.js';
import type { Span } from './model/span.js';
import { extractAnswers, joinResumed, type OpenList } from './extract/measures.js';
import { extractQuantities } from './extract/quantities.js';
import { extractFormulations, formulationCountWarnings } from './extract/formulations.js';
import { blankLabel, blankList, blankSpans, nameSpans, notKeyword, opensName, opensWithCountWord, wholeTerms } from './extract/keyword-terms.js';
import { readVote } from './extract/vote.js';
import { append } from './model/append.js';

export interface ParseOptions {
  /** The file name to record in `source.name`. */
  name?: string | null;
  /** Force an encoding when `input` is bytes (skips detection). */
  encoding?: EncodingName;
  /** Segmenter to use; defaults to nodejieba with the dictionaries in dict/ (loaded on first use). */
  segmenter?: Segmenter;
  /** How many keywords per question (default 8). */
  keywords?: number;
}

/** Parse one transcript. `input` is decoded text, or raw bytes to decode. Throws only `DecodeError` for bytes that are not text. */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): InquiryRecord {
  const decoded = typeof input === 'string'
    ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8' as const, hasBom: input.startsWith('\uFEFF') }
    : decode(input, options.encoding);
  const text = decoded.text;
  // Bytes a forced encoding does not hold, read as U+FFFD: said on the record. (The text as decoded, its BOM already
  // taken: a U+FEFF after the BOM is text, not a second BOM to strip — FE FF FE FF in UTF-16BE.)
  if ('replaced' in decoded && decoded.replaced) {
    const record = readDecoded({ text, encoding: 'utf-8', hasBom: false }, options);
    record.source.encoding = decoded.encoding;
    record.source.hasBom = decoded.hasBom;
    addWarning(record, replacedWarning(decoded.replaced, decoded.encoding, text));
    return record;
  }
  return readDecoded(decoded, options);
}

/** The record of text already decoded (its BOM taken off). */
function readDecoded(decoded: { text: string; encoding: EncodingName; hasBom: boolean }, options: ParseOptions): InquiryRecord {
  const text = decoded.text;
  // Line numbers a PDF viewer or an editor set at the lines' start ("3  问题一：…", every line or every fifth):
  // read as if they were not there, every span then mapped back onto the text as decoded (see source/gutter.ts).
  const gutter = findGutter(text);
  if (!gutter.length) return { schema: SCHEMA_VERSION, source: sourceInfo(text, decoded, options), ...readShaped(text, options) };
  const bare = joinWraps(text, gutter).joined;
  const parts = readShaped(bare, options);
  const title = parts.session.title;
  remapSpans(parts, bare, text, new GutterMap(gutter));
  unwrapFields(parts.session, title);
  return { schema: SCHEMA_VERSION, source: sourceInfo(text, decoded, options), ...parts };
}

/** Everything of the record but its schema and source, read from `text` as its shape asks (spans index `text`). */
function readShaped(text: string, options: ParseOptions): Pick<InquiryRecord, 'session' | 'people' | 'questions' | 'warnings'> {
  // Text copied from a PDF, broken at one width mid-sentence: read with its wraps joined, every
  // span then mapped back onto the text as decoded (see source/reflow.ts).
  // A scanned page read by OCR: also its gaps inside words and figures ("程 立新", "1 286"), and
  // letters read for digits ("l,286") read as digits, a stray space between a short figure's digits too ("2 3起")
  // (see source/ocr-gaps.ts).
  // A figure broken at a line's end (or across a page footer) is one figure: "１２\n６０万元" (source/number-wraps.ts).
  // A label broken by a line break ("区教育局局长孙\n晓梅：", "区人大常委会委员\n杜建华：") is read whole (structure/label-wraps.ts).
  // Letter-spaced text ("问 题 一 ：", "县 水 利 局 局 长 　 蒋 德 胜 ：", "3 1 处") is read with its spaces cut
  // (source/letter-spacing.ts) before anything else: the wraps and gaps below are found on the words.
  // A printed page's furniture (page numbers, the running header, a newspaper's jump notes) is cut with it: the text
  // reads on across the page turning (source/page-furniture.ts).
  // An unseen format character inside a run of Han characters ("委员张\u00ad三：") is cut with them: the name is 张三
  // (source/invisible.ts).
  const spacing = unionCuts([...findLetterSpacing(text), ...findPageFurniture(text), ...findInvisibleCuts(text)]);
  const spaced = spacing.length ? joinWraps(text, spacing) : null;
  const base = spaced ? spaced.joined : text;
  const documentWraps = findWraps(base);
  // A figure set apart from its unit by one space ("35 公里", "2.5 亿元", "80 %") is one figure (source/unit-gaps.ts).
  // A space as a number's group separator ("3 000万元", "1 234 567人") is no break either (source/group-spaces.ts).
  const lineWraps = mergeCuts(mergeCuts(documentWraps, findNumberWraps(base, documentWraps, opensUnit)), findLabelWraps(base, documentWraps));
  // A figure cut inside its written form ("7.\n6%", "236.8公\n里", "百分之六十三点\n五", "75%\n以上") is one figure (source/figure-wraps.ts).
  const wraps = mergeCuts(mergeCuts(mergeCuts(lineWraps, findFigureWraps(base, unitEnd, lineWraps)), findUnitGaps(base, opensUnit)), findGroupSpaces(base));
  const ocr = looksOcr(base);
  const baseCuts = mergeCuts(wraps, findOcrGaps(base, wraps, ocr, opensUnit));
  // HTML character references left in the text ("&ldquo;积水点整改如何？&rdquo;") are read as their characters (source/entities.ts).
  const entities = findEntities(text);
  const cuts = mergeCuts(spaced ? cutsThrough(spacing, spaced.map, baseCuts) : baseCuts, entityCuts(entities));
  const boxed = text.includes('□');
  if (!cuts.length && !ocr && !boxed) return read(text, options);
  const { joined: cut, map } = joinWraps(text, cuts, new Set(entities.map((e) => e.span[0] + e.value.length)));
  const bare = putEntities(cut, entities, cuts);
  const digits = ocr ? readDigits(bare) : bare;
  const joined = (boxed && standInBoxes(digits)) || digits;
  if (joined === text) return read(text, options);
  const parts = read(joined, options);
  const title = parts.session.title;
  remapSpans(parts, joined, text, map);
  unwrapFields(parts.session, title);
  if (joined !== digits) restoreBoxes(parts);
  if (entities.length) {
    const n = entities.length;
    parts.warnings.push(warning('html-entities', `${n} HTML character reference${n > 1 ? 's' : ''} (${text.slice(entities[0].span[0], entities[0].span[1])}) in the text, read as the characters they stand for (spans keep them as written); the first here`, entities[0].span));
    parts.warnings.sort((a, b) => (a.span?.[0] ?? -1) - (b.span?.[0] ?? -1));
  }
  return parts;
}

/**
 * The session's fields read as words, the hard wraps the reading joined removed again after remapSpans sliced them from
 * the text as written ("…老旧小区改造\n工作情况的专题询问实录" is one title; its span keeps the line break). A title
 * read with a line break of its own (`joinedTitle`, as read before remapping: a headline set on two lines, "…第七次会议"
 * / "农村饮水安全工作专题询问记录") keeps it.
 */
function unwrapFields(session: InquiryRecord['session'], joinedTitle: string | null): void {
  for (const key of ['title', 'body', 'meeting', 'format', 'topic'] as const) {
    const v = session[key];
    if (key === 'title' && joinedTitle?.includes('\n')) continue;
    if (typeof v === 'string' && v.includes('\n')) session[key] = unwrapped(v);
  }
}

/** The text opens with a unit or measure word (or 万/亿 + one): where a figure broken before its unit goes on. */
function opensUnit(s: string): boolean {
  return matchUnit(normalize(s), 0) !== null;
}

/** The length of the unit or measure word (or 万/亿 + one) opening the text, 0 for none. */
function unitEnd(s: string): number {
  return matchUnit(normalize(s), 0)?.end ?? 0;
}

function sourceInfo(text: string, decoded: { encoding: string; hasBom: boolean }, options: ParseOptions): InquiryRecord['source'] {
  return {
    name: options.name ?? null,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    encoding: decoded.encoding,
    length: text.length,
    hasBom: decoded.hasBom,
    newline: newlineStyle(text),
  };
}

/** Everything of the record but its schema and source, read from `text` (spans index `text`). */
function read(text: string, options: ParseOptions): Pick<InquiryRecord, 'session' | 'people' | 'questions' | 'warnings'> {
  // (An article copied onto one line reads with its paragraph breaks: one-line.ts.)
  const view = restoreOneLineBreaks(normalize(text));
  const pair = { text, view };
  const structure = buildStructure(pair);
  const warnings: Warning[] = [...structure.warnings];

  const names = structure.people.map((p) => p.name).filter((n): n is string => !!n);
  const base = options.segmenter ?? defaultSegmenter();
  const segmenter = names.length ? base.withWords(names) : base;
  segmenter.prepare?.(text, view); // one dictionary load for every section cut below
  const failuresBefore = segmenter.anchorFailures?.() ?? 0;
  const keywordCount = options.keywords ?? 8;

  // Where the people are named (labels and mentions, title included), wherever a name of the document is written (the
  // chair's and the closing speakers' too), the page frame and a bad save's copies: no keyword is cut from there.
  const spoken = [...names, ...(structure.chair?.name ? [structure.chair.name] : []), ...structure.closingStatements.flatMap((s) => (s.speaker.name ? [s.speaker.name] : []))];
  const named = nameSpans(view, spoken, (w) => { const tag = base.tagOf?.(w); return tag !== undefined && !tag.startsWith('nr'); });
  const blanks = blankList([...structure.people.flatMap((p) => p.mentions.map((m) => m.span)), ...named, ...structure.frame, ...(structure.copies ?? [])]);
  const runs = borrowedRuns(structure.questions);
  const open: OpenList[] = []; // the lists answered so far: one resumed after a follow-up question goes on with its list
  const askedIn = new Map<OpenList, number>(); // …each with the index of its question in `questions`
  const moved: { from: number; to: number; span: Span }[] = []; // the resumed measures joined to an earlier question's list
  const questions: Question[] = structure.questions.map((frame, at) => {
    const pieces = questionPieces(frame, structure.questions, runs);
    if (pieces) return readPieces(pair, frame, pieces, segmenter, keywordCount, warnings, structure.copies ?? [], blanks);
    const { answers, warnings: w, resumed, open: opened } = extractAnswers(pair, frame, structure.copies);
    append(warnings, w);
    for (const r of resumed) {
      const join = (o: OpenList) => { for (const m of r.measures) moved.push({ from: at, to: askedIn.get(o) ?? at, span: m.span }); };
      if (joinResumed(r, open, warnings, join) || r.measures.length < 2) continue;
      // (No open list goes on with it, "二是…;三是…" after a lone 一是: a list of its own, not dropped.)
      answers.push({ responder: r.responder, span: r.span, statedCount: null, statedCountText: null, statedCountSpan: null, marker: r.measures[0].marker, measures: r.measures });
      answers.sort((a, b) => a.span[0] - b.span[0]);
    }
    for (const o of opened) { open.push(o); askedIn.set(o, at); }
    const section = frame.sectionSpan;
    // Not figures of the question: an announced count, and the page frame between its turns ("…公报  2024年第6号").
    const exclude = answers.flatMap((a) => (a.statedCountSpan ? [a.statedCountSpan] : []));
    for (const f of structure.frame) if (f[0] < section[1] && f[1] > section[0]) exclude.push(f);
    // …nor a clip played between the exchanges ("短片显示:暗访组走访小区36个"): the clip's, not the answer's.
    for (const c of structure.clips ?? []) if (c[0] < section[1] && c[1] > section[0]) exclude.push(c);
    // …nor a paragraph's copy left by a bad save: its figures are those of the paragraph it repeats.
    for (const c of structure.copies ?? []) if (c[0] < section[1] && c[1] > section[0]) exclude.push(c);
    // …nor the session's count of askers, in the chair's opening that heads the first question ("今天共有4位委员提问").
    const askerCount = structure.session.spans.statedAskerCount;
    if (askerCount && askerCount[0] < section[1] && askerCount[1] > section[0]) exclude.push(askerCount);
    const formulations = extractFormulations(pair, section);
    append(warnings, formulationCountWarnings(pair, section));
    // Simplified, folded: jieba reads it far better; no field label (询问人:), speaker (委员 某某:), page frame nor question label (问题一) a keyword.
    const words = withoutFieldLabels(blankLabel(blankSpans(withoutGroupLabel(view, section, frame.group), section[0], blanks.spans, blanks.longest), frame.label));
    return {
      ...frame,
      answers,
      quantities: extractQuantities(pair, section, { segmenter, exclude }),
      formulations,
      keywords: segmenter.keywords(words, keywordCount, keywordOptions(words, formulations)),
    };
  });

  // "三是…" resumed after a follow-up goes on with the list of the question before: the figures and formulations of
  // those measures are that question's too, where their measures are (one owner for a stretch of text).
  for (const m of moved) if (m.to !== m.from) moveInside(questions[m.from], questions[m.to], m.span);

  // A turn whose words stop with no closing stop was cut off by a bad save ("…;三是" at the file's end).
  for (const frame of structure.questions) append(warnings, truncatedTurns(pair, frame.turns));

  const intro = structure.session.span;
  if (intro) append(warnings, formulationCountWarnings(pair, intro));
  if (structure.closing) append(warnings, formulationCountWarnings(pair, structure.closing, true));
  const session = {
    ...structure.session,
    quantities: intro ? extractQuantities(pair, intro, { segmenter, exclude: [] }) : [],
    // The introduction's, then the closing's not named there: the chair's summing-up ("统筹推进“五位一体”总体布局")
    // names the inquiry's formulations as often as the introduction does.
    formulations: sessionFormulations(pair, intro, structure.closing),
    chair: structure.chair,
    // The closing narration after the last exchange: its figures, and the 满意度测评 it reports.
    closing: structure.closing ? {
      text: text.slice(structure.closing[0], structure.closing[1]),
      span: structure.closing,
      quantities: extractQuantities(pair, structure.closing, { segmenter, exclude: [] }),
      vote: readVote(pair, structure.closing),
      statements: structure.closingStatements,
    } : null,
  };

  if ((segmenter.anchorFailures?.() ?? 0) > failuresBefore) {
    warnings.push(warning('segment-anchor-failed', 'the segmenter output could not be lined up with the text; keywords and indicators used one token per character there'));
  }
  const controls = findControls(text);
  if (controls) {
    warnings.push(warning('control-characters', `${controls.count} control character${controls.count > 1 ? 's' : ''} in the text (kept in spans, never printed raw); the first here`, controls.first));
  }

  return {
    session,
    people: structure.people,
    questions,
    warnings: warnings.sort((a, b) => (a.span?.[0] ?? -1) - (b.span?.[0] ?? -1)),
  };
}

/** The quantities and formulations of `from` inside `span` moved to `to`, each list kept in reading order. */
function moveInside(from: Question, to: Question, span: Span): void {
  const inside = (x: { span: Span }) => x.span[0] >= span[0] && x.span[1] <= span[1];
  const byStart = (a: { span: Span }, b: { span: Span }) => a.span[0] - b.span[0];
  to.quantities = [...to.quantities, ...from.quantities.filter(inside)].sort(byStart);
  from.quantities = from.quantities.filter((x) => !inside(x));
  to.formulations = [...to.formulations, ...from.formulations.filter(inside)].sort(byStart);
  from.formulations = from.formulations.filter((x) => !inside(x));
}

/** The formulations of the introduction and of the closing, each text once (the introduction's first). */
function sessionFormulations(pair: TextPair, intro: Span | null, closing: Span | null): Formulation[] {
  const found = intro ? extractFormulations(pair, intro) : [];
  if (!closing) return found;
  const seen = new Set(found.map((f) => f.text));
  for (const f of extractFormulations(pair, closing)) if (!seen.has(f.text)) found.push(f);
  return found;
}

/**
 * A question of a batch (集中提问、逐一回答) whose answers stand in another question's section, or
 * whose section holds another's answers: its answers, figures and keywords come from its own
 * section less the turns it lends, and from the turns that answer it elsewhere.
 */
function readPieces(pair: TextPair, frame: QuestionFrame, pieces: { own: Span[]; borrowed: QuestionFrame['turns'][] }, segmenter: Segmenter, keywordCount: number, warnings: Warning[], copies: Span[], blanks: { spans: Span[]; longest: number }): Question {
  // Turns lent to another question are narration here: their lists are that question's answers.
  const ownTurns = frame.turns.map((t) => (t.answerTo === null ? t : { ...t, role: 'narration' as const, speaker: null }));
  const own = extractAnswers(pair, { ...frame, turns: ownTurns }, copies);
  const answers = [...own.answers];
  append(warnings, own.warnings);
  const spans: Span[] = [...pieces.own];
  for (const run of pieces.borrowed) {
    const span: Span = [run[0].span[0], run[run.length - 1].span[1]];
    const got = extractAnswers(pair, { ...frame, sectionSpan: span, turns: run }, copies);
    append(answers, got.answers);
    append(warnings, got.warnings);
    spans.push(span);
  }
  answers.sort((a, b) => a.span[0] - b.span[0]);
  spans.sort((a, b) => a[0] - b[0]);
  const exclude = answers.flatMap((a) => (a.statedCountSpan ? [a.statedCountSpan] : []));
  append(exclude, copies);
  const formulations = spans.flatMap((s) => extractFormulations(pair, s));
  for (const s of spans) append(warnings, formulationCountWarnings(pair, s));
  const words = spans.map((s) => withoutFieldLabels(blankLabel(blankSpans(pair.view.slice(s[0], s[1]), s[0], blanks.spans, blanks.longest), frame.label))).join('\n');
  return {
    ...frame,
    answers,
    quantities: spans.flatMap((s) => extractQuantities(pair, s, { segmenter, exclude })),
    formulations,
    keywords: segmenter.keywords(words, keywordCount, keywordOptions(words, formulations)),
  };
}

/** Keywords of `words` (a question's text, blanked where no keyword is): its quoted terms and formulations whole, no count, unit or frame word, no name cut short. */
function keywordOptions(words: string, formulations: readonly Formulation[]): KeywordOptions {
  return { whole: wholeTerms(words, formulations.map((f) => f.text)), exclude: notKeyword, afterFigure: opensWithCountWord, opensName, prepared: true };
}

/** The section's view, a part's heading label in it ("第一组：…" opening the question) blanked: no keyword. */
function withoutGroupLabel(view: string, section: Span, group: QuestionFrame['group']): string {
  const slice = view.slice(section[0], section[1]);
  if (!group || group.span[0] < section[0] || group.span[1] > section[1]) return slice;
  const at = group.span[0] - section[0] + Math.max(0, group.text.indexOf(group.label));
  return slice.slice(0, at) + ' '.repeat(group.label.length) + slice.slice(at + group.label.length);
}
