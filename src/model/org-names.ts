/**
 * Two names of one organization: as written in full, shortened, or abbreviated.
 *
 * Example: a member asks "盟林草局如何加强监管?" and "盟林业和草原局局长孟和" answers: 盟林草局 keeps
 * the level (盟), the first character of each word (林业 → 林, 草原 → 草) and the institution word
 * (局) of 盟林业和草原局, in order, so both name one bureau. Likewise 市住建局 ↔ 市住房和城乡建设局,
 * 县发改委 ↔ 县发展和改革委员会, 市场监管局 ↔ 市市场监督管理局 (the level left out), 财政局 ↔ 盟财政局.
 * Not one: 市教育局 ↔ 市交通运输局 (other words), 市财政局 ↔ 县财政局 (other levels), 市社保局 ↔ 市人力资源和社会保障局
 * (the level does not stand for the first word: 社保局 is 社会保险事业管理局's short form), 市广电局 ↔ 市文化广电和旅游局. A 和-joined
 * name may also drop its first word's modifier: 市资源规划局 ↔ 市自然资源和规划局 (自然资源 → 资源). Names are compared
 * on the normalized view (widths folded, Simplified); white space and quotes are dropped.
 */

/**
 * The administrative level a name opens with (省, 市, 县, 区, 盟, 州, 旗, 乡, 镇; a national body's 国家 or
 * 中国: 国家统计局 ↔ 统计局, 中国人民银行 ↔ 人民银行), kept apart from the words.
 */
const LEVEL = /^(?:自治区|自治州|自治县|国家|中国|省|市|县|区|盟|州|旗|乡|镇)/u;
/**
 * The institution word that ends a name, long form first: 委员会 is abbreviated 委. National bodies also
 * end in 署 (海关总署, 审计署), 银行 (中国人民银行) and 监会 (中国证监会); a government's general office in
 * 办公室, a party committee's departments in 部. Exported for compare's office links (one list of institution words).
 */
export const INSTITUTION_WORD = '(?:委员会|人民政府|政府|法院|检察院|局|厅|委|院|办公室|办|府|中心|支行|分行|银行|监会|署|公司|所|站|队|部)';
const INSTITUTION = new RegExp(`${INSTITUTION_WORD}$`, 'u');
const NOISE = /[\s"'“”‘’「」『』《》·•]/gu;

/** `levelKept`: the reading that keeps a level it could have cut off inside the words (市场监管局 read as 市场监管 + 局). */
interface Parts { level: string; words: string; institution: string; levelKept: boolean }

/** The name cut into level, words and institution word; a level character may also open the words (市场监管局). */
function readings(name: string): Parts[] {
  const clean = name.replace(NOISE, '');
  const inst = INSTITUTION.exec(clean);
  if (!inst) return [];
  const body = clean.slice(0, inst.index);
  const level = LEVEL.exec(body)?.[0] ?? '';
  const whole: Parts = { level: '', words: body, institution: inst[0], levelKept: !!level };
  return level ? [{ level, words: body.slice(level.length), institution: inst[0], levelKept: false }, whole] : [whole];
}

/** The short form of an institution word: 委员会 → 委, 人民政府 → 政府. */
function shortInstitution(word: string): string {
  return word === '委员会' ? '委' : word === '人民政府' ? '政府' : word;
}

/** `short` read as an abbreviation of `long`: its first character opens `long`, the rest follow in order. */
function abbreviates(short: string, long: string): boolean {
  if (!short || short[0] !== long[0]) return false;
  let k = 1;
  for (let i = 1; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
  return k === short.length;
}

function sameParts(a: Parts, b: Parts): boolean {
  if (a.level && b.level && a.level !== b.level) return false;
  if (shortInstitution(a.institution) !== shortInstitution(b.institution)) return false;
  // (市政府 ↔ 市人民政府: no words, the level says which government.)
  if (a.words === b.words) return a.words.length > 0 || (!!a.level && !!b.level);
  // Two names both read with their level kept would let the level stand for the first character of the
  // words (市社保局 ↔ 市人力资源和社会保障局 through 市…社…保): an abbreviation opens with the first word after the level.
  if (a.levelKept && b.levelKept) return false;
  const [short, long] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  return short.length >= 2 && (abbreviates(short, long) || abbreviatesFromHead(short, long));
}

/**
 * `short` read as an abbreviation that leaves out the modifier of a 和-joined name's first word: 资源规划 of
 * 自然资源和规划 (自然 + 资源, 和 规划). Only when that first word is two words of two characters (自然资源), and the
 * short form still reaches the last word after 和: 县广电局 (文化广电 only) is not 县文化广电和旅游局.
 */
function abbreviatesFromHead(short: string, long: string): boolean {
  const join = long.lastIndexOf('和');
  if (join < 0 || long.indexOf('和') !== 4 || short[0] !== long[2]) return false;
  let k = 1;
  let last = 2;
  for (let i = 3; i < long.length && k < short.length; i++) if (long[i] === short[k]) { k++; last = i; }
  return k === short.length && last > join;
}

/**
 * True when `a` and `b` name the same organization: equal, one the other without its level
 * (财政局 ↔ 盟财政局), or one an abbreviation of the other at the same level (盟林草局 ↔ 盟林业和草原局).
 * An abbreviation keeps at least two characters of the words (局 alone says nothing).
 */
export function sameOrganization(a: string, b: string): boolean {
  const ra = readings(a);
  const rb = readings(b);
  if (!ra.length || !rb.length) return a.length > 0 && a.replace(NOISE, '') === b.replace(NOISE, '');
  for (const x of ra) for (const y of rb) if (sameParts(x, y)) return true;
  return false;
}
