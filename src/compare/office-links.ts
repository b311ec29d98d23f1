/**
 * Offices one session says are one: a renamed office and an office whose duties moved to another.
 *
 * Example: B's responder "区数据资源和政务服务局（原区行政审批局）局长方晓岚" names the office A called
 * 区行政审批局 by its new name: renamed, the former name in the bracket after the office. B's answer
 * "燃气行业管理职责已由市住房和城乡建设局划转至我局" by the 市城市管理和综合执法局's head says that office
 * took over what A's 市住房和城乡建设局 did: duties moved (职责划入), 我局/我委/本局 being the speaker's office.
 * Read from the record (people's mentions, the turns of named speakers), so a saved record gives the same
 * links as its transcript. A bracket that is no former name ("（主持人）", "（原局长）": a former post of the
 * person, no office) and a transfer between two offices of which neither is the speaker's or named
 * ("由市里统一划转资金") are left alone: the old name must itself be an office (ends in an office's suffix).
 * A session may also say so in a sentence of its own, in a turn, the closing or (when compare has the transcript's
 * text) the introduction: "今年5月，市政务服务和大数据管理局更名为市数据局" (renamed), "原县乡村振兴局职责划入
 * 县农业农村局", "县扶贫办并入县农业农村局", "整合县扶贫办的职责，组建县乡村振兴局" / "组建县数据局，不再保留县大数据中心"
 * (duties moved), "市水务局与市南水北调工程建设委员会办公室撤并，组建市水利局" (merged), "市城市更新局挂牌成立，原市住房和城乡
 * 建设局承担的老旧小区改造职责划入该局" (该局: the office just named; a named part of the duties links the office too),
 * "市城市管理局停车管理处撤并，相关职责划入新组建的市城市停车管理中心" (a unit of 市城市管理局 dissolved). "更名为“一网通办”"
 * (no office after it), "组建专班" (no office), "3所幼儿园被撤并" and "撤并建制村" (no office), and 该局 with no office named
 * before it are left alone.
 */
import type { InquiryRecord, Mention } from '../model/record.js';
import { INSTITUTION_WORD } from '../model/org-names.js';

export interface OfficeLink {
  /** The office as it was (区行政审批局), and as it is now or took the duties (区数据资源和政务服务局). */
  old: string;
  now: string;
  /** renamed: "X（原Y）"; duties: "职责由Y划转至X". */
  how: 'renamed' | 'duties';
  /** Where the record says so. */
  evidence: Mention;
}

/** An office's name ends in an institution word (局, 委, 办, 厅, 院, 政府 …: model/org-names.ts's list). */
const OFFICE_END = INSTITUTION_WORD;
/** "X（原Y）…": X an office, Y its former name; the bracket may be full- or half-width. */
const RENAMED = new RegExp(`^(.+?${OFFICE_END})[（(]原([^（）()]+?${OFFICE_END})[）)]`, 'u');

/** An office's name in a sentence: up to 24 characters ending in an institution word. */
const NAME = `[^，。；、：:,;“”"（）()\\s]{2,24}?${OFFICE_END}`;

/**
 * The lexicon of an office's changes, one place for every rule below: a name changed (更名为), offices merged (撤并, 合并,
 * 整合), one formed (组建, 成立, 挂牌成立), duties moved (划入, 并入, 移交至). 移交, 划转 and 划归 alone move cases, money and
 * files as well ("县市场监管局移交县公安局案件线索5条"): they move an office's duties only after the duties are named.
 */
const VERB = {
  renamed: '(?:更名为|改名为|更名|改称)',
  merged: '(?:撤并|合并|整合)',
  formed: '(?:挂牌成立|组建|成立)',
  moved: '(?:划入|划转至|划转到|并入|移交至|移交给)',
  movedDuties: '(?:划入|划转至|划转到|划转给|划转|划归|并入|移交至|移交给|移交到|移交)',
  dissolved: '(?:撤并|撤销|合并)',
  /** After "由Y": 划转至, 划入, 移交给, 调整到 X. */
  movedFrom: '(?:划转|划入|移交|调整)(?:至|到|给)?',
};
/** The speaker's own office: 我局, 本委 … (the office of the turn's speaker). */
const SELF = '(?:我|本)(?:局|委|办|厅|院|中心)';
/**
 * "…职责(已)由Y划转至/划入/调整到 X": duties moved from Y to X (我局 = the speaker's office); Y may be written as the former
 * office (原盟农牧业局) and X as the one just formed (新组建的盟林业和草原局): trimmed() reads both without those words.
 */
const DUTIES = new RegExp(`(?:职责|职能)(?:已|已经|已于[^，。；由]{1,12})?由([^，。；、由]{2,24}?${OFFICE_END})(?:整体)?${VERB.movedFrom}(${SELF}|[^，。；、]{2,24}?${OFFICE_END})`, 'u');
/**
 * The duties named: (承担的/负责的)(托育服务管理)(相关)职责 — a part of an office's duties or all of them. The words of the
 * duty hold no other office nor a verb of saying ("市财政局局长王某说…职责": 市财政局's duties are not named).
 */
