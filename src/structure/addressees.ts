/**
 * Addressees: the organizations a question is put to, as written.
 *
 * A quoted set names institutions (“一府两院”), not a slogan (“一网通办”如何推进).
 * Examples: "向市市场监管局询问四方面问题" → 市市场监管局; "询问市检察院如何…" → 市检察院;
 * "向“一府两院”询问" → 一府两院; "询问省教育厅和省科学技术厅," → both; "问题三:市检察院要如何…"
 * → 市检察院; "市政府有什么支持措施?" → 市政府; "盟财政局对补奖资金发放有什么安排?" → 盟财政局, "市住建局对停车设施建设有什么计划?"
 * → 市住建局 (X对/在/就…有什么). An abbreviated office keeps its 办/编办: "请问市委编办," →
 * 市委编办, "请问县政府办," → 县政府办 (not 市委 + 编办, not 县政府; 办 the verb before its object's count is none: "群众办个证还要
 * 两头跑" names no 群众办). A question put to an office: "我的问题提给市水务局" /
 * "问题是提给市水务局的" → 市水务局 (问 inside the noun 问题 is no verb).
 * A national ministry is X部 with no level prefix: "请问国家发展改革委和财政部," → both; not 全部/内部/干部/
 * 部分/部门 ("请问各部门如何…" names no ministry). National bodies also end in 署, 银行 and 监会:
 * "请问海关总署和国家统计局," → both; "请问中国证监会、中国人民银行," → both (a 和/、/及 before
 * 国家/中国/国务院/最高/… opens the next body; 住房和城乡建设部 stays one). The supreme court and procuratorate by their short
 * forms too: "请问最高法," → 最高法, "最高检如何加强…?" → 最高检. The official named right after the office
 * does not hide it: "请问市中院许院长," / "请问市财政局局长王明," → 市中院 / 市财政局; nor 等部门, 共同回答, 以及 (two
 * offices). A group company, a customs house and a zone's management committee are bodies too: "请问城投集团和供电公司," /
 * "请问高新区管委会、某某海关," → both (管委会 whole, not 管委); members read after one that is not are kept ("请问市城投和
 * 市财政局," → 市财政局). Who runs a school or a home is no office: 公办/民办/私办/官办 (公办园占比能否达到要求? → none).
 * Matching runs on the view; spans are
 * [start, end) UTF-16 offsets into the decoded text.
 */
import type { Span } from '../model/span.js';
import { HAN, hanExcept } from '../source/han-class.js';
import { POSTS } from '../model/posts.js';
import { quoteMask } from '../extract/quotes.js';
import { organizationsTagged } from './lexicon.js';
import { Gated, gated } from '../source/gated.js';

/**
 * Institution words of the grass roots: a sub-district (长桥街道, 长桥街道办事处, 街道办) and a
 * residents' or villagers' committee (长桥社区居委会, 东村村委会).
 */
const LOCAL = '街道(?:办事处|办)?|办事处|[居村]委会';
/**
 * A bureau named by its field without 局, as members say it ("请问区财政,", "请问市公安,"): only right
 * after a level word and right before a comma, a colon or the next listed office (区财政和区民政局; not 区财政资金, not 市自然资源和规划局).
 */
const SHORT_BUREAU = '(?:省|市|县|区|州|盟|旗)(?:财政|民政|公安|教育|卫健|人社|住建|交通|交通运输|水利|水务|农业农村|农业|林业|自然资源|生态环境|环保|医保|审计|税务|城管|应急|商务|文旅|统计|司法|市场监管)(?=\\s*(?:[,:、]|[和及与]\\s*[省市县区州盟旗]|$))';
/**
 * The short forms of the supreme court and procuratorate, as members and reporters say them ("请问最高法,", "最高检如何加强…"):
 * no institution word ends them. Not 最高法院 (read whole, ending in 院), 最高法律 or 最高检测值.
 */
const SUPREME_SHORT = '最高[法检](?![院律规令官测验查])';
/**
 * The mass organisations (群团) of dict/organizations.utf8, tag mass, longest first: offices a question is put to, as a
 * bureau is ("请问州妇联,", "请问县残联和县民政局,", "请问市总工会、团市委,"), though no institution word ends them. Taken from
 * the loaded lexicon (lexicon.ts), which the speaker readers build anyway: the file is read once.
 */
