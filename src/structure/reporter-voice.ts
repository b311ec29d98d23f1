/**
 * The reporter's own voice between (and after) the exchanges: paragraphs nobody speaks.
 *
 * Example: after "对于这一追问，副市长鄢建中作了回应。他说，…全覆盖。" the paragraph
 * "此外，委员们还就海绵城市建设资金绩效等提出意见建议。据了解，今年全市累计投入资金3.2亿元。" is the
 * reporter summing up what else the members raised and adding background: it ends the vice mayor's
 * turn (narration, its figures none of his answer). So does a table of figures ("指标\t2018年\t2019年",
 * tab-separated rows, or a <table> read as such) — an insert: after it the one who spoke before goes on. The lead is read from the grammar: the members as a
 * group with an adverb or a preposition of the summary (委员们还…, 此外，代表们就…, 与会人员纷纷…), or a
 * reporter's source (记者了解到, 会上还…; 据了解 and 据悉 after reported speech only: an official may say them). A line on which a speech event starts (an
 * official's name and verb, a label, a Q&A table's row) is someone's turn, never narration; nor is a
 * table announced by the line before it ("…情况如下:"): the speaker's own. Lines are matched on the
 * normalized view (ASCII , : ?); offsets are [start, end) UTF-16 offsets.
 */
import type { Line } from './blocks.js';
import type { SpeechEvent } from './speech.js';

/** The members (or everyone attending) as a group: the subject of a reporter's summary. */
const GROUP = '(?:委员们|代表们|常委会委员们|常委会组成人员|组成人员|委员和代表们?|委员代表们|与会(?:人员|委员|代表|同志)|参会人员|部分委员|其他委员|不少委员)';
/** What the group did, as summed up: 还/也/纷纷… or 就/对/围绕/针对… (never 委员们提出的…, an official's courtesy). */
const SUMMED_UP = '(?:还|也|纷纷|普遍|一致|分别|先后|就|对|围绕|针对|结合)';
/** What the summary is about, before the group: "围绕资金投入、项目验收等问题," (then "常委会组成人员还询问了…"). */
const ABOUT = '(?:(?:围绕|针对|就)[^,。;:?!\\n]{1,40}?(?:等问题|等方面|问题|方面|等)\\s*,\\s*)?';
/**
 * A reporter's note mark opening the paragraph, in brackets: "（附）委员们还就…进行了询问。", "【补记】会上还…" — the
 * paragraph is added by whoever wrote the report up (the view folds （） to ()).
 */
const NOTE_MARK = '(?:[(【\\[]\\s*(?:附|注|附记|补记|又记|另)\\s*[)】\\]]\\s*)?';
/**
 * A paragraph in the reporter's voice: "此外,委员们还就…", "围绕…等问题,常委会组成人员还询问了…,相关负责人逐一作了回答", "委员们还对…给予关注", "会上,与会人员纷纷…",
 * "据了解,…", "据悉,…", "记者从市水务局了解到,…", "会上还通报了…".
 */
const REPORTER_LEAD = new RegExp(
  `^\\s*${NOTE_MARK}(?:(?:此外|另外|同时|会上|会议期间|询问中|询问过程中|询问会上|现场)\\s*,?\\s*)?${ABOUT}${GROUP}${SUMMED_UP}` +
  `|^\\s*${NOTE_MARK}(?:记者(?:从[^,。\\n]{1,20})?(?:了解到|获悉|注意到)|(?:会上|会议)\\s*,?\\s*还)`, 'u');
/**
 * "据了解,…", "据悉,…": the reporter's source in a news report; an official speaking under a label ("局长某:…",
 * "答:…") may say it too, going on in a paragraph of their own, so it is narration only after reported speech.
 */
const SOURCE_LEAD = /^\s*(?:据了解|据悉)/u;

/** A paragraph in the reporter's voice (`line`: a line of the view); `labelled`: the turn it follows is a label's ("答:…"). */
export function isReporterLine(line: string, labelled = false): boolean {
  return REPORTER_LEAD.test(line) || (!labelled && SOURCE_LEAD.test(line));
}

/** The non-empty cells of a tab-separated row ("集中供水工程(处)\t142\t157"), or of a Markdown row (| a | b |); 0 for other lines. */
export function tableCells(line: string): number {
  const s = line.trim();
  const parts = s.includes('\t') ? s.split('\t') : s.startsWith('|') && s.endsWith('|') && s.length > 2 ? s.slice(1, -1).split('|') : null;
  if (!parts) return 0;
  let n = 0;
  for (const p of parts) if (p.trim()) n++;
  return n;
}

/**
 * After the reporter's lines, the one who spoke before goes on: "他表示,下一步将…", "她还介绍说,…". After a table of
 * figures set into someone's words, so does the next paragraph that no one else opens ("(四)加强执法监管,…",
 * "下一步,我们将…"): the table was an insert, not a change of speaker.
 */
const RESUMES = /^\s*(?:他|她)(?:还|也|同时|并|随后|进一步|最后|接着)?(?:表示|说|介绍|指出|强调|坦言|透露|回应|谈到|补充|承诺|认为|解释|说明)/u;

/**
 * The body lines (in reading order) that are the reporter's voice: reporter-led paragraphs, and the rows
 * of a table of figures (three cells, or two next to another row), where no speech event starts (`events`,
 * in reading order). A table announced by the line before it ("如下:") is the speaker's. `resumed`: the
 * lines right after such a run where the one who spoke before goes on ("他表示,…"), with no event of their own.
 */
export function reporterLines(view: string, body: Line[], events: SpeechEvent[], resumed: Line[] = []): Line[] {
  const out: Line[] = [];
  const cells = body.map((l) => tableCells(view.slice(l.content[0], l.content[1])));
  let e = 0;
  let announced = false; // the table being read was announced by its speaker
  for (let k = 0; k < body.length; k++) {
    const [c0, c1] = body[k].content;
    while (e < events.length && events[e].start < c0) e++;
    let spoken = false;
    for (let j = e; j < events.length && events[j].start < c1; j++) if (events[j].role !== 'narration') { spoken = true; break; }
    const row = cells[k] >= 3 || (cells[k] === 2 && ((k > 0 && cells[k - 1] >= 2) || (k + 1 < body.length && cells[k + 1] >= 2)));
    if (row && !(k > 0 && cells[k - 1] >= 2)) announced = k > 0 && ANNOUNCES.test(view.slice(body[k - 1].content[0], body[k - 1].content[1]));
    if (spoken) continue;
    let before = e - 1; // the event whose turn the line would end
    while (before >= 0 && events[before].role === 'narration') before--;
    // (A label's words in quotation marks closed on the line before — 某回答："…。" — have ended.)
    const labelled = before >= 0 && (events[before].kind === 'label' || events[before].kind === 'qa-label')
      && !(k > 0 && CLOSED_QUOTE.test(view.slice(body[k - 1].content[0], body[k - 1].content[1])));
    if ((row && !announced) || (!row && isReporterLine(view.slice(c0, c1), labelled))) out.push(body[k]);
    else if (k > 0 && out[out.length - 1] === body[k - 1] && (RESUMES.test(view.slice(c0, c1)) || (!row && cells[k - 1] >= 2))) resumed.push(body[k]);
  }
  return out;
}

/** A line ending on a closing quotation mark (and a full stop after it, maybe). */
const CLOSED_QUOTE = /[”」』]\s*[。.]?\s*$/u;

/** A line that announces what follows: it ends on a colon ("主要指标如下:"). */
const ANNOUNCES = /:\s*$/u;
