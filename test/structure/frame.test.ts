import { describe, expect, it } from 'vitest';
import { frameKind, bylineSpans, frameDate, isDateline, trailingDateline, withoutHan } from '../../src/structure/frame.js';
import { normalize } from '../../src/source/normalize.js';

describe('[frame] lines', () => {
  it.each([
    ['发布时间:2025-06-27 10:23 来源:曲靖人大 浏览次数:123', 'published'],
    ['发布时间：2025-06-27　来源：市人大常委会办公室', 'published'],
    ['当前位置：首页 > 人大要闻 > 常委会工作', 'nav'],
    ['您当前的位置：首页 > 人大要闻', 'nav'],
    ['您所在的位置：首页 > 监督工作 > 正文', 'nav'],
    ['网站首页 > 监督工作 > 正文', 'nav'],
    ['首页 / 人大要闻 / 正文', 'nav'],
    ['2025-06-27 10:23', 'published'],
    // a post's stamp: account name, date in figures, clock time
    ['东峰县人大 2024-03-20 18:30', 'published'],
    ['西岭区人大 2024/5/9 09:12 江西', 'published'],
    // …or the date and time first, the paper or account after them
    ['2023-08-30 17:45　云州日报', 'published'],
    ['2024.05.09 09:12 澄溪发布', 'published'],
    ['2023-08-29 09:00 市人大常委会召开联组会议', null], // no publisher after the time: words
    ['2023-08-30 17:45，委员们来到现场', null],
    // a newspaper's print-edition note: the paper and the date, in brackets
    ['（2024年9月18日《临江日报》第1版）', 'published'],
    ['（原载《临江日报》2024年9月18日第3版）', 'published'],
    ['(来源：《临江日报》2024年9月18日)', 'published'],
    ['（《临江日报》评论员文章）', null],
    ['来源:曲靖日报', 'field'],
    ['浏览次数:1024', 'field'],
    ['阅读量:3000', 'field'],
    ['作者:王某', 'field'],
    ['责任编辑:张某某', 'field'],
    ['记者 王某 通讯员 李某', 'byline'],
    ['(记者 王小明)', 'byline'],
    // a reporter's-notes heading is no byline of a reporter named 手记 (reporter-notes.ts)
    ['记者手记', null],
    ['【记者札记】', null],
    ['图②所示的三项指标都在上升。', null],
    ['审  议：委员们认为', null],
    ['分享经验、点赞先进是我们的做法。', null],
    ['【字体:大 中 小】', 'tools'],
    ['打印本页 关闭窗口', 'tools'],
    ['【打印】【关闭】', 'tools'],
    ['(以上内容根据本次专题询问现场问答情况整理)', 'trailer'],
    ['（根据现场录音整理）', 'trailer'],
    ['(完)', 'trailer'],
    ['上一篇：市人大常委会召开党组会议', 'nav'],
    ['扫一扫在手机打开当前页', 'nav'],
    // (f23j) a WeChat post's last line, a pointer emoji before it; minutes' back matter fields
    ['👇点击“阅读原文”了解更多', 'nav'],
    ['记录人：古丽娜', 'field'],
    ['签发：王某某', 'field'],
    ['点击数字查看更多', null],
    ['【责任编辑:张某】', 'field'],
    ['版权所有：青州市人大常委会办公室　网站标识码：3707000001　鲁ICP备12345678号', 'trailer'],
    ['主办单位：某某市人大常委会办公室　技术支持：某某网络公司', 'trailer'],
    ['Copyright © 2024 某某人大网 All Rights Reserved', 'trailer'],
    ['点击上方蓝字关注我们', 'nav'],
    ['原创　黔岭州人大　2024-09-20 18:06　发表于贵州', 'nav'],
    ['原创 融水人大 2024-05-30 18:02 广西', 'nav'],
    // the stamp run into the lede: the line is the lede's (t64 p05)
    ['原创 崇川人大 2023-11-16 18:30 发表于江苏 11月15日上午，崇川区人大常委会召开联组会议，就托育服务开展专题询问。', null],
    ['（图为州卫生健康局局长潘某某回答询问。摄影　吴某）', 'caption'],
    ['（图为专题询问现场）', 'caption'],
    ['（吴某　摄）', 'caption'],
    // a caption as a paragraph of its own, not in brackets
    ['图为市人大代表祁某某提问。', 'caption'],
    ['图为专题询问会现场', 'caption'],
    ['上图：市水务局局长鲍某某回答询问。', 'caption'],
    ['左图为联组会议现场，右图为委员提问。', 'caption'],
    // a WeChat post's arrow or bullet pointing at the picture
    ['▲图为县水务局局长彭某某回答询问', 'caption'],
    // …or, with no 图为, a short line closing on the act the picture shows
    ['▲会议现场', 'caption'],
    ['▲旗人大常委会委员提问', 'caption'],
    ['▲市民政局局长马建华回答询问', 'caption'],
    ['▲副市长普文涛表态发言', 'caption'],
    ['▲ 专题询问现场', 'caption'],
    ['▼ 图为联组会议现场。', 'caption'],
    ['△上图：委员们认真听取回答', 'caption'],
    ['图：询问会现场（记者 吴某 摄）', 'caption'],
    // a newspaper's numbered photo captions
    ['图①：专题询问现场。 本报记者 曹某某 摄', 'caption'],
    ['图2：市住建局局长符某某回答询问。', 'caption'],
    // a field name spaced out to four characters' width, a post's call to share (t44)
    ['审  核：邵某某', 'field'],
    ['终  审：管某某', 'field'],
    ['分享、点赞、在看，三连走起👇', 'nav'],
    ['图片来源：某某区融媒体中心', 'caption'],
    ['— 23 —', 'print'],
    ['第12页', 'print'],
    ['岳川省人民代表大会常务委员会公报                    2024年第6号', 'print'],
    ['青峰省人民代表大会常务委员会公报', 'print'],
    ['鹭洲市人大常委会会刊', 'print'],
    // the issue number under a masthead, on a line of its own
    ['2015年第5号', 'print'],
    ['2024年第3期（总第215期）', 'print'],
    ['第12期', 'print'],
    // an official document's imprint (版记): the issuing office and the date it was issued
    ['（鹿鸣县人大常委会办公室  2016年3月9日印发）', 'print'],
    ['市人大常委会秘书处 2019年5月6日印发', 'print'],
    ['(县人大常委会办公厅 2021年11月2日印)', 'print'],
    ['县人大常委会办公室于2016年3月9日印发了会议纪要。', null],
    // a WeChat post's tail: QR captions (their leading emoji blanked in the view) and credits
    ['📷 长按识别二维码 关注我们', 'nav'],
    ['扫码关注“某县人大”公众号', 'nav'],
    ['扫描下方二维码，了解更多', 'nav'],
    ['监制：韦东', 'field'],
    ['值班编辑：甘露', 'field'],
    ['编辑：甘露  审核：黎明  监制：韦东', 'field'],
    ['策划：黎明　排版：甘露', 'field'],
    // a WeChat post's credits set off by bars, full-width or ASCII (t68 p05)
    ['文字｜张蕾  图片｜王鹏  编辑｜刘婷', 'field'],
    ['文字｜张蕾  编辑｜刘婷', 'field'],
    ['文字 | 张蕾  摄影 | 王鹏', 'field'],
    ['责编｜刘婷  审核｜张蕾', 'field'],
    ['来源丨某县融媒体中心', 'field'],
    ['文字：张蕾', 'field'],
    // a post's end mark
    ['— END —', 'trailer'],
    ['-THE END-', 'trailer'],
    ['—完—', 'trailer'],
  ])('%s → %s', (line, kind) => {
    expect(frameKind(normalize(line))).toBe(kind);
  });
  it.each([
    ['问题一:“一府两院”将采取哪些措施?'],
    ['近日,曲靖市六届人大常委会第二十九次会议举行联组会议。'],
    ['市政府副市长海建才表示,来源于群众的意见要认真办理。'],
    ['时间紧、任务重,我们将加快推进。'],
    ['王某某委员问:如何提升?'],
    ['我们将联系我们的社区网格员，做到版权所有人的权益得到保护。'],
    ['（这个问题请州卫生健康局回答）'],
    ['点名要求相关部门在两个月内整改到位。'],
    ['— 我们将加快推进 —'],
    ['省人大常委会公报刊登了2024年第6号决定。'],
    ['关于青峰省人民代表大会常务委员会公报的编辑情况'],
    ['完善制度'], ['END USER'],
    ['第一期工程已经完工。'], ['第5号台风过境'], ['2024年第3季度'],
    ['图书馆建设进展如何？'], ['下图所示的三个片区将率先改造。'], ['试图为企业减负的做法值得肯定。'],
    ['会议定于 2024-03-20 09:30 召开。'],
    // a bar not after a field name, a field word inside a sentence (t68 p05 near-misses)
    ['问题一｜教育'], ['文字材料要在会前印发。'], ['编辑｜刘婷审核后发布了文章。'], ['张蕾｜文字'],
  ])('content, not frame: %s', (line) => {
    expect(frameKind(normalize(line))).toBeNull();
  });
});