const MASS = organizationsTagged('mass').sort((a, b) => b.length - a.length).join('|');
/**
 * A character of a name before its institution word: an ideograph, but not a 和/及/与 that opens the next
 * national body of a list (海关总署和国家统计局: two; 住房和城乡建设部, 中华人民共和国海关总署: one), nor one before a
 * Youth League committee, whose level word follows 团 (州妇联和团州委: two).
 */
const BODY = `(?:(?![和及与](?:国家|中国|国务院|最高|中央|全国|(?:[省市县区州盟旗](?![场域级]))|团[省市县区州盟旗]委))${hanExcept('问向请的')})`;
/**
 * A group company and its legal forms (城投集团, 市能源集团公司, 市水务集团有限公司), read whole: not a way of working
 * (集团化办学) nor an army (集团军).
 */
const GROUP = '集团(?:(?:股份)?有限公司|公司)?(?![化军])';
/**
 * A state institution headed by its suffix + 长 (台长, 馆长, 校长, 园长): a broadcaster or an observatory (市广播电视台, 县广播
 * 电台, 市气象台, 省地震台), a library, a museum or an archive (区图书馆, 市档案馆), a school or a kindergarten named by its
 * level and its number or as the level's model school (市第一中学, 县实验小学, 区第二幼儿园). Not a 台 of a platform, a stage
 * or a verb (平台, 舞台, 出台, 后台: only a broadcaster's or an observatory's 台 is a unit, and 电台 only after a name), not
 * a 馆 one lodges or eats in (宾馆, 旅馆, 餐馆), not schools a question is about (新建学校, 农村幼儿园, 乡村小规模学校,
 * 个别学校, 各学校, 全市中小学: a kind of school, no school's name).
 */
const STATE_UNIT = '(?:(?<=[视播象文震测]|[\u4e00-\u9fff](?<![问向请的])电)台|(?<![宾旅餐饭茶酒会场])馆|(?<=[省市县区州盟旗](?:第[一二三四五六七八九十]{1,3}|实验))(?:中学|小学|幼儿园))';
/**
 * A bureau named right after its prefecture, as one office: "行署农牧局", "行署水利局" (a prefecture's 行署 names its
 * bureaus so). 署 ends no office when up to six characters of a name and 局/厅/委 follow (not across 和/及/与 of a list,
 * the 的/对/就/在/将/要 of the question, nor 全局/大局/格局): "行署将如何…", "海关总署和国家统计局" stay as they were.
 * (Not after 政府: "市政府督促住建局…" puts a verb between, and a city's bureaus are named 市X局, not 市政府X局.)
 */
const BUREAU_AHEAD = '(?:(?![和及与的对就在将要是能有如怎各等问向请])[\\u4e00-\\u9fff]){1,6}?(?:(?<![布格结大全开当时终])局|厅|委)';
/**
 * 所 ending an institution's name: a field or a specialising noun before it, often after a place (龙山派出所, 城关司法所,
 * 县财政所, 市农科所, 省水利研究所, 律师事务所, 镇卫生所, 供电所, 诊所). Not the common nouns in which 所 is a place one uses
 * (厕所, 场所, 住所, 处所, 居所, 寓所, 会所, 哨所, 招待所, 避难所, 庇护所): "农村厕所还有哪些短板?" asks about toilets, put
 * to no office, and so does "公共场所如何管理?".
 */
const INSTITUTE = '(?<![厕场住处居寓会哨]|招待|避难|庇护)所';
/**
 * A department named by its field, as members say it of the offices of one trade ("市场监管部门怎么监管?", "卫健部门如何推动?",
 * "税务部门在…有哪些新举措?"): 部门 after the field's name. Not every office or an unnamed one (各部门, 有关部门, 相关部门,
 * 职能部门, 主管部门, 政府部门, 其他部门, 哪个部门, 基层部门, 县直部门, 牵头部门), nor one named by a function alone (监管部门,
 * 执法部门, 管理部门 — but 市场监管部门, 城市管理部门 name their field): those name no office that could answer.
 */
