/**
 * The news-page frame around a transcript: publication lines, bylines, page tools and
 * editorial trailers. None of it is a speaker or a question; the layout reader puts
 * such lines in `outside`.
 *
 * Examples: "发布时间:2025-06-27 10:23 来源:曲靖人大 浏览次数:123", "记者 王某 通讯员 李某",
 * "【字体:大 中 小】 打印本页 关闭窗口", "(以上内容根据本次专题询问现场问答情况整理)",
 * "责任编辑:张某", a site's footer ("版权所有:… 网站标识码:… 鲁ICP备…号"), photo captions ("(图为…。摄影 吴某)")
 * and a WeChat article's furniture ("点击上方蓝字关注我们"). Matching runs on the normalized view (ASCII : ( ) , already folded);
 * spans are [start, end) UTF-16 offsets into the decoded text.
 */
import type { Span } from '../model/span.js';
import { isNotesHeading } from './reporter-notes.js';
import { gated } from '../source/gated.js';

/** 'print': a page number or a gazette's running header, which may stand between the turns of a question. */
/** 'script': a line in another script than Han and Latin (a bilingual page's Mongolian or Uyghur heading line: `withoutHan`). */
export type FrameKind = 'published' | 'field' | 'tools' | 'byline' | 'trailer' | 'nav' | 'caption' | 'print' | 'script';

/** Page navigation: "当前位置:首页 > 人大要闻 > 常委会工作", "上一篇:…", "相关新闻", "扫一扫在手机打开". */
const NAV = /^(?:当前位置|当前的位置|您当前的位置|您当前位置|您的位置|你的位置|您现在的位置|您所在的位置|所在位置|位置)\s*:|^(?:网站)?首页\s*(?:[>»›]|\/(?=\s*\p{sc=Han}))|^(?:上一篇|下一篇|相关新闻|相关阅读|推荐阅读|相关链接|友情链接|延伸阅读|扫一扫)|^(?:相关文章|相关报道|热点推荐|热门推荐|热点新闻|热门文章|推荐文章|精彩推荐|往期回顾|往期推荐)\s*(?:[:|]|$)/u;

/**
 * A WeChat (公众号) article's furniture: "点击上方蓝字关注我们", "原创 某某人大 2024-09-20 18:06 发表于贵州",
 * "阅读原文", "👇点击“阅读原文”了解更多" (a pointer emoji before it at most), "长按识别二维码", "扫码关注", "微信扫一扫关注该公众号",
 * "预览时标签不可点", "分享、点赞、在看，三连走起👇". The stamp is the line's only when nothing but a place follows it: run into the
 * lede ("原创 某某人大 2024-09-20 18:06 发表于贵州 9月19日上午，…召开联组会议…"), the line is the lede's (its date the post's: session-date.ts).
 */