describe('[frame] inline bylines and dates', () => {
  it('finds the byline inside a news lead', () => {
    const text = '本报讯(记者 王某 通讯员 李小某)近日,市人大常委会…';
    const view = normalize(text);
    expect(bylineSpans(view, 0, view.length).map(([s, e]) => text.slice(s, e))).toEqual(['记者 王某', '通讯员 李小某']);
  });
  it.each([
    ['发布时间:2025-06-27 10:23', '2025-06-27', '2025-06-27'],
    ['发布日期：2024年5月8日', '2024-05-08', '2024年5月8日'],
  ])('%s', (line, iso, surface) => {
    const view = normalize(line);
    const d = frameDate(view, [0, view.length]);
    expect(d?.iso).toBe(iso);
    expect(line.slice(d!.span[0], d!.span[1])).toBe(surface);
  });
});

describe('[frame] arrow lines that are no caption', () => {
  it.each([
    ['▲ 水价怎么定才合理'], // a subhead: a topic, no act shown
    ['▲委员钱某：谢谢。'], // a label: its colon
    ['▲县人大常委会委员 潘某：'],
    ['▲聚焦养老服务'],
    ['■市民政局局长马建华回答询问'], // a square is a subhead's mark, not an arrow at a picture
    ['▲市民政局局长马建华回答询问，表示将加快建设。'], // a sentence
  ])('%s → null', (line) => {
    expect(frameKind(normalize(line))).toBeNull();
  });
});