const FIELD_DEPARTMENT = '(?<![各该本他些个等级层直])(?<!有关|相关|职能|主管|责任|业务|政府|所有|专门|行业|哪个|单位|牵头|配合|涉及|成员|对口|归口|下属|同级)(?<!(?<![\\u4e00-\\u9fff])(?:监管|执法|管理|行政|审批|监督))部门';
/**
 * 站 ending an institution's name: a station of an office, its function or its field before 站 (市农技推广站, 县水文站,
 * 镇供水站, 乡镇林业工作站, 区救助管理站, 县环境监测站, 县畜牧兽医站, 镇农业综合服务站, 市中心血站). Not the places a
 * question is about, where 站 is a stop, a site or a plant (养老驿站, 车站, 公交站, 加油站, 充电站, 网站, 基站, 泵站, 中转站):
 * "沿线乡镇养老驿站覆盖不够怎么办?" asks about the stations, put to no office. A station called on by its name, a comma or
 * its head's post right after it, is asked all the same: "请问雁门站,春运期间…怎么解决?" (a railway station, a unit of its
 * railway company), "请问雁门站站长,…".
 */
const STATION = '(?:(?<=服务|工作|监测|检测|推广|管理|检查|监督|监察|执法|指导|技术|试验|防疫|防控|检疫|保健|救助|保护|保持|联络|观测|测报|水文|气象|地震|农技|农机|农经|林业|水利|水务|水保|植保|畜牧|兽医|供水|供电|消防|环保|环卫|文化|卫生|计生|财政|劳动|社保|就业|城管|国土|规划|渔政|草原|种子|土肥|血)站|站(?=\\s*[,:]|站长|$))';
/**
 * A development zone named as the body asked, its 管委会 governing it ("我问开发区。", "滨江经济技术开发区怎样提高土地利用
 * 效率?"): 开发区, 高新区, 保税区, 试验区, 示范区 and 合作区. Not 园区 nor 新区 (园区企业 are the firms in the park, 浦东新区 is a
 * district with a government), nor a 小区 or 社区 (no 开发/高新 before 区).
 */
const ZONE = '(?:开发|高新|保税|试验|示范|合作)区';
/**
 * An organization as written: a quoted name (“一府两院”, “市住建局”) or a name ending in an institution word.
 * A room is no department, quoted or not: 餐厅, 客厅, 大厅, 展厅, 营业厅 end in 厅 but name no office (外卖平台上的“幽灵餐厅”怎么查?).
 */
const ORG = `(?:“[^”]{0,6}(?:院|府|局|委|(?<![餐客大展舞歌门业])厅)”|${SHORT_BUREAU}|${SUPREME_SHORT}|(?![他她其并你您]|时(?!代))${BODY}{1,14}?(?:(?:人民政府|政府)(?:办公室|办(?![学理事案好成到实公]))?|法院|检察院|(?<![布格结大全开当时终])局|委员会|委(?!会)(?:编办|办公室|办(?![学理事案好成到实公]))?|办公室|(?<![通代帮可上近好化督承举创开包操兴申主协查交转催领次即快联网公民私官])办(?![学理事案率个件])|(?<![全内干外局总本东西南北中这那一每各上下头底顶前后])部(?![分门位署委队件属]|下(?!一步|一阶段))|(?<![餐客大展舞歌门业])厅|${FIELD_DEPARTMENT}|中心支行|分行|支行|${MASS}|(?<=人民|开发|发展|进出口)银行|(?<=[证银保])监会|(?<![部签])署(?!${BUREAU_AHEAD})|中心|分局|(?<!上市|保险|物业|平台|中介)公司|${GROUP}|管委会|海关(?!总署)|${INSTITUTE}|${STATION}|${STATE_UNIT}|(?<!排)队(?!伍)|院|府两院|${LOCAL}|(?<![和与及、])${ZONE})|(?:街道(?:办事处|办)?(?![两的上边旁口路面])|管委会|海关(?!总署)|${ZONE})(?=\\s*[,:。?和、及与]|$|[^,。?]{0,4}?(?:如何|怎样|怎么|将|要|是否|能否|有什么|有哪些|有何|有没有|打算|准备)))(?![门长员])`;
/**
 * A unit inside the organization, written on: 市公安局交警支队, 市公安局东城分局, 人民银行州中心支行. (A plain range of
 * ideographs: a \\p{sc=Han} class here doubled the cost of compiling the patterns, paid per process.)
 */