const WECHAT = gated(['点击', '关注', '阅读原文', '二维码', '微信扫一扫', '预览时标签不可点', '分享', '点赞', '在看', '收藏', '转发', '原创', '发表于'], () => /^(?:\p{Extended_Pictographic}\s*)*(?:点击上方|点击蓝字|点击\s*[“"「]?阅读原文|关注我们|阅读原文|长按(?:识别)?(?:下方|上方|图中)?二维码|扫码关注|扫描(?:下方|上方)?二维码|微信扫一扫|预览时标签不可点|分享收藏点赞在看|(?:分享|点赞|在看|收藏|转发)(?:\s*[、,和]\s*(?:分享|点赞|在看|收藏|转发)){1,4}\s*[,，]?\s*(?:三连|四连|一键三连|支持一下|走起|安排)?)|^原创\s+\S.{0,40}\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[^。,;:?!]{0,12}$|发表于\S{1,8}$/u);
/**
 * A photo caption: in brackets "(图为州卫生健康局局长某某回答询问。摄影 吴某)", "(图为专题询问现场)", "(吴某 摄)"; or a
 * paragraph of its own opening on the picture: "图为区人大代表某某提问。", "上图:询问会现场。", "左图为…", "图片来源:…",
 * a newspaper's numbered one "图②:市住建局局长某某回答询问。 本报记者 某某 摄"; or its credit alone, "（图片来源：某区融媒体中心）",
 * "本报记者 某某 摄", "（2024年11月14日 记者 某某 摄）" (a space before 摄: the credit's, not a word's, 拍摄).
 */
const CAPTION = gated(['图', '摄'], () => /^[(【\[]\s*(?:图为|[上下左右]图为|图片为|图\s*[:/])[^()【】\[\]]*[)】\]]$|^(?:图为|[上下左右]图\s*(?:为|[:/])|[上下左右]?图片(?:为|来源\s*:)|图\s*(?:[①-⑳]|\d{1,2})?\s*[:/])|^[(【\[][^()【】\[\]]*(?:摄影|摄)\s*[:/]?\s*[\u4e00-\u9fff]{2,4}\s*[)】\]]$|^[(【\[]\s*[\u4e00-\u9fff]{2,4}\s*摄\s*[)】\]]$|^[(【\[]\s*(?:图片(?:来源|提供)|图源|摄影)\s*:[^()【】\[\]]{1,30}[)】\]]$|^[(【\[]?[^。?!()【】\[\]]{1,40}\s摄\s*[)】\]]?$/u);
/**
 * The arrow or bullet a WeChat post sets before a caption, pointing at the picture above or below it:
 * "▲图为区教育局局长某某回答询问", "▼ 图为询问现场", "△上图:…". The caption is read after it.
 */
const CAPTION_BULLET = /^[▲▼△▽◆◇●○■□★☆•▶►](?:\s|[▲▼△▽])*/u;
/**
 * A caption under an arrow pointing at its picture, without 图为: "▲会议现场", "▲旗人大常委会委员提问", "▲市民政局局长某某回答询问",
 * "▲副市长某某表态发言". Short, no punctuation inside, it closes on the act the picture shows (现场, 提问, 回答, 发言, 表态…),
 * maybe with its credit after it in brackets ("▲区民政局局长某某回答询问（图片来源：某区融媒体中心）", "（某某 摄）"):
 * a label after an arrow has its colon ("▲委员某:谢谢。"), a subhead asks or names a topic ("▲ 水价怎么定才合理").
 */
const ARROW_CAPTION = /^[▲▼△▽](?:\s|[▲▼△▽])*[^:,。;?!“”\n]{0,28}?(?:现场|提问|发问|追问|询问|回答(?:询问|问题|提问)?|答复|应询|作答|发言|表态(?:发言)?|讲话|主持(?:会议)?|合影)(?:\s*\(\s*(?:图片来源|来源|摄影|图片|图)\s*:[^()]{1,30}\)|\s*\([^()]{1,24}摄\))?$/u;

/**
 * Print furniture in text copied from a PDF: page numbers ("— 23 —", "- 23 -", "第23页") and a
 * gazette's running header ("某某省人民代表大会常务委员会公报        2024年第6号"), or its name alone on a line
 * ("某某省人民代表大会常务委员会公报": the publication, never the headline), and the issue number under
 * it on a line of its own ("2015年第5号", "第12期", "2024年第3期(总第215期)").
 */
const PRINT = /^[—–\-]\s*\d{1,4}\s*[—–\-]$|^第\s*\d{1,4}\s*页$|^(?:\d{4}\s*年\s*)?(?:总\s*)?第\s*\d{1,4}\s*[号期](?:\s*\(\s*总\s*第\s*\d{1,5}\s*[号期]\s*\))?$|(?:公报|简报|会刊)\s+\d{4}\s*年\s*第\s*\d{1,3}\s*[号期]$|^\p{sc=Han}{0,14}(?:人民代表大会常务委员会|人大常委会)(?:公报|简报|会刊)$/u;

/**
 * What every branch of PRINT needs: a dash opening the line, a 第, or a 报/刊 ending it. Most lines
 * have none, and are then told apart without compiling PRINT (costly for its \p{sc=Han}).
 */
function mayBePrint(s: string): boolean {
  return '—–-'.includes(s[0]) || s.includes('第') || s.endsWith('报') || s.endsWith('刊');
}

/**
 * An official document's imprint (版记) at its end: the issuing office and the date it was issued, maybe in brackets —
 * "（县人大常委会办公室  2012年8月24日印发）", "市人大常委会秘书处 2019年5月6日印发". Who printed the minutes, when: print
 * furniture, no words of the meeting (a sentence "…办公室于8月24日印发了纪要。" has words between).
 */
const IMPRINT = /^\(?\s*\p{sc=Han}{2,24}?(?:办公室|办公厅|秘书处|秘书科|研究室)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:印发|印|编印)\s*\)?$/u;

/**
 * Field names of a page's publication line, each followed by a colon — or by a bar, as a WeChat post sets its credits
 * ("文字｜张某  图片｜王某  编辑｜刘某", "摄影 | 李某"): who wrote, shot and edited the post, no speaker.
 */
const FIELD =
  /(?:发布时间|发布日期|发表时间|更新时间|时间|日期|地点|会议地点|来源|信息来源|文章来源|稿件来源|稿源|浏览次数|浏览量|阅读量|阅读次数|阅读数|点击数|点击量|点击率|访问量|作者|撰稿|撰文|供稿|文字|责任编辑|值班编辑|本期编辑|编辑|责编|主编|审核|审校|初审|复审|终审|一审|二审|三审|校对|监制|记录人|记录员|签发|核稿|出品|策划|统筹|排版|美编|摄影|图片|字号|字体|分享到|分享至|分享)\s*[:|｜丨]/u;
/** A bare publication date (and time) on a line of its own. */
const DATE_ONLY = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u;
/**
 * A post's stamp: the account (or site) name, then a date in figures and a clock time, nothing said
 * ("东湖区人大 2026-03-20 18:30", "某县人大 2024/5/9 09:12 江西"), or the date and time first and the paper or account
 * after them, named as a publisher is ("2023-08-30 17:45 云州日报", "… 澄溪发布"): the posting time, a frame date (the meeting's day is the body's, "8月29日,…").
 */
const POST_STAMP = /^[^。,;:?!、“”]{1,24}?\s+\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[^。,;:?!]{1,10})?$|^\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+[^。,;:?!、“”\d\s]{0,12}(?:报|网|台|刊|社|号|人大|发布|客户端|融媒|融媒体|新闻|在线|头条|资讯)$/u;
/**
 * A newspaper's print-edition note, in brackets, naming the paper and the issue's date:
 * "(2024年9月18日《临江日报》第1版)", "(原载《临江日报》2024年9月18日第3版)": the report's publication date.
 */
const PRINT_SOURCE = /^\(\s*(?:原载|载于|载|刊于|来源\s*:?|转载自|转自)?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*《[^《》()]{2,20}》|《[^《》()]{2,20}》\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:第\s*\d{1,3}\s*版|\d{1,3}\s*版)?\s*\)$/u;
/** Page tools: print, close, font size, share, previous/next links. */
const TOOLS =
  /^(?:[【\[(]?\s*(?:打印本页|打印正文|打印文章|打印此文|打印|关闭窗口|关闭本页|关闭|我要纠错|纠错|字体\s*:?\s*大\s*中\s*小|字号\s*:?\s*大\s*中\s*小|大\s*中\s*小|分享到|收藏|返回顶部|返回|上一篇|下一篇|扫一扫|默认|\s)*\s*[】\])]?\s*)+$/u;