describe('[frame] a closing dateline in brackets', () => {
  it.each<[string, boolean]>([
    ['（2024年1月16日　记者　肖文）', true],
    ['（2023年9月27日）', true],
    ['（记者 肖文 2024年1月16日）', true],
    ['（邵阳日报　2024-01-16）', true],
    ['（2025年7月29日 河西日报记者 马晓军）', true],
    ['【2023年9月27日】', true],
    // no full date in figures, words glued to it, a sentence, a clock time: not a dateline
    ['（1月16日　记者　肖文）', false],
    ['（二〇二四年一月十六日）', false],
    ['（2024年1月16日上午）', false],
    ['（截至2024年1月16日，已整改17个。）', false],
    ['（2024年1月16日 09:30）', false],
    ['2024年1月16日　记者　肖文', false],
  ])('%s → %s', (line, is) => {
    expect(isDateline(normalize(line))).toBe(is);
  });
  it('is read only as the last content line, page frame after it allowed', () => {
    const lines = ['某市人大常委会开展专题询问', '（2024年1月15日）', '唐某表示，市政府将认真吸纳代表意见。', '（2024年1月16日　记者　肖文）', '责任编辑:张某'].map(normalize);
    expect(trailingDateline(lines)).toBe(3);
    expect(trailingDateline(lines.slice(0, 3))).toBe(-1); // the dateline under the headline heads the record
  });
});