const INNER = '(?:(?:(?![问向请如怎将要是能有对为哪什的在和及与])[\\u4e00-\\u9fff]){1,4}?(?:支队|大队|中队|分局|中心支行|分行|支行))?';
const ORGS = `${ORG}${INNER}(?:\\s*(?:以及|[和、及与])\\s*${ORG}${INNER})*`;
/**
 * The official of the organization, named right after it: 许院长, 许卫东院长, 局长王明, 梁静检察长, 负责同志 ("请问市中院许院长,",
 * "请问市财政局局长王明,"); and a set it heads ("市公安局等部门", "等有关单位"). Neither is part of the organization.
 */
const AFTER_ORG = `(?:\\s*等(?:有关|相关)?(?:部门|单位)?)?(?:\\s*(?:的)?(?:(?:主要)?负责(?:同志|人)|[${HAN}]{0,3}?${POSTS.official}(?:[${HAN}]{2,3}(?=\\s*[,:。?]))?))?`;
/**
 * Members of a listed group that no pattern reads ("请问区民政局和长桥片区,"): the group still ends there,
 * so the members read are kept.
 */
const UNREAD_TAIL = '(?:\\s*[和、及与][^\\s,。?!:;和、及与请由]{1,14}?)*';
/**
 * Members of a listed group before the first one a pattern reads ("请问市城投和市财政局,"): the group still opens
 * there, so the members read after them are kept. Tried only when the group read from its first member fails.
 */
const UNREAD_HEAD = '(?:[^\\s,。?!:;和、及与请由问]{1,14}?\\s*(?:以及|[和、及与])\\s*)*?';
/** A count of questions after the organization (请问市住建局三个问题:, 2个问题, 几个方面) also closes it. */
const INTERROGATIVE = '(?:如何|怎样|怎么|将|要|是否|能否|有什么|有哪些|有何|有没有|打算|准备|下一步|对此|在|对|为|哪些|什么|[0-9一二两三四五六七八九十几]{1,3}个|的)';
/** After the matter a question is put on ("对…"): only the words of a question (not 将/要, which also state plans). */
/**
 * A time adjunct right after the office, no comma between: the office is the subject of the question that follows
 * ("请问市住房和城乡建设局今年目标是多少?", "请问市住建局“十四五”期间…", "请问市民政局下一步…").
 */
const TIME_AFTER = '(?:今年|明年|去年|目前|当前|现在|近期|近年来|下一步|接下来|年内|年底前|“[^”]{1,8}”(?:期间|时期)|[0-9]{4}年)';
/** …or what it has done, asked (X在…方面做了哪些工作, X采取了哪些措施): a verb's 了 before 哪些/什么. */
const MATTER_QUESTION = '(?:如何|怎样|怎么|是否|能否|有什么|有哪些|有何|有没有|打算|准备|[\\u4e00-\\u9fff]{1,2}了(?:哪些|什么))';
/**
 * A wish put to an office: 希望, 建议, 要求, 恳请, 期望, 期待, 盼望 or 请, then the office as the subject of what is wished
 * ("希望省民政厅拿出办法", "建议县水利局尽快研究", "要求市财政局三个月内说明"). Not the nouns 的建议/的要求 ("代表的建议
 * 市政府研究了吗"), and not a place, a pronoun or every office as the subject (希望全市各级政府…, 希望我们…,
 * 希望各部门…, 希望有关部门…, 希望你们局…): those wishes are put to no office named. The wish and its office stand on one
 * line: a heading ending in 建议 ("三、下一步工作建议") wishes nothing of the line after it.
 */