const DUTIES_NAMED = `(?:承担的|负责的|的)?(?:(?![局厅]|委员会|说|表示|介绍)[^，。；、：:,;“”"（）()\\s]){0,16}?(?:相关|全部|部分)?(?:职责|职能)`;
/** An office named again by 该 and its institution word: 该局, 该中心, 该委 (the office the sentence named just before). */
const ANAPHOR = '该(?:局|委|办|中心|厅|院|署|所|站|队|部)';
/** Where duties go: an office, maybe newly formed (新组建的市城市停车管理中心), 该局, or the speaker's own (我局). */
const TARGET = `(?:新组建的|新成立的|新设立的)?(${NAME}|${ANAPHOR}|${SELF})`;

/** "X更名为Y", "X改名为Y": renamed. */
const RENAMED_TO = new RegExp(`(${NAME})(?:已经?|正式)*${VERB.renamed}(${NAME})(?![^，。；、：\\s]{0,3}(?:局|委|办|厅))`, 'u');
/**
 * "原X职责划入Y", "X的职能划转至Y", "X并入Y", "原(由)X承担的老旧小区改造职责划入该局", "X的托育服务管理职责移交该中心": X's
 * duties (or a named part of them) moved to Y.
 */
const MOVED_TO = new RegExp(`(${NAME})(?!员会|公室)(?:${DUTIES_NAMED}(?:已经?)?(?:整体)?${VERB.movedDuties}|(?:已经?)?(?:整体)?${VERB.moved})${TARGET}`, 'u');
/** "整合X(、Z)的职责，组建Y" / "将X(和Z)整合组建Y" / "撤并X，组建Y" / "撤销X，成立Y": each X's duties moved to Y. */
const FORMED = new RegExp(`(?:整合|将|把|撤并|合并|撤销)((?:${NAME}[、和与及]?)+)(?:的(?:相关)?(?:职责|职能))?[，,]?${VERB.merged}?${VERB.formed}(?:为)?(${NAME})`, 'u');
/**
 * "X与Z撤并，组建Y", "X、Z合并组建Y": the offices named first merged into Y. One of them may be a unit of no institution
 * word ("市水务局与市河道管理处撤并"): the offices among them are linked.
 */
const UNIT = `(?:${NAME}|[^，。；、：:,;“”"（）()\\s]{2,16}?[处科])`;
const MERGED = new RegExp(`((?:${UNIT}[、和与及])*${UNIT})${VERB.merged}[，,]?(?:为|后)?(?:新)?${VERB.formed}(?:为)?(${NAME})`, 'u');
/**
 * "X(的停车管理处)撤并，相关职责划入新组建的Y": X (or a unit of it, its 处, 科, 室 or 股) dissolved, its duties moved to Y;
 * the link is X's, the office a session questions (the unit is no office of its own in the record).
 */
const DISSOLVED = new RegExp(`(${NAME})(?:的?[^，。；、：:,;“”"（）()\\s]{1,12}?[处科室股])?被?${VERB.dissolved}[，,](?:其|原)?(?:相关)?(?:职责|职能)(?:已经?)?(?:整体)?${VERB.movedDuties}${TARGET}`, 'u');
/** "组建Y，不再保留X": Y took X's place. */
const FORMED_KEEPING_NOT = new RegExp(`${VERB.formed}(${NAME})[，,](?:不再保留|撤销)(${NAME})`, 'u');

/**
 * The office 该局 (该中心, 该委) names: the last office of the sentence before `before` that was just set up (挂牌成立, 组建,
 * 成立, 设立) and ends in the same institution word ("市城市更新局挂牌成立，原市住房和城乡建设局承担的…职责划入该局":
 * 市城市更新局); null when the sentence sets none up before — an office named in a speaker's title ("市水利局局长方某表示")
 * is no antecedent.
 */
function antecedent(anaphor: string, sentence: string, before: number): string | null {
  const word = anaphor.slice(1);
  const ends = word === '委' ? /(?:委|委员会)$/u : new RegExp(`${word}$`, 'u');
  const setUp = new RegExp(`(${NAME})(?=(?:正式|已经?|于[^，,。]{1,10})?(?:${VERB.formed}|挂牌|设立))`, 'gu');
  const names = [...sentence.slice(0, before).matchAll(setUp)].map((m) => m[1]).filter((n) => ends.test(n));
  return names.length ? names[names.length - 1] : null;
}

/** The level a name opens with, where a sentence's word before it stops: "会议指出市政务服务…局" → 市政务服务…局. */
const LEVEL_START = /(?:国家|自治区|自治州|自治县|省|市|县|区|州|盟|旗|乡|镇)/u;
/** 原 of a former office: the name's first character, or before a level ("改革后原县乡村振兴局"), the last 原 of the words. */
const FORMER = new RegExp(`(?:^原|(?<=[^原])原(?=${LEVEL_START.source}))(?=[^原]+$)`, 'u');
function trimmed(name: string): string | null {
  // (A speaker's words before the name are no part of it: "市财政局局长王某说市水务局" → 市水务局.)
  const said = /^.*(?:说|表示|介绍|指出|称)/u.exec(name);
  const spoken = said ? name.slice(said[0].length) : name;
  // (原 says a former office opening the name, or before a level inside the words: not the 原 of 草原局, 平原县.)
  const former = FORMER.exec(spoken);
  const x = former ? spoken.slice(former.index + former[0].length) : spoken;
  const at = LEVEL_START.exec(x);
  // A name opens with its level (市数据局), or, right after 原, may be written without it (原乡村振兴局): 我局 names none.
  return at ? x.slice(at.index) : former ? x : null;
}

