/**
 * The place of a session's body, and offices written with it read as the body's own level.
 *
 * Example: body "榆溪市第十届人大常委会" → place 榆溪市; then "榆溪市应急管理局" is read "市应急管理局", the
 * way the same transcript (or next year's) writes it after the first mention, so both spellings name one
 * office. "桐川市民政局" in a session of 桐川市 → "市民政局". An office of another place ("沅平市民政局" in a
 * 桐川市 session) keeps its name. Read from session.body, else session.title ("某县人大常委会…专题询问").
 * Between two places' sessions it is the other way: "市水利局" of a 青山市 session and of a 白水市 session
 * are two offices, each read with its place (placedName: 青山市水利局, 白水市水利局).
 * A session whose body is written without its place ("市人大常委会", from a paper's "——市人大常委会…问答摘登") is of
 * the other session's place when the level is the same and nothing it says names another place (sessionPlaces): a
 * city's paper writes its own city's congress so. A township's congress (龙潭镇人民代表大会) and its presidium between
 * sessions (龙潭镇人大主席团) are of one place, 龙潭镇.
 */
import type { InquiryRecord } from '../model/record.js';
import { nameKey } from './fold.js';

/** The levels of a place that has a congress: 市, 县, 区, 州, 盟, 旗, 自治州/自治县/自治旗, and the township's 镇, 乡, 苏木. */
const LEVEL = '自治州|自治县|自治旗|市|县|区|州|盟|旗|镇|乡|苏木';
/** What follows a place naming its congress: 第…届, …届 (十七届), 人大, 人民代表大会. */
const BODY_AFTER = '第|[一二三四五六七八九十]{1,3}届|\\d{1,3}届|人大|人民代表大会';

/**
 * A place name before the congress words of a body: an optional province, then a name of one to eight
 * characters ending in its level (LEVEL), then 第…届, …届 (十七届) or 人大/人民代表大会.
 */
const PLACE = new RegExp(`^(?:[\\p{Script=Han}]{1,7}?(?:省|自治区))?([\\p{Script=Han}]{1,8}?(${LEVEL}))(?=${BODY_AFTER})`, 'u');
/** A title or an organization opening on a place's congress or government ("青山市人大常委会委员", "青山市人民政府"): the place, group 1. */
const PLACE_BODY = new RegExp(`^(?:[\\p{Script=Han}]{1,7}?(?:省|自治区))?([\\p{Script=Han}]{2,8}?(?:${LEVEL}))(?=${BODY_AFTER}|人民政府|政府)`, 'u');

/**
 * A body's term, with or without 第, in Chinese or Arabic numerals: 第十届, 五届 (news style: "赣州市五届人大常委会"), 15届.
 * Two sessions of one body in two terms are one body's.
 */
const TERM = /第?(?:[一二三四五六七八九十百零〇]{1,5}|\d{1,3})届/gu;

/** A body's name folded and without its term, for comparing: 榆溪市第十届人大常委会 and 榆溪市十一届人大常委会 → 榆溪市人大常委会. */
export function bodyKey(body: string): string {
  return nameKey(body).replace(TERM, '');
}

export interface Place {
  /** The place as folded (榆溪市). */
  name: string;
  /** Its level, what an office of it writes in its place (市). */
  level: string;
}

/** The place of the record's body (or title), or null when neither names one. */
export function sessionPlace(record: InquiryRecord): Place | null {
  for (const text of [record.session.body, record.session.title]) {
    const m = text ? PLACE.exec(nameKey(text)) : null;
    if (m) return { name: m[1], level: m[2] };
  }
  return null;
}

/**
 * The places of two sessions: each its own (sessionPlace), else — its body written without a place ("市第十六届人大常委会")
 * — the other's, when the body opens on the other's level (市) and none of its titles, organizations or questions' addressees
 * opens on another place's congress or government ("白水市人大常委会委员"). Two bodies written without a place have none.
 */
export function sessionPlaces(a: InquiryRecord, b: InquiryRecord): [Place | null, Place | null] {
  const [pa, pb] = [sessionPlace(a), sessionPlace(b)];
  return [pa ?? inherited(a, pb), pb ?? inherited(b, pa)];
}

function inherited(r: InquiryRecord, place: Place | null): Place | null {
  if (!place || !r.session.body || !bodyKey(r.session.body).startsWith(place.level)) return null;
  const names = [...r.people.flatMap((p) => [...p.titles.flatMap((t) => t.split('、')), p.organization ?? '']), ...r.questions.flatMap((q) => q.addressees)];
  return names.some((n) => { const m = PLACE_BODY.exec(nameKey(n)); return m !== null && m[1] !== place.name; }) ? null : place;
}

/**
 * The two sessions are of two bodies: two places read, or (no place) two bodies written, that differ. A body written
 * without its place ("市人大常委会") is of the other's place (汉州市) when nothing says otherwise (sessionPlaces); a
 * township's presidium and its congress (龙潭镇人大主席团 / 龙潭镇人民代表大会) are one place's.
 */
export function twoBodies(a: InquiryRecord, b: InquiryRecord): boolean {
  const [pa, pb] = sessionPlaces(a, b);
  if (pa && pb) return pa.name !== pb.name;
  const [ba, bb] = [a.session.body, b.session.body].map((x) => (x ? bodyKey(x) : null));
  return !!ba && !!bb && ba !== bb;
}

/** `name` (an office or a title) with the session's place at its head read as the level: 榆溪市应急管理局 → 市应急管理局. Folded. */
export function localName(name: string, place: Place | null): string {
  const key = nameKey(name);
  return place && key.length > place.name.length && key.startsWith(place.name) ? place.level + key.slice(place.name.length) : key;
}

/** The two sessions are of one body's place: both places read and alike. */
export function samePlace(a: Place | null, b: Place | null): boolean {
  return !!a && !!b && a.name === b.name;
}

/** The two sessions are of two places' bodies (青山市 and 白水市): both places read and unlike. */
export function differentPlaces(a: Place | null, b: Place | null): boolean {
  return !!a && !!b && a.name !== b.name;
}

/**
 * `name` with an office of the session's own level given its place: 市水利局 in a 青山市 session →
 * 青山市水利局, so that it is not the 市水利局 of a 白水市 session. An office of another level (省水利厅)
 * or of a place written out (白水市水利局) keeps its name. Folded.
 */
export function placedName(name: string, place: Place | null): string {
  const key = localName(name, place);
  return place && key.length > place.level.length && key.startsWith(place.level) ? place.name + key.slice(place.level.length) : key;
}