const WISH = '(?:(?<!的)(?:希望|建议|要求)|恳请|期望|期待|盼望|请(?!问|教))[^\\S\\n]*(?!全|各|我们|你|您|大家|咱|有关|相关|本)';
/** The words a wish opens on (WISH). */
const WISH_OPENS = ['希望', '建议', '要求', '恳请', '期望', '期待', '盼望', '请'];
/**
 * What is wished of the office: that it answer or account (回答, 说明, 介绍, 谈谈, 讲讲, 解释, 回应), find a remedy (拿出,
 * 给出, 提出, 研究, 考虑, 想办法, 采取, 解决, 出台, 制定, 明确; or bring a thing about, 推动, 协调, 督促: "希望市教育局推动幼儿园
 * 开设托班", the office to act on the matter raised) or set its pace (加快, 尽快, 抓紧, 尽早), maybe after adverbs (能,
 * 进一步, 认真) or a time limit (三个月内, 年底前). Not a call for more effort (加大, 加强, 提高, 重视): "请市政府加大投入力度"
 * exhorts, as closing remarks do, and asks the office for nothing it could answer.
 */
const WISHED = '(?:(?:能够?|可以|要|再|也|就此|对此|下一步|进一步|认真|切实|及时|务必|共同|一起|联合|尽快|尽早|抓紧|早日|[0-9一二两三四五六七八九十半]{1,3}个?(?:月|周|天|日|年)内|年底前|年内|月底前)\\s*)*(?:回答|答复|作答|回应|说明|介绍|解释|谈谈|谈一谈|讲讲|讲一讲|说说|说一说|拿出|给出|提出|研究|考虑|想办法|想想办法|采取|解决|出台|制定|明确|推动|协调|督促|加快|尽快|抓紧|尽早)';
/**
 * A noun phrase the organization before it is the subject of, as a question's topic: its state or its progress (建设情况,
 * 建设进展, 运行状况, 覆盖率, 工作成效). "消防站建设情况怎样?" asks about stations, put to no one; "供水站有什么考虑?" asks the station.
 */
