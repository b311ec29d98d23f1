/**
 * Results of a satisfaction vote given per organization as a list rather than clause by clause:
 * two lists matched in order by 分别, a list of "organization rate" items, or a table.
 *
 * Examples:
 *   "市城市管理局、市生态环境局的满意率分别为83.3%和100%"        → 市城市管理局 83.3, 市生态环境局 100
 *   "满意率分别为：市城市管理局83.3%，市生态环境局100%"           → the same
 *   "| 应询部门 | 满意 | 基本满意 | 不满意 |" then "| 市城市管理局 | 18 | 7 | 2 |" rows
 *                                                               → 市城市管理局 18 / 7 / 2, …
 * (vote.ts reads the clause-by-clause form "对市公安局的回答，满意28票…".) Each result's text runs
 * from its organization to its own figure, so two results of one 分别 sentence overlap. Matching
 * runs on the normalized view (，→ , and ：→ :); spans are [start, end), 0-based UTF-16 offsets.
 */
import type { OrganizationVote } from '../model/record.js';
import type { TextPair } from '../structure/types.js';
import { parseNumeral } from './numerals.js';
import { append } from '../model/append.js';

/** The institution words an organization's name ends in (市公安局, 州卫生健康委员会, 中国证监会, 高新区管委会 whole). */
export const ORGANIZATION_END = '(?:委员会|人民政府|政府|法院|检察院|管委会|局|厅|委|院|办|中心|署|银行|监会|部|公司|分行|支行|所|站|队)';
/**
 * An organization's name: up to 16 Han characters ending in an institution word, not a set (各部门). A 和
 * inside is part of it (州文化和旅游局) unless a level opens the next name (县水务局和县林业局).
 */
const ORGANIZATION = `(?![各全])(?:(?![对的])(?![和及与][省市县区州盟旗镇乡])\\p{sc=Han}){1,16}?${ORGANIZATION_END}(?![门分位])`;
const RATE = '\\d+(?:\\.\\d+)?\\s*%';
const AND = '\\s*[、,和及与]\\s*';
/** One organization, one rate: to cut the two lists of a 分别 sentence into their items. */
const ONE_ORGANIZATION = new RegExp(ORGANIZATION, 'gu');
const ONE_RATE = new RegExp(RATE, 'gu');
/** ORG1、ORG2(的)满意率分别为R1和R2: the organizations in group 1, the rates in group 2. */
const RESPECTIVELY = new RegExp(`(${ORGANIZATION}(?:${AND}${ORGANIZATION})+)(?:的)?(?:测评)?满意(?:率|度)分别(?:为|是|达到|达)?:?\\s*(${RATE}(?:${AND}${RATE})+)`, 'gu');
/** 满意率分别为:ORG1 R1,ORG2 R2: the items after the colon. */
const ITEMS_AFTER = /满意(?:率|度)分别(?:为|是)?:?\s*/gu;
const ITEM = new RegExp(`(${ORGANIZATION})\\s*(?:的)?(?:为|是|达)?\\s*(${RATE})`, 'uy');

type Result = Omit<OrganizationVote, 'text' | 'span'>;

function result(pair: TextPair, at: number, org: [number, number], figures: Partial<Result>, end: number): OrganizationVote {
  const span: [number, number] = [at + org[0], at + end];
  return {
    organization: pair.text.slice(at + org[0], at + org[1]), organizationSpan: [at + org[0], at + org[1]],
    satisfied: null, basicallySatisfied: null, unsatisfied: null, rate: null, ...figures,
    text: pair.text.slice(span[0], span[1]), span,
  };
}

