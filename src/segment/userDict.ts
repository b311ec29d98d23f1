/**
 * The user dictionary format: one term per line, "词 频率 词性", separated by one space.
 *
 * Example: "一府两院 20000 nt". jieba reads a two-column line as word + *tag* (not word +
 * frequency) and gives frequency-less words the dictionary's median weight, which merged
 * 市/人大常委会 into 市人大/常委会; so every line of dict/user.dict.utf8 carries all three
 * columns. jieba has no comment syntax: a "#" line would become a word.
 */

export interface UserEntry {
  word: string;
  /** Absent for one- or two-column lines (jieba then uses the median weight). */
  frequency?: number;
  tag?: string;
  /** 1-based line number. */
  line: number;
}

export interface UserDictionary {
  entries: UserEntry[];
  /** Lines that jieba would misread or that repeat a word, with 1-based line numbers. */
  problems: { line: number; message: string }[];
}

export function parseUserDictionary(text: string): UserDictionary {
  const entries: UserEntry[] = [];
  const problems: UserDictionary['problems'] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.length === 0) return;
    if (raw.startsWith('#')) {
      problems.push({ line, message: `jieba has no comments; this line would be read as a word: ${raw}` });
      return;
    }
    const cols = raw.split(' ');
    const [word, freq, tag] = cols;
    if (cols.length > 3 || cols.some((c) => c.length === 0) || /[\s\r]/u.test(raw.replace(/ /g, ''))) {
      problems.push({ line, message: `expected "词 频率 词性" separated by single spaces: ${JSON.stringify(raw)}` });
      return;
    }
    const entry: UserEntry = { word, line };
    if (cols.length === 3) {
      if (!/^[1-9][0-9]*$/.test(freq)) problems.push({ line, message: `frequency is not a positive integer: ${freq}` });
      entry.frequency = Number(freq);
      entry.tag = tag;
    } else {
      problems.push({ line, message: `no frequency (jieba would read "${freq ?? ''}" as the tag and use the median weight): ${word}` });
      if (cols.length === 2) entry.tag = freq;
    }
    if (entry.tag !== undefined && !/^[a-z]+$/.test(entry.tag)) problems.push({ line, message: `tag is not a jieba POS tag: ${entry.tag}` });
    const before = seen.get(word);
    if (before !== undefined) problems.push({ line, message: `${word} already on line ${before}` });
    else seen.set(word, line);
    entries.push(entry);
  });
  return { entries, problems };
}
