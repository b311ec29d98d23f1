/**
 * `inquiry segment FILE [--tag] [--format text|json]`: the tokens jieba gives, with spans.
 *
 * Example: `inquiry segment seeds/qujing-2025-safety-rule-of-law.txt --tag` prints
 * "市/n 人大常委会/nt 副主任/n 缪应虎/nr …", one output line per input line; `--format json`
 * prints `{source, anchored, tokens: [{text, span, tag}]}` with spans as `[start, end)` in
 * UTF-16 code units of the decoded text. As in `parse`, the normalized view is segmented
 * (雲港市人大常委會 is cut like 云港市人大常委会) and the names the parser finds are added to
 * the dictionary first, so 缪应虎 comes out whole; the words are printed as written. A hard-wrapped
 * PDF copy is cut with its wraps joined, as `parse` reads it: "防\n范" is one token (its text the slice
 * with the break), printed in its two parts, one on each line. The input is read as `parse` reads it
 * (job.ts): an HTML page as its text, `--encoding` and `--max-size` with parse's meaning, and a bad
 * input is one line ("inquiry: page.htm: the file is 31 MB, over the --max-size of 20 MB"), exit 2.
 */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { EXIT, type CliIO } from '../io.js';
import { describeFsError } from '../errors.js';
import { loadText, type JobInput } from '../job.js';
import { encodingOption, maxSizeOption, parseSize } from '../options.js';
import { normalize, toJson, type Token } from '../../index.js';
import type { EncodingName } from '../../source/decode.js';
import { defaultSegmenter } from '../../segment/jieba.js';
import { buildStructure } from '../../structure/build.js';
import { findWraps } from '../../source/reflow.js';
import { joinWraps } from '../../source/joined.js';
import { forTerminalLine } from '../../format/terminal.js';

const FORMATS = ['text', 'json'] as const;

interface Flags {
  tag?: boolean;
  format: (typeof FORMATS)[number];
  encoding?: EncodingName;
  maxSize: string;
}

export function registerSegment(program: Command, io: CliIO, setExit: (code: number) => void = () => {}): void {
  program
    .command('segment')
    .description('print the words of a transcript as jieba cuts them (with the dictionaries in dict/)')
    .argument('<file>', 'a transcript, or - for standard input')
    .option('-t, --tag', 'add part-of-speech tags (jieba\'s ICTCLAS-style: n, v, nr, nt, m …)')
    .addOption(new Option('-f, --format <format>', 'text: one output line per input line, words separated by " / " (word/tag with --tag); json: tokens with spans').choices(FORMATS).default('text'))
    // parse's options (options.ts): a hint such as "try --encoding utf-16le" holds here too.
    .addOption(encodingOption())
    .addOption(maxSizeOption())
    .action(async (file: string, flags: Flags) => {
      const maxSize = parseSize(flags.maxSize);
      let input: JobInput;
      if (file !== '-' || !io.stdin) input = { name: file, path: resolve(io.cwd ?? process.cwd(), file) };
      else {
        try {
          // No further than one byte past --max-size: `yes | inquiry segment -` ends.
          input = { name: '-', path: null, bytes: await io.stdin(maxSize + 1) };
        } catch (error) {
          input = { name: '-', path: null, unreadable: `cannot read standard input: ${describeFsError(error)}` };
        }
      }
      const loaded = loadText(input, { encoding: flags.encoding, maxSize });
      if (!loaded.ok) {
        io.stderr.write(`inquiry: ${forTerminalLine(file)}: ${forTerminalLine(loaded.problem)}\n`);
        setExit(EXIT.USAGE);
        return;
      }
      const text = loaded.text;
      // A hard-wrapped PDF copy is read with its wraps joined, as `parse` reads it (a word or a name
      // broken over two lines is one token); the spans are mapped back, the tokens still tiling the text.
      const cuts = findWraps(text);
      const { joined, map } = joinWraps(text, cuts);
      const view = normalize(joined);
      const names = buildStructure({ text: joined, view }).people.flatMap((p) => (p.name ? [p.name] : []));
      const segmenter = defaultSegmenter().withWords(names);
      // Segment the normalized view (same length: Simplified, widths folded), which jieba's
      // dictionary reads far better, and show the words as written.
      const { tokens, anchored } = segmenter.segment!(view, !!flags.tag);
      for (const t of tokens) {
        if (cuts.length) t.span = map.tiling(t.span);
        t.text = text.slice(t.span[0], t.span[1]);
      }
      if (!anchored) io.stderr.write(`inquiry: ${forTerminalLine(file)}: warning segment-anchor-failed: jieba's words could not be lined up with the text; one token per character\n`);
      io.stdout.write(flags.format === 'json'
        ? toJson({ source: { name: file, length: text.length }, anchored, tokens })
        : asText(tokens, !!flags.tag));
    });
}

/** One output line per input line; white space between words is not printed (a word broken over two lines of a PDF copy is printed in its two parts). */
function asText(tokens: readonly Token[], tagged: boolean): string {
  const lines: string[] = [];
  let words: string[] = [];
  for (const t of tokens) {
    const parts = t.text.split(/\r\n|\r|\n/);
    parts.forEach((part, k) => {
      if (k > 0) { lines.push(words.join(tagged ? ' ' : ' / ')); words = []; }
      if (part.trim()) words.push(forTerminalLine(tagged ? `${part.trim()}/${t.tag ?? 'x'}` : part.trim()));
    });
  }
  if (words.length) lines.push(words.join(tagged ? ' ' : ' / '));
  return lines.map((l) => l + '\n').join('');
}