/** A byline: 记者 王某 通讯员 李某 (names of 2–4 Han characters), alone or in parentheses. */
/** A Han character, as a plain class: \p{sc=Han} under the bounded repeats of the byline patterns costs ~3 ms to compile. */
const HAN = '[\\u3005\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]';
/**
 * Who the reporter writes for may lead the role: "本报", or the paper's or station's own name ("澄川晚报", "某某日报", "某县融媒体中心"),
 * and the reporter's kind ("全媒体记者", "融媒记者", "首席记者", "特约记者").
 */
const BYLINE_MEDIA = `(?:本报|本台|本网|${HAN}{1,10}?(?:报|台|网|社|融媒体中心|传媒中心|新闻中心))?`;
const BYLINE_PART = `${BYLINE_MEDIA}(?:特约|全媒体|融媒体|融媒|首席|见习)?(?:记者|通讯员|实习生|见习记者|文|图|摄)\\s*[/:]?\\s*${HAN}{2,4}`;
/** Inside a sentence only the unambiguous roles count: 记者/通讯员 followed by a name. */
const INLINE_BYLINE = `(?:本报|本台|本网)?(?:特约|见习)?(?:记者|通讯员|实习生)\\s*[/:]?\\s*${HAN}{2,3}(?=[\\s)】\\],、]|$)`;
const INLINE_BYLINES = new RegExp(INLINE_BYLINE, 'gu');
const BYLINE_LINE = new RegExp(`^[(【\\[]?\\s*${BYLINE_PART}(?:\\s*[、,]?\\s*(?:${BYLINE_PART}|${HAN}{2,4}))*\\s*[)】\\]]?$`, 'u');
/** An editorial note in parentheses: "(以上内容根据…整理)", "(根据录音整理)", "(本文有删节)". */
const TRAILER = /^[(【\[]\s*(?:[^()【】\[\]]*(?:整理|删节|供稿|报道|摘编|编辑)[^()【】\[\]]*|完|全文完|终)\s*[)】\]]$/u;