/** Pieces of `s` matching `re` (global), with their offsets. */
function pieces(s: string, re: RegExp): Array<[number, number]> {
  return [...s.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/** The results of a 分别 sentence or of a list of "organization rate" items in `scope` (which starts at `at`). */
export function listedResults(pair: TextPair, scope: string, at: number): OrganizationVote[] {
  const out: OrganizationVote[] = [];
  RESPECTIVELY.lastIndex = 0;
  for (let m = RESPECTIVELY.exec(scope); m; m = RESPECTIVELY.exec(scope)) {
    const orgStart = m.index;
    const ratesStart = m.index + m[0].length - m[2].length;
    const orgs = pieces(m[1], ONE_ORGANIZATION);
    const rates = pieces(m[2], ONE_RATE);
    if (orgs.length !== rates.length) continue; // not one rate per organization: no pairing can be trusted
    orgs.forEach(([s, e], k) => out.push(result(pair, at, [orgStart + s, orgStart + e],
      { rate: Number.parseFloat(m![2].slice(rates[k][0], rates[k][1])) }, ratesStart + rates[k][1])));
  }
  if (out.length > 0) return out;
  ITEMS_AFTER.lastIndex = 0;
  for (let m = ITEMS_AFTER.exec(scope); m; m = ITEMS_AFTER.exec(scope)) {
    const items: OrganizationVote[] = [];
    for (let i = m.index + m[0].length; ;) {
      ITEM.lastIndex = i;
      const item = ITEM.exec(scope);
      if (!item) break;
      const org = i + item[0].indexOf(item[1]);
      items.push(result(pair, at, [org, org + item[1].length], { rate: Number.parseFloat(item[2]) }, i + item[0].length));
      i += item[0].length;
      const sep = /^\s*[,;、]\s*/u.exec(scope.slice(i, i + 4));
      if (!sep) break;
      i += sep[0].length;
    }
    if (items.length >= 2) append(out, items);
  }
  return out;
}

/** Which figure a table column holds, from its heading cell; null for a column of another kind. */
function columnKind(cell: string): keyof Pick<Result, 'satisfied' | 'basicallySatisfied' | 'unsatisfied' | 'rate'> | null {
  if (/满意(?:率|度)/u.test(cell)) return 'rate';
  if (/^(?:基本|比较)满意/u.test(cell)) return 'basicallySatisfied';
  if (/^不满意/u.test(cell)) return 'unsatisfied';
  if (/^满意/u.test(cell)) return 'satisfied';
  return null;
}

const CELL_SPLIT = /\s*(?:\||\t)\s*/u;
const ORGANIZATION_CELL = new RegExp(`^${ORGANIZATION}$`, 'u');
const NUMBER_CELL = /^([0-9零〇一二两三四五六七八九十百]+(?:\.\d+)?)\s*(?:票|%)?$/u;

/**
 * The rows of a vote table in `scope`: a heading row whose cells name 满意 / 基本满意 / 不满意 / 满意率, then
 * one row per organization (its name in the first cell, or the second after a row number), cells split by
 * | or tabs; a |---| rule is skipped.
 */
export function tableResults(pair: TextPair, scope: string, at: number): OrganizationVote[] {
  const out: OrganizationVote[] = [];
  let columns: Array<ReturnType<typeof columnKind>> | null = null;
  let lineStart = 0;
  for (const line of scope.split('\n')) {
    const start = lineStart;
    lineStart += line.length + 1;
    const cells = line.trim().replace(/^\||\|$/gu, '').trim().split(CELL_SPLIT);
    if (cells.length < 2) { columns = null; continue; }
    if (cells.every((c) => /^:?-{2,}:?$/u.test(c))) continue;
    const kinds = cells.map(columnKind);
    if (kinds.filter(Boolean).length >= 2) { columns = kinds; continue; }
    // The organization in the first cell, or the second after a row number (| 1 | 市公安局 | 18 | …).
    const orgCell = cells.slice(0, 2).findIndex((c) => ORGANIZATION_CELL.test(c));
    if (!columns || orgCell < 0) continue;
    // Where each cell starts in the line, looked up in order.
    const at0: number[] = [];
    for (let k = 0, from = 0; k < cells.length; k++) {
      at0.push(line.indexOf(cells[k], from));
      from = at0[k] + cells[k].length;
    }
    const figures: Partial<Result> = {};
    let end = -1;
    for (let k = orgCell + 1; k < cells.length; k++) {
      const kind = columns[k];
      const m = kind ? NUMBER_CELL.exec(cells[k]) : null;
      if (!m || !kind) continue;
      figures[kind] = kind === 'rate' ? Number.parseFloat(m[1]) : parseNumeral(m[1]);
      end = start + at0[k] + cells[k].length;
    }
    const orgAt = start + at0[orgCell];
    if (end > orgAt) out.push(result(pair, at, [orgAt, orgAt + cells[orgCell].length], figures, end));
  }
  return out.length >= 2 ? out : [];
}