describe('[frame] furniture known by its shape (t53)', () => {
  it.each<[string, string]>([
    ['【打印正文】', 'tools'],
    ['打印正文', 'tools'],
    ['【纠错】 【责任编辑：汤某某】', 'tools'],
    ['【打印正文】【关闭】', 'tools'],
    ['（澄川晚报全媒体记者 邢某某）', 'byline'],
    ['（某县融媒体中心记者 王某 通讯员 李某）', 'byline'],
    ['云溪州人民政府办公室主办', 'trailer'],
    ['主办：云溪州人民政府办公室', 'trailer'],
    ['云溪州人民政府办公室主办  联系电话：0743-8223014  传真：0743-8223015', 'trailer'],
    ['联系电话：0743-8223014', 'trailer'],
    ['传真：0743-8223015', 'trailer'],
    ['报料热线：0760-88886666', 'trailer'],
    // A site's footer and share bar (t71 #5: each had ended the page inside the last question and cost the closing).
    ['地址：永新县禾川镇', 'trailer'],
    ['通讯地址：永新县禾川镇 电话：0796-7712345', 'trailer'],
    ['分享到：微信 微博', 'field'],
    ['友情链接：全国人大网 江西人大新闻网 吉安人大', 'nav'],
    ['【版权声明】本文为澄川晚报原创，未经授权不得转载。', 'trailer'],
    ['· 州人大常委会就全州乡村旅游发展开展专题询问（2019-11-21）', 'nav'],
    ['1. 副州长某某调研城乡供水工作（2020-09-11）', 'nav'],
    ['市人大常委会就托育服务开展专题询问 委员追问“托位缺口怎么补”（2020年9月18日 第2版）', 'nav'],
    ['热点推荐', 'nav'],
    ['相关文章', 'nav'],
    ['▲ 区民政局局长某某回答询问（图片来源：瓯江区融媒体中心）', 'caption'],
    ['▲ 区人大代表某某提问（王某 摄）', 'caption'],
    ['（图片来源：瓯江区融媒体中心）', 'caption'],
    ['本报记者 卢某某 摄', 'caption'],
    ['（2024年11月14日 记者 邢某某 摄）', 'caption'],
  ])('%s is %s', (line, kind) => {
    expect(frameKind(normalize(line))).toBe(kind);
  });

  it.each([
    ['【追问】'], // a tag heading a turn: furniture-lines.ts
    ['【延伸阅读】'],
    ['· 加强对配餐企业的监管，实行风险分级管理；'], // a measure under a bullet
    ['· 推行学校负责人陪餐制度（2019年11月21日通过）'], // what happened that day, no linked headline
    ['根据《某某条例》（2019年11月21日），我们开展了检查。'],
    ['电话打不通的问题，我们正在解决。'],
    ['热线电话12345的接通率只有68%，怎么提高？'],
    ['这项活动由市妇联主办，请问效果如何？'],
    ['本次专题询问由市人大常委会主办'],
    ['我们出台了《农村生活垃圾治理办法》（2021年3月5日）'],
    ['▲ 区民政局局长某某回答询问时说，今年新增18个助餐点。'],
    ['区住建局局长某某答：图为去年的数据，今年已改造完成。'], // 图为 inside a sentence of speech
    ['我们已在全部路口安装摄像头并拍摄'],
    ['地址：在哪里建，我们还在论证。'], // a sentence of speech, not a postal address
    ['地址选在城东，交通方便。'],
  ])('%s is none', (line) => {
    expect(frameKind(normalize(line))).toBeNull();
  });
});

describe('[frame] a heading line in another script (t72 p03, p18)', () => {
  it.each<[string, string, string | null, boolean]>([
    ['Mongolian script', 'ᠠᠯᠠᠰᠢᠶ᠎ᠠ ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠠᠷᠠᠳ ᠤᠨ ᠲᠥᠯᠥᠭᠡᠯᠡᠭᠴᠢ ᠶᠢᠨ ᠬᠤᠷᠠᠯ', 'script', true],
    ['Uyghur (Arabic script)', 'ئىلى قازاق ئاپتونوم ئوبلاستلىق خەلق قۇرۇلتىيى دائىمىي كومىتېتى', 'script', true],
    ['Tibetan', 'དཀར་མཛེས་བོད་རིགས་རང་སྐྱོང་ཁུལ།', 'script', true],
    ['Korean', '연변조선족자치주 인민대표대회 상무위원회', 'script', true],
    ['Latin letters: left to the caller (a Zhuang heading, or words)', 'Gvangjsih Bouxcuengh Swcigih', null, true],
    ['END USER: words', 'END USER', null, true],
    ['Chinese with a word in another script: content', '阿拉善盟人大常委会（ᠠᠯᠠᠰᠢᠶ᠎ᠠ）开展专题询问', null, false],
    ['figures only: no letters', '2019-08-30', 'published', false],
  ])('%s', (_name, line, kind, foreign) => {
    expect(frameKind(normalize(line))).toBe(kind);
    expect(withoutHan(normalize(line))).toBe(foreign);
  });
});