const SUBJECT_OF = '[^,。?!;:对就在针将要能是有]{0,4}?(?:情况|进展|进度|状况|现状|水平|成效|效果|覆盖率|覆盖面|数量|规模)';
/** 你们 (the office answering) and another office, as one subject: "你们和市地方金融管理局是怎么分工的?" puts it to the other too. */
const BESIDE_YOU = '(?:(?:你们|您)(?:单位|部门)?\\s*[和与及跟同]\\s*)?';
/** Whether an official called on is there: "区医保事务中心主任在吗?", "市财政局的同志来了没有?". */
const PRESENT = '(?:在吗|在不在|在场吗|在没在|来了吗|来了没有|到了吗|到了没有)';
/** Words opening a clause's adjunct of cause, agent or place: the office after them is not the subject asked (由于环保局要求…). */
const CIRCUMSTANCE = '由于|因为|因|被|受|经过|经|根据|按照|随着|在|从|据';
/** When an office said what it is now held to: last year, last time, at the last inquiry (the words up to the office after it). */
const PAST = '(?:去年|前年|上年|年初|上次|上一次|上回|此前|之前|以前|当时|[0-9]{4}年)';
const ADDRESSED: ReadonlyArray<RegExp | Gated> = [
  // Who should answer, named by the member: "请市生态环境局和市市场监管局回答", "由市水务局答复", "请市医保局的同志介绍一下".
  // (Also asked to speak after another: "请镇卫生院也说一下卫生防疫方面的考虑", "请市卫健委也谈一谈".)
  // (Also a statement asked for on a subject: "请州政府领导就冰雪旅游整体工作表个态"; and briefly, "请县民政局简要回答".)
  // (Each of the first two, 5,000 characters long, is built when a question first holds what it opens on.)
  gated(['请', '由'], () => new RegExp(`[请由]\\s*${UNREAD_HEAD}(${ORGS})${UNREAD_TAIL}${AFTER_ORG}\\s*(?:来|也|再|共同|分别|一并|简要|简单|具体|详细)?(?:回答|答复|作答|介绍|说明|说一下|说一说|说说|谈一谈|谈一下|谈谈|讲一讲|讲一下|讲讲|就[^\\s,。?!;:]{1,24}?(?:表个态|表态))`, 'uy')),
  // What the member wishes the office to do ("希望省民政厅拿出办法", "建议市住建局和市财政局加快进度"), read at the wish.
  gated(WISH_OPENS, () => new RegExp(`${WISH}(${ORGS})${UNREAD_TAIL}${AFTER_ORG}\\s*${WISHED}`, 'uy')),
  new RegExp(`向\\s*${UNREAD_HEAD}(${ORGS})[^,。?]{0,16}?(?:询问|提问|发问|追问|提出)`, 'uy'),
  // The verb 问 (not the noun 问题: "我的问题提给市水务局"), or the question put to the office: 提给, 提向, 问向.
  new RegExp(`(?:询问|追问|请问|请教|提给|提向|问向|问(?!题))(?:了|一下)?\\s*${UNREAD_HEAD}(${ORGS})(?=${UNREAD_TAIL}${AFTER_ORG}(?:\\s*[,:。]|[^,。]{0,6}?${INTERROGATIVE}|${TIME_AFTER}))`, 'uy'),
  // (Also with the matter after 对/就/在: "市住建局对公共停车设施建设有什么计划?".)
  // (Not an office followed by a noun phrase it is the subject of: "乡镇专职消防队建设情况怎样?", "乡镇卫生院建设进展如何" ask
  // about the stations, SUBJECT_OF.)
  // (Also what the office has done: "州政府采取了哪些措施…?", "法院在保护未成年人方面做了哪些工作?". Not an office named as the
  // cause, the agent or the place of what is asked, CIRCUMSTANCE: "由于环保局要求停产,企业怎么办?". A time before the office
  // is no part of it: "今年市政府做了哪些实事?" → 市政府.)
  // (Also the office beside the one answering, "你们和地方金融管理局是怎么分工的?": 你们 is the responder, the other is asked
  // too; and an official called on by post, "区医保事务中心主任在吗?": the office is asked, what follows is its matter.)
  new RegExp(`(?:^|(?<=[。?!;,“]))\\s*(?!${CIRCUMSTANCE})(?:${TIME_AFTER}\\s*)?${BESIDE_YOU}(${ORGS})(?!${SUBJECT_OF})(?=[^,。]{0,4}?(?:如何|怎样|怎么|将|要|是否|能否|有什么|有哪些|有何|有没有|打算|准备|[\\u4e00-\\u9fff]{1,2}了(?:哪些|什么))|\\s*(?:对|就|在|针对)[^,。?!;]{1,16}?${MATTER_QUESTION}|${AFTER_ORG}\\s*${PRESENT})`, 'uy'),
  // The office held to what it said before, a question mark ending the sentence: "去年市住建局承诺年内完成改造120个,现在完成
  // 了多少?", "上次询问时市水务局表示年底前完工,为什么还没有完工?" — the promise is the office's, the question asks it to account
  // for it (PAST: when it was said). Not an office only mentioned ("去年市住建局安排资金…": no word of promising), nor a
  // statement with no question after it.
  // (The largest pattern here and seldom matching: tried only on a question holding a question mark, a word of PAST and a
  // verb of promising, each of which it needs.)
  gated([['?'], ['年', '上次', '上一次', '上回', '此前', '之前', '以前', '当时'], ['承诺', '答应', '表示', '表态', '保证', '提出', '说过']],
    () => new RegExp(`(?:^|(?<=[。?!;,“]))\\s*${PAST}[^,。?!;:\\s]{0,8}?(${ORGS})${AFTER_ORG}\\s*(?:曾经?|也|还|都)?(?:承诺|答应|表示|表态|保证|提出|说过)(?=[^。?!]*[?])`, 'uy')),
];
/**
 * Where a match of each pattern can start: at 请/由; at a wish (希望, 建议…); at 向; at 询/追/请/问; at the start or after 。?!;,“ (the
 * last two patterns both).
 * The patterns are sticky and tried only there, in reading order, which finds what a scan of
 * every offset finds (the same leftmost matches) without trying each offset of long turns.
 * The offsets are found by searches (a walk over every code unit costs more until optimized).
 */