/** A post's end mark alone on its line: "— END —", "-THE END-", "END", "（完）" without brackets: "—完—". */
const END_MARK = /^[\s\-—–=~·.]*(?:THE\s+END|END|The\s+End|End|完|全文完)[\s\-—–=~·.]*$/u;

/** A site's footer: "版权所有:某某人大常委会办公室 网站标识码:3707000001 鲁ICP备12345678号", "技术支持:…". */
const FOOTER = /版权所有|主办单位\s*:|承办单位\s*:|协办单位\s*:|技术支持\s*:|网站标识码|ICP\s*备|公网安备|网站地图|联系我们|[Cc]opyright|COPYRIGHT|©/u;

/**
 * A site's or paper's contact line: a channel (电话, 热线, 传真, 邮编, 邮箱…, maybe who answers it: 联系电话, 报料热线, 举报电话) and its
 * number or address after a colon, "联系电话:0743-8223014 传真:0743-8223015", "报料热线:0760-88886666", "邮箱:rd@example.cn",
 * "地址:永新县禾川镇 电话:…" (a postal address, maybe with the contact fields after it: no sentence).
 */
const CONTACT = gated([['电话', '热线', '传真', '手机', '邮编', '邮政编码', '邮箱', '信箱', 'QQ', '微信号', '地址'], [':']], () => /^\p{sc=Han}{0,4}(?:电话|热线|传真|手机|邮编|邮政编码|邮箱|信箱|QQ|微信号)\s*:\s*[\dA-Za-z(+]|^\p{sc=Han}{0,2}地址\s*:\s*[^。?!]{2,80}$/u);
/**
 * Who runs the site: "主办:某某人民政府办公室", "承办单位:…", or the office with the verb after it, "某某人民政府办公室主办" (an office's
 * name, no 由: "本次询问由市人大常委会主办" tells of the meeting).
 */
const HOST = /^(?:主办|承办|协办|主管|运维)\s*(?:单位)?\s*:|^[^。,;:?!\s由]{1,28}?(?:办公室|办公厅|政府|常委会|委员会|中心|局|厅|委|社|网|站|集团|公司)(?:主办|承办|协办)(?:\s|$)/u;
/**
 * A copyright notice, a sentence of its own but nobody's speech: "【版权声明】本文为某某晚报原创,未经授权不得转载。",
 * "未经本网书面许可,不得转载、摘编。"
 */
const COPYRIGHT = /^[【\[]?\s*版权(?:声明|说明)|^[^。]{0,24}未经[^。,]{0,8}(?:授权|许可|同意)[^。]{0,6}(?:不得|禁止|严禁|谢绝)(?:转载|复制|摘编|使用)/u;
/**
 * A linked headline of a list of other pages (热点推荐, 相关文章, a sidebar with no heading): a bullet or a number maybe, the
 * headline, and its date in brackets at the end — "· 州人大常委会就全州乡村旅游发展开展专题询问（2019-11-21）",
 * "1. 副州长某某调研城乡供水工作（2020-09-11）", "市人大常委会就托育服务开展专题询问 委员追问“…”（2020年9月18日 第2版）".
 * Another page's title: no sentence of this one (a measure has no date in brackets at its end; a law's "（2019年11月21日通过）"
 * says what happened that day). With no bullet, no comma nor a document's 《》 before the date: "出台了《…办法》（2021年3月5日）" is speech.
 */
const LINKED_HEADLINE = /^(?:(?:[·•>▶►▪‣◆◇■□●○*\-]\s*|\d{1,2}\s*[.、]\s*)[^。;:?!()]{4,60}|[^。;:?!(),《》]{4,60})\(\s*(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s*第\s*\d{1,3}\s*版|\s+\d{1,2}:\d{2})?\s*\)$/u;
/** `line` (a trimmed line of the view) is a linked headline of a list of other pages, its date in brackets at its end. */
export function isLinkedHeadline(line: string): boolean {
  return line.endsWith(')') && LINKED_HEADLINE.test(line);
}
/** A bracketed chunk of a line of buttons: "【纠错】", "【责任编辑:某某】". */
const BRACKETED_CHUNK = /[【\[][^【】\[\]]{1,24}[】\]]/gu;

/**
 * A line of bracketed buttons and fields only, "【纠错】 【责任编辑:某某】", "【打印正文】【关闭】": each chunk a page tool or a
 * field of the frame. (A tag alone, "【追问】", heads a turn: no chunk of page tools.)
 */
function bracketedTools(s: string): boolean {
  if (s[0] !== '【' && s[0] !== '[') return false;
  const chunks = s.match(BRACKETED_CHUNK);
  if (!chunks || s.replace(BRACKETED_CHUNK, '').trim() !== '') return false;
  return chunks.every((c) => TOOLS.test(c) || (FIELD.test(c) && FIELD.exec(withoutBrackets(c))?.index === 0));
}

/** What kind of frame line `line` (a trimmed line of the view) is, or null when it carries content. */
export function frameKind(line: string): FrameKind | null {
  const s = line.trim();
  if (!s) return null;
  if (s.length > 120) return null;
  if (DATE_ONLY.test(s)) return 'published';
  if (mayBePrint(s) && PRINT.test(s)) return 'print';
  if (s.includes('印') && IMPRINT.test(s)) return 'print';
  if (NAV.test(s) || WECHAT.test(s)) return 'nav';
  if (POST_STAMP.test(s)) return 'published';
  if (s.includes('《') && PRINT_SOURCE.test(s)) return 'published';
  if (CAPTION.test(s) || (CAPTION_BULLET.test(s) && (CAPTION.test(s.replace(CAPTION_BULLET, '')) || ARROW_CAPTION.test(s)))) return 'caption';
  if (TOOLS.test(s) && /\p{sc=Han}/u.test(s)) return 'tools';
  if (isLinkedHeadline(s)) return 'nav';
  // (A two-character field name spaced out to the width of four, "审  核:邵某", "终  审:管某", is that field.)
  const bare = withoutBrackets(s).replace(/^(\p{sc=Han})[ \u3000]{1,4}(\p{sc=Han})(?=\s*:)/u, '$1$2'); // 【责任编辑:张某】
  const field = FIELD.exec(bare);
  // A field line starts with the field (or with a date), and is not a sentence of speech.
  if (field && (field.index === 0 || DATE_ONLY.test(bare.slice(0, field.index).trim())) && !/[。?!]$/u.test(bare)) {
    return /^(?:发布|发表|更新|时间|日期)/u.test(field[0]) ? 'published' : 'field';
  }
  if (bracketedTools(s)) return 'tools';
  if (TRAILER.test(s) || END_MARK.test(s)) return 'trailer';
  if (FOOTER.test(s) && !/[。?!]$/u.test(s)) return 'trailer';
  if (CONTACT.test(s) || HOST.test(s) || COPYRIGHT.test(s)) return 'trailer';
  // (A reporter's-notes heading, "记者手记", is no byline of a reporter named 手记: reporter-notes.ts.)
  if (BYLINE_LINE.test(s) && !isNotesHeading(s)) return 'byline';
  if (withoutHan(s) && !LATIN.test(s)) return 'script';
  return null;
}

/**
 * A line of letters with no Han character among them. A bilingual page sets the heading in the region's own script over
 * or under the Chinese one ("ᠠᠯᠠᠰᠢᠶ᠎ᠠ ᠠᠶᠢᠮᠠᠭ ᠤᠨ…" over "阿拉善盟人大常委会开展…专题询问", "ئىلى قازاق ئاپتونوم…" over
 * "伊犁州人大常委会…"; Tibetan, Yi and Korean alike): the record is read from the Chinese text, so a line in another
 * script is the page's (`frameKind` 'script'), never the title, a speaker or words of the exchanges. Latin letters are
 * left to the caller (a Zhuang or English heading over the Chinese one is the page's, build.ts; "END USER" in a
 * transcript is words).
 */
export function withoutHan(line: string): boolean {
  return LETTER.test(line) && !HAN_CHAR.test(line);
}
const LETTER = /\p{L}/u;
const LATIN = /\p{sc=Latin}/u;
const HAN_CHAR = new RegExp(HAN, 'u');

/** `s` without an opening bracket (and the space after it) and a closing one (and the space before it). */
function withoutBrackets(s: string): string {
  // (The replacements only when the ends are brackets: the closing pattern is tried at every offset.)
  const open = s.charCodeAt(0);
  const opened = open === 0x3010 || open === 0x5b || open === 0x28 ? s.replace(/^[【\[(]\s*/u, '') : s; // 【 [ (
  const close = opened.charCodeAt(opened.length - 1);
  return close === 0x3011 || close === 0x5d || close === 0x29 ? opened.replace(/\s*[】\])]$/u, '') : opened; // 】 ] )
}

/** Inline bylines inside a content line ("本报讯(记者 王某 通讯员 李某)近日…"): spans to keep out of speaker search. */
export function bylineSpans(view: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  // Every inline byline names 记者, 通讯员 or 实习生: most lines have none of 记, 通, 实 (a
  // walk over the line costs less than a regex scan, or a search call, per line).
  let i = start;
  for (; i < end; i++) {
    const c = view.charCodeAt(i);
    if (c === 0x8bb0 || c === 0x901a || c === 0x5b9e) break; // 记 通 实
  }
  if (i === end) return out;
  const slice = view.slice(start, end);
  const re = INLINE_BYLINES;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push([start + m.index, start + m.index + m[0].length]);
  return out;
}

/**
 * A report's closing dateline in brackets: a full date in figures, alone or beside its reporter or its source —
 * "（2024年1月16日　记者　肖文）", "（2023年9月27日）", "（邵阳日报　2024-01-16）", "（记者 肖文 2024年1月16日）". Only as the
 * text's last content line (`trailingDateline`): the day the report was written, after the meeting — a page's date, whose
 * year a lede's "1月15日" takes; no words of the last speaker. (A bracketed date above the exchanges heads the record:
 * "（2025年6月24日）" under the headline is the meeting's own line, read with the introduction.)
 */
const DATELINE_PART = '[^\\d()【】\\[\\]。,;:?!“”]{1,30}';
const DATELINE = new RegExp(`^[(【\\[]\\s*(?:${DATELINE_PART}?\\s)?\\s*(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s+${DATELINE_PART})?\\s*[)】\\]]$`, 'u');

/** `line` (a line of the view) is a closing dateline in brackets, the date beside a byline or a source at most. */
export function isDateline(line: string): boolean {
  return DATELINE.test(line.trim());
}

/**
 * The index in `lines` (the content lines of the view, in reading order) of a closing dateline: the last line that is no
 * page frame, when it is one (`isDateline`); else -1.
 */
export function trailingDateline(lines: readonly string[]): number {
  let k = lines.length - 1;
  while (k > 0 && frameKind(lines[k]) !== null) k--;
  return k > 0 && isDateline(lines[k]) ? k : -1;
}

/** The ISO date of a publication line ("发布时间:2025-06-27 10:23" → "2025-06-27"), with its span, or null. */
export function frameDate(view: string, line: Span): { iso: string; span: Span } | null {
  const s = view.slice(line[0], line[1]);
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?/u.exec(s);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return { iso, span: [line[0] + m.index, line[0] + m.index + m[0].length] };
}
