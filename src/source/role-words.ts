/**
 * Speaker labels written with another role word or another separator read as 问:/答: labels in the view.
 *
 * Example: a magazine's "Q｜孟某委员⏎…？⏎A｜市生态环境局局长　邵某⏎…" reads "问:孟某委员⏎…?⏎答:市生态环境局局长 邵某⏎…";
 * a county page's "提问｜钟某（县人大常委会委员）" / "回应｜舒某（县人社局局长）" reads "提问:钟某(…)" / "答复:舒某(…)";
 * "问——钟某委员：…" / "答——县人社局局长舒某：…" read "问: 钟某委员:…" / "答: 县人社局局长舒某:…".
 *
 * The grammar: a role word opens its line (after spaces, a bullet) and a label separator follows it (a space between
 * at most) — the colon, a bar (｜ | 丨, the bar of WeChat and magazine Q&A) or a dash (—— — --) — then the label's
 * person or words (a word padded far from a box-drawing │ is a table's cell). The role words that ask: 问, 提问, 询问, 追问 and the Latin Q (Ｑ folds to Q; numbered Q1); those that answer: 答, 答复, 回答,
 * 回复, 回应, 应询 and A (A1). In the view the separator becomes ":" (a dash's second unit a space), Q becomes 问,
 * A 答, and 回应/应询 become 答复 — one code unit for one, so offsets still agree — and every label grammar reads
 * the line as it reads "问:"/"答:". A bracketed 【回应】 reads 【答复】 the same way.
 * Only in a layout of labels: a line asks and another answers (a role label or a person field, 询问人: / 应询人:), or
 * the label names a person alone (NAME(TITLE), NAME委员, TITLE NAME) with the words below; Q and A only where both stand. Alone, "回应｜…" is a headline's kicker, "回应:…" a subhead, "A|B" a table's cells.
 * The colon labels already read (问:, 答复:) need no fold. Offsets are [start, end)
 * UTF-16 code units, 0-based.
 */

/**
 * A role word opening a line and its separator, on the view (full width folded: ｜ reads |, Ｑ reads Q, ： reads :).
 * Group 1 the lead, 2 the role word, 3 its number and a space, 4 the separator.
 */
const LABEL = /^([ \t]*(?:[■●◆▲★☆□◇○•▶►][ \t]*)?)(提问|询问|追问|问|答复|回答|回复|回应|应询|答|Q(?=\d{0,2}[ \t]?(?:[:|丨]|—|--))|A(?=\d{0,2}[ \t]?(?:[:|丨]|—|--)))(\d{0,2}[ \t]?)(:|\||丨|——|—|--)/gmu;
/** A role tag in brackets opening its line that reads as another: 【回应】 for 【答复】; and one that asks, 【提问】. */
const TAG = /^([ \t]*[【\[〔])(回应)(?=[】\]〕])/gmu;
const ASKING_TAG = /^[ \t]*[【\[〔](?:提问|询问|问)[】\]〕]/mu;
/** Role words that ask. */
const ASKS = /^(?:提问|询问|追问|问|Q)$/u;
/** Role words read as another in the view. */
const READS_AS: Record<string, string> = { Q: '问', A: '答', 回应: '答复', 应询: '答复' };

/**
 * The rest of a label's line when it is a person alone, the words on the lines below: NAME(TITLE), NAME委员 / NAME代表,
 * TITLE NAME parted by a space ("钟某(县人大常委会委员)", "孟某委员", "县人社局局长 舒某"). Such a label is one
 * without a layout around it: a headline's kicker goes on with words ("回应|市政府回应停车难").
 */
const PERSON_ALONE = /^[ \t]*(?:\p{sc=Han}{2,4}\([^()\n:]{2,40}\)|\p{sc=Han}{2,4}(?:委员|代表)|[^\s:。,?!;()]{2,40}[ \t]+\p{sc=Han}{2,4})[ \t]*$/u;

/** What may hold a label to fold: a bar, a dash, a Latin Q or A, 回应 or 应询 (a quick test before the line scan). */
const MAY_FOLD = /[|丨—]|--|回应|应询|^[ \t]*[QA]/mu;

/**
 * The digest's person fields, which make a side of a layout too ("询问人:…" asks, "回应｜…" answers): the field-label
 * lexicon of structure/field-labels.ts, as far as the view's layer may tell them (the asker's and the responder's).
 */
export const ASKER_FIELD_WORDS = '(?:提问|询问|问询)(?:人员|人|者|委员|代表)';
export const RESPONDER_FIELD_WORDS = '(?:(?:应询|答询|答复|回答)(?:人员|人|者)|作答|应答|答询)';
const ASKER_FIELD = new RegExp(`^[ \\t]*${ASKER_FIELD_WORDS}[ \\t]*:`, 'mu');
const RESPONDER_FIELD = new RegExp(`^[ \\t]*${RESPONDER_FIELD_WORDS}[ \\t]*:`, 'mu');

/** `view` with the role labels of a label layout read as 问:/答: labels (see the header), as long as `view`. */
export function foldRoleWords(view: string): string {
  if (!MAY_FOLD.test(view)) return view;
  const sides = { ask: false, answer: false, q: false, a: false };
  const folds: Array<{ at: number; word: string; sep: number; sepText: string; person: boolean }> = [];
  for (const m of view.matchAll(LABEL)) {
    const word = m[2];
    const ask = ASKS.test(word);
    if (ask) sides.ask = true; else sides.answer = true;
    if (word === 'Q') sides.q = true;
    if (word === 'A') sides.a = true;
    const at = m.index + m[1].length;
    const sep = m.index + m[0].length - m[4].length;
    // (The colon labels of the usual words are read as they stand.)
    if (m[4] === ':' && !(word in READS_AS)) continue;
    const end = view.indexOf('\n', sep);
    const person = PERSON_ALONE.test(view.slice(sep + m[4].length, end < 0 ? view.length : end));
    folds.push({ at, word, sep, sepText: m[4], person });
  }
  if (!folds.length) return foldTags(view);
  // A side is a role label or a person field; Q and A are role words only where both stand.
  const ask = sides.ask || ASKER_FIELD.test(view);
  const answer = sides.answer || RESPONDER_FIELD.test(view);
  let out = '';
  let copied = 0;
  for (const f of folds) {
    // (A Chinese role word before a person alone is a label in any layout: "提问｜钟某(…)" above a bare "舒某(…)".)
    const latin = f.word === 'Q' || f.word === 'A';
    if (latin ? !(sides.q && sides.a) : !(ask && answer) && !f.person) continue;
    const word = READS_AS[f.word] ?? f.word;
    out += view.slice(copied, f.at) + word + view.slice(f.at + f.word.length, f.sep) + ':' + ' '.repeat(f.sepText.length - 1);
    copied = f.sep + f.sepText.length;
  }
  return foldTags(copied === 0 ? view : out + view.slice(copied));
}

/** `view` with 【回应】 read as 【答复】 in a layout of tags, where 【提问】 asks. */
function foldTags(view: string): string {
  return view.includes('回应') && ASKING_TAG.test(view) ? view.replace(TAG, (_m, lead: string) => lead + '答复') : view;
}