function startsOf(slice: string): [number[], number[], number[], number[], number[], number[]] {
  const starts: [number[], number[], number[], number[], number[], number[]] = [[], [], [], [], [0], []];
  collect(REQUEST_UNITS, slice, starts[0], 0);
  WISH_WORDS.lastIndex = 0;
  for (let m = WISH_WORDS.exec(slice); m; m = WISH_WORDS.exec(slice)) starts[1].push(m.index);
  for (let i = slice.indexOf('向'); i !== -1; i = slice.indexOf('向', i + 1)) starts[2].push(i);
  collect(ASKING_UNITS, slice, starts[3], 0);
  collect(CLAUSE_ENDS, slice, starts[4], 1);
  if (slice.length === 0) starts[4].pop();
  starts[5] = starts[4]; // (the office held to its word opens a clause too)
  return starts;
}
const ASKING_UNITS = /[询追请问提]/g; // (请 also opens 请教, 提 opens 提给 and 提向)
const REQUEST_UNITS = /[请由]/g;
const WISH_WORDS = /希望|建议|要求|恳请|期望|期待|盼望|请(?![问教])/g; // (where a wish can start: the words themselves)
const CLAUSE_ENDS = /[。?!;,“]/g;

/** Push to `out` each offset of a unit of `units` in `slice`, plus `shift`, when that is still inside `slice`. */
function collect(units: RegExp, slice: string, out: number[], shift: number): void {
  units.lastIndex = 0;
  while (units.test(slice)) {
    const at = units.lastIndex - 1 + shift;
    if (at < slice.length) out.push(at);
  }
}
/**
 * The rest of an office asked and the comma after it ("请问市民政局,", "请问市财政局局长王明,", "向市水务局提问:"): the clause
 * that follows is the question, and the noun phrase opening it is what is asked about, not a second office asked
 * ("请问市民政局,沿线乡镇养老驿站覆盖不够怎么办?", "请问市农技推广站,农村老人参与庭院经济有什么支持?"). An office after it
 * still counts when asked in its own right ("请问市民政局,请市财政局也回答") or beside 你们, the office answering ("请问市财政局,
 * 你们和市税务局如何配合?" puts it to both).
 */
const YOU_AHEAD = /^\s*(?:你们|您)/u;
const ASKED_COMMA = new RegExp(`${UNREAD_TAIL}${AFTER_ORG}[^\\S\\n]*[,:]`, 'uy');
/** One organization of a listed group (省教育厅和省科学技术厅), read at its offset. */
const ONE = new RegExp(ORG + INNER, 'uy');

/** The words of a question a quotation may hold after the office it names ("“市住建局如何推进”"). */
const QUESTION_WORDS = /如何|怎样|怎么|是否|能否|有什么|有哪些|有何|有没有|打算|准备|[将要?]/u;
/**
 * An office read inside a quoted term that goes on past it with no question: the quotation is a name, a campaign
 * or a slogan ("“厕所革命”", "“派出所+网格”模式"), not an office put a question. A quotation of the office alone
 * ("请问“市住建局”,") or of a question ("他问:“市住建局如何推进”") still names it.
 */
function inQuotedName(view: string, start: number, end: number): boolean {
  const mask = quoteMask(view);
  if (!mask[start] || !mask[end]) return false;
  let close = end;
  while (close < view.length && mask[close]) close++;
  return !QUESTION_WORDS.test(view.slice(end, close));
}

/** The patterns of ADDRESSED that read unread members before the first one read (UNREAD_HEAD): 请/由, 向, 询问/请问…. */
const UNREAD_HEADED: ReadonlySet<number> = new Set([0, 2, 3]);
/** How far back from the first member read an unread member joined by 和 may start (a name's characters, ORG's BODY). */
const ACROSS_REACH = 15;

/**
 * The name that the member read at `g` in `slice` (a group's first, right after a 和 that joins an unread member to it) is the
 * end of, read from further back: [start, end) in `slice`, or null. ORG reads a 和 inside one name (市自然资源和规划局,
 * 县住房和城乡建设局), so a reading from before the 和 that ends where the member ends is that one name; before a level word
 * (市交通局和市财政局) it never reads across, and the two stay two. `from`: where the match starts, no name before it.
 */