/** The offices of a list: "县扶贫办、县农业农村局", "市水务局与市南水北调工程建设委员会办公室". */
const each = (list: string) => list.split(new RegExp(`(?<=${OFFICE_END})[、和与及]`, 'u')).filter((x) => new RegExp(`${OFFICE_END}$`, 'u').test(x));

/**
 * The links stated in a sentence of `text` (absolute offset `base`); `self`, the office of the speaker saying it, is what
 * 我局 names ("市规划局的职责已划入我局" said by the head of 市自然资源和规划局), else none.
 */
function statedLinks(text: string, base: number, self: string | null = null): OfficeLink[] {
  const out: OfficeLink[] = [];
  const evidence = (hit: RegExpExecArray): Mention => ({ text: hit[0], span: [base + hit.index, base + hit.index + hit[0].length] });
  const office = new RegExp(`^${NAME}$`, 'u');
  const add = (old: string, now: string, how: OfficeLink['how'], hit: RegExpExecArray) => {
    const [o, n] = [trimmed(old), trimmed(now)];
    if (o !== null && n !== null && o !== n && office.test(o) && office.test(n) && !/^[我本该这那各其此]/u.test(o)) out.push({ old: o, now: n, how, evidence: evidence(hit) });
  };
  for (const sentence of text.matchAll(/[^。；！？\n]+/gu)) {
    const at = sentence.index;
    const s = sentence[0];
    const local = (re: RegExp) => { const hit = re.exec(s); if (hit) hit.index += at; return hit; };
    const renamed = local(RENAMED_TO);
    if (renamed) add(renamed[1], renamed[2], 'renamed', renamed);
    // (Where duties go may be 该局: the office the sentence named before them; or 我局, the speaker's.)
    const target = (now: string, hit: RegExpExecArray) => (now.startsWith('该') ? antecedent(now, s, hit.index - at) : /^[我本]/u.test(now) ? self : now);
    const moved = local(MOVED_TO);
    if (moved) { const now = target(moved[2], moved); if (now) add(moved[1], now, 'duties', moved); }
    const dissolved = local(DISSOLVED);
    if (dissolved) { const now = target(dissolved[2], dissolved); if (now) add(dissolved[1], now, 'duties', dissolved); }
    const merged = local(MERGED);
    if (merged) for (const old of each(merged[1])) add(old, merged[2], 'duties', merged);
    const formed = local(FORMED);
    if (formed) for (const old of each(formed[1])) add(old, formed[2], 'duties', formed);
    const replaced = local(FORMED_KEEPING_NOT);
    if (replaced) add(replaced[2], replaced[1], 'duties', replaced);
  }
  return out;
}

/**
 * The links a record states; `text`, the transcript's text when compare has it (a saved record has no
 * introduction's text: only its span), adds those the introduction states.
 */
export function officeLinks(record: InquiryRecord, text: string | null = null): OfficeLink[] {
  const out: OfficeLink[] = [];
  for (const p of record.people) {
    for (const m of p.mentions) {
      const hit = RENAMED.exec(m.text);
      if (!hit) continue;
      out.push({ old: hit[2], now: hit[1], how: 'renamed', evidence: { text: hit[0], span: [m.span[0], m.span[0] + hit[0].length] } });
    }
  }
  const orgOf = new Map(record.people.map((p) => [p.id, p.organization]));
  for (const q of record.questions) {
    for (const t of q.turns) {
      const hit = DUTIES.exec(t.text);
      if (!hit) continue;
      const self = /^(?:我|本)/u.test(hit[2]);
      const now = self ? (t.speaker ? orgOf.get(t.speaker) ?? null : null) : trimmed(hit[2]);
      const old = trimmed(hit[1]);
      if (!now || !old || now === old) continue;
      const start = t.span[0] + hit.index;
      out.push({ old, now, how: 'duties', evidence: { text: hit[0], span: [start, start + hit[0].length] } });
    }
    for (const t of q.turns) out.push(...statedLinks(t.text, t.span[0], t.speaker ? orgOf.get(t.speaker) ?? null : null));
  }
  const closing = record.session.closing;
  if (closing) out.push(...statedLinks(closing.text, closing.span[0]));
  const intro = record.session.span;
  if (text !== null && intro) out.push(...statedLinks(text.slice(intro[0], intro[1]), intro[0]));
  const seen = new Set<string>();
  return out.filter((l) => { const k = `${l.old}\u0000${l.now}`; return !seen.has(k) && !!seen.add(k); });
}