function acrossJoin(slice: string, from: number, g: number): Span | null {
  if (slice[g - 1] !== '和') return null;
  ONE.lastIndex = g;
  const first = ONE.exec(slice);
  if (!first) return null;
  const end = g + first[0].length;
  for (let p = Math.max(from, g - 1 - ACROSS_REACH); p < g - 1; p++) {
    ONE.lastIndex = p;
    const o = ONE.exec(slice);
    if (o && p + o[0].length === end && !o[0].startsWith('“')) return [p, end];
  }
  return null;
}

/** Organizations a question is put to, as written: 向市市场监管局询问 → 市市场监管局; 询问省教育厅和省科学技术厅 → both. */
export function findAddressees(view: string, text: string, span: Span): Array<{ text: string; span: Span }> {
  const out: Array<{ text: string; span: Span }> = [];
  const slice = view.slice(span[0], span[1]);
  const starts = startsOf(slice);
  // Where "请ORG回答" matched: the wish pattern would read the same office there again, and not running
  // it (the largest regex here, compiled on its first use) keeps the first parse of a process short.
  const requested = new Set<number>();
  // Where the clause after an office asked and its comma starts: its subject is the matter, not an office (ASKED_COMMA).
  const afterAsked = new Set<number>();
  for (let k = 0; k < ADDRESSED.length; k++) {
    const pattern = ADDRESSED[k];
    if (pattern instanceof Gated && !pattern.admits(slice)) continue;
    const re = pattern instanceof Gated ? pattern.regexp : pattern;
    let from = 0; // past the last match
    for (const p of starts[k]) {
      if (p < from || (k === 1 && requested.has(p)) || (k === 4 && afterAsked.has(p) && !YOU_AHEAD.test(slice.slice(p, p + 4)))) continue;
      re.lastIndex = p;
      const m = re.exec(slice);
      if (!m) continue;
      if (k === 0) requested.add(m.index);
      from = m.index + m[0].length;
      if (k === 2 || k === 3) {
        ASKED_COMMA.lastIndex = from;
        if (ASKED_COMMA.test(slice)) afterAsked.add(ASKED_COMMA.lastIndex);
      }
      const groupAt = span[0] + m.index + m[0].indexOf(m[1]);
      // (An unread member before 和 that reads on across it into the first member read is one name with 和 inside it:
      // "询问时市自然资源和规划局表示…" is 市自然资源和规划局, never 规划局.)
      let i = 0;
      const across = UNREAD_HEADED.has(k) ? acrossJoin(slice, m.index, groupAt - span[0]) : null;
      if (across) {
        const s: Span = [span[0] + across[0], span[0] + across[1]];
        if (!inQuotedName(view, s[0], s[1]) && !out.some((x) => x.span[0] === s[0])) out.push({ text: text.slice(s[0], s[1]), span: s });
        i = across[1] - (groupAt - span[0]);
        while (i < m[1].length && /[\s和、及与以]/u.test(m[1][i])) i++;
      }
      // The group may list several: 省教育厅和省科学技术厅.
      for (; i < m[1].length;) {
        ONE.lastIndex = i;
        const o = ONE.exec(m[1]);
        if (!o) break;
        let at = groupAt + i;
        let len = o[0].length;
        // A lazy read stops at the first institution word: 市委宣传部 is one office, not 市委 + 宣传部.
        for (let j = i + len; !o[0].startsWith('“') && j < m[1].length && !/[\s和、及与]|以及/u.test(m[1].slice(j, j + 2));) {
          ONE.lastIndex = j;
          const more = ONE.exec(m[1]);
          if (!more || more[0].startsWith('“')) break;
          len += more[0].length;
          j += more[0].length;
        }
        if (o[0].startsWith('“')) { at += 1; len -= 2; }
        else if (inQuotedName(view, at, at + len)) break;
        const s: Span = [at, at + len];
        if (!out.some((x) => x.span[0] === s[0])) out.push({ text: text.slice(s[0], s[1]), span: s });
        i += len + (o[0].startsWith('“') ? 2 : 0);
        while (i < m[1].length && /[\s和、及与以]/u.test(m[1][i])) i++;
      }
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
