// The checks that are not rules: what the loaders, the schema, the engine and I/O report. Each id
// is declared once, here, with its default severity and docs; the registry (check/registry.ts)
// lists these with the rules, and whoever emits a finding takes its severity from here.
import type { Finding, LocalizedText, Severity } from './finding.js';

export interface CheckDeclaration {
  id: string;
  severity: Severity;
  fixable?: boolean;
  summary: LocalizedText;
  /** What `gkml explain` says beyond the summary: why, and what to do. */
  details?: LocalizedText;
}

export const builtinChecks: readonly CheckDeclaration[] = [
  { id: 'io/unreadable', severity: 'error', summary: { zh: '文件无法读取（不存在、无权限或是目录）。退出码 2。', en: 'The file cannot be read (missing, no permission, a directory). Exit code 2.' } },
  { id: 'io/not-regular', severity: 'error', summary: { zh: '不是普通文件（命名管道、设备文件等），未读取。退出码 2。', en: 'Not a regular file (a named pipe, a device, ...); it was not read. Exit code 2.' } },
  { id: 'io/too-large', severity: 'error', summary: { zh: '文件超过大小上限（默认 50 MB，--max-file-size 可调），未读取。退出码 2。', en: 'The file is over the size limit (50 MB by default, see --max-file-size); it was not read. Exit code 2.' } },
  { id: 'io/too-many-items', severity: 'error', summary: { zh: '目录的事项超过上限（1 万个），未检查。退出码 2。', en: 'The catalogue lists more items than the limit (10,000); it was not checked. Exit code 2.' }, details: { zh: '一个县或乡镇的目录通常只有几十到几百个事项。上万个事项的文件多半是把很多目录拼在了一起，检查它要占用数 GB 内存；请分成多个文件。', en: 'A county or township directory lists tens to hundreds of items. A file of tens of thousands is usually many directories joined together, and checking it would take gigabytes of memory; split it into several files.' } },
  { id: 'io/too-many-nodes', severity: 'error', summary: { zh: 'YAML 目录的键和值超过上限（100 万个），未检查。退出码 2。', en: 'The YAML catalogue holds more keys and values than the limit (1,000,000); it was not checked. Exit code 2.' }, details: { zh: '一万个事项（事项数的上限）的目录约有 50 万个键和值。超过 100 万个的文件多半贴进了别的数据（成千上万个多余的字段、极长的列表），检查它要占用数 GB 内存；请检查文件内容，或分成多个文件。', en: 'A directory of 10,000 items (the item limit) holds about 500,000 keys and values. A file of over a million usually holds pasted-in data (thousands of stray fields, endless lists), and checking it would take gigabytes of memory; check the file, or split it.' } },
  { id: 'io/out-of-memory', severity: 'error', summary: { zh: '检查文件用完了允许它使用的内存，未检查。退出码 2。', en: 'Checking the file used up the memory it is allowed; it was not checked. Exit code 2.' }, details: { zh: '多个文件由几个检查线程分担，每个线程的内存有上限，以免一个文件拖垮整批检查。超出上限的文件会在一个内存更大的线程里单独重查；仍然超出的，是文件过大或结构异常（把很多目录拼在一起的表格、几十万个单元格、极长的文本），不是 gkml 的缺陷。其他文件照常检查。请把它拆分成几个较小的文件。', en: 'Many files are shared among a few checking threads, each with a memory limit, so that one file cannot bring down the whole batch. A file over the limit is checked again alone on a thread with more memory; one still over it is too large or oddly built (many directories joined in one sheet, hundreds of thousands of cells, very long texts), not a gkml bug. The other files are still checked. Split it into several smaller files.' } },
  { id: 'io/unwritable', severity: 'error', summary: { zh: '--fix 无法写回文件（无权限、只读等）；其他文件照常修复。退出码 2。', en: '--fix cannot write the file back (permission, read-only, ...); other files are still fixed. Exit code 2.' } },
  { id: 'io/changed', severity: 'error', summary: { zh: '--fix 检查期间文件被修改过，修复未写入，以免覆盖新内容。退出码 2。', en: '--fix found the file changed while it was checked and did not write, so the new content is kept. Exit code 2.' } },
  { id: 'io/url', severity: 'error', summary: { zh: '网址无法使用：只读取 http:// 和 https:// 网址（file:、ftp:、javascript: 等不读取），或网址写法不对。退出码 2。', en: 'The address cannot be used: only http:// and https:// addresses are read (not file:, ftp:, javascript: …), or it is malformed. Exit code 2.' } },
  { id: 'io/fetch', severity: 'error', summary: { zh: '网页无法取回：连接失败、超时、重定向过多或服务器返回错误状态（如 404）。退出码 2。', en: 'The page could not be fetched: connection failed, timed out, too many redirects, or the server answered with an error status (such as 404). Exit code 2.' }, details: { zh: '取回网页时最多等待 30 秒、最多跟随 5 次重定向（且只跟随到 http/https 网址），正文超过大小上限（--max-file-size）即停止读取。', en: 'Fetching waits at most 30 seconds, follows at most 5 redirects (and only to http/https addresses), and stops reading a body over the size limit (--max-file-size).' } },
  { id: 'parse/syntax', severity: 'error', summary: { zh: 'YAML 语法错误，附行列位置。', en: 'YAML syntax error, with its position.' } },
  { id: 'parse/duplicate-key', severity: 'error', summary: { zh: '同一层级出现重复的键。', en: 'A key repeated at the same level.' } },
  { id: 'parse/empty', severity: 'error', summary: { zh: '文件为空。', en: 'The file is empty.' } },
  { id: 'parse/not-catalogue', severity: 'error', summary: { zh: '文件不是目录（顶层不是键值映射，或是二进制文件）。', en: 'Not a catalogue (top level not a mapping, or a binary file).' } },
  { id: 'parse/encoding', severity: 'warning', summary: { zh: '文件不是 UTF-8 编码（如 GBK/GB18030），已自动转换读取。', en: 'The file is not UTF-8 (e.g. GBK/GB18030); it was decoded automatically.' } },
  { id: 'parse/invalid-byte', severity: 'error', summary: { zh: 'UTF-8 文件中有无效字节，已替换为“�”，原字无法还原。', en: 'Bytes that are not UTF-8 in an otherwise UTF-8 file; replaced by "�", the character is lost.' } },
  { id: 'parse/invisible-char', severity: 'warning', summary: { zh: '值中有看不见的字符（零宽字符、双向控制符或控制字符），会让名称对不上。', en: 'Invisible characters (zero-width, bidi or control) in a key or value make names fail to match.' } },
  { id: 'parse/not-xlsx', severity: 'error', summary: { zh: '.xlsx 文件无法打开（损坏或不是 Excel 文件）。', en: 'The .xlsx file cannot be opened (corrupt or not Excel).' } },
  { id: 'xlsx/too-large', severity: 'error', summary: { zh: '.xlsx 解压后超过上限（默认 256 MB，可能是“压缩炸弹”），或某工作表有内容的单元格超过上限（默认 200 万个），未读取。', en: 'The .xlsx inflates past the limit (256 MB by default; possibly a zip bomb), or a sheet holds more cells with content than the limit (2 million by default); it was not read.' } },
  { id: 'xlsx/limit', severity: 'warning', summary: { zh: '超出上限的部分已跳过：覆盖单元格过多的合并区域按未合并读取，超出 Excel 表格范围的单元格被忽略，过大的其他工作表未读取。', en: 'Parts past a limit were skipped: merges covering too many cells were read as not merged, cells outside Excel\'s grid were ignored, an oversized other sheet was not read.' } },
  { id: 'xlsx/truncated', severity: 'warning', summary: { zh: '工作表的数据在中途中断（文件损坏或没有保存完整），只读出了中断前的行。', en: 'A sheet\'s data breaks off part way (the file is damaged or was not saved whole); only the rows before the break were read.' } },
  { id: 'xlsx/no-header', severity: 'error', summary: { zh: '表格中找不到目录的表头（公开事项、公开内容、公开依据……）。', en: 'No directory header row (公开事项, 公开内容, 公开依据, ...) was found in the sheet.' } },
  { id: 'xlsx/missing-column', severity: 'warning', summary: { zh: '表头缺少某个标准列，该要素未能读取。', en: 'A standard column is missing from the header; that element could not be read.' } },
  { id: 'xlsx/unknown-column', severity: 'warning', summary: { zh: '表头中有无法识别的列，其内容按原列名保留在事项的 extra 中，未作为要素读取。', en: 'A header column is not recognised; its cells are kept under the item\'s extra by their label, not read as an element.' } },
  { id: 'xlsx/extra-column', severity: 'info', summary: { zh: '表中有九个要素以外的常见列（公开属性、咨询电话、监督举报电话、网站所属栏目、备注等），已按列名保留在事项的 extra 中。', en: 'The sheet has common columns beyond the nine elements (公开属性, 咨询电话, 监督举报电话, 网站所属栏目, 备注 …); they are kept under each item\'s extra by their label.' } },
  { id: 'xlsx/columns', severity: 'info', summary: { zh: '说明表头各列被读作哪个要素（列名写法各地不同时便于核对）。', en: 'Says which element each header column was read as (to check against the many wordings counties use).' } },
  { id: 'xlsx/converted', severity: 'info', summary: { zh: '表格是繁体字（或夹有拼音注音），已转换为简体、去掉注音后读取。', en: 'The sheet is in traditional characters (or has inserted pinyin); it was converted to simplified characters, pinyin removed, and then read.' }, details: { zh: '经镜像网站转载的目录常被转成繁体，有的还在字后插入拼音，如“就業(yè)”。gkml 仅在表头按简体认不出、转换后认得出时才转换（opencc-js），其后的检查针对转换后的文字；原表应以简体发布。', en: 'Directories re-published by mirror sites are often turned into traditional characters, some with pinyin inserted after characters, as in 就業(yè). gkml converts (opencc-js) only when the header is not recognised as written but is after conversion; later checks judge the converted text. The original should be published in simplified characters.' } },
  { id: 'xlsx/name-number', severity: 'info', summary: { zh: '事项名称单元格中带有编号（如“1.1就业政策法规咨询”），已拆出编号作为序号，名称按去掉编号后读取。', en: 'The item name cell carries its number (as in 1.1就业政策法规咨询); the number was taken as the 序号 and the name read without it.' } },
  { id: 'xlsx/unmapped-item', severity: 'info', summary: { zh: '某行的事项名称与省级目录对不上，已作为补充事项读取（名称与标准事项相近的，由重叠和名称规则报告）。', en: 'A row\'s item name matches no baseline item; it was read as an addition (a name close to a standard one is reported by the overlap and name rules).' } },
  { id: 'xlsx/renumbered', severity: 'info', summary: { zh: '表中的编号与省级目录不同，已按事项名称改为省级编号。', en: 'The sheet\'s code differs from the baseline; the baseline code was taken from the item name.' } },
  { id: 'xlsx/seq-not-code', severity: 'info', summary: { zh: '序号列是顺序号而不是事项编号，已按事项名称对应。', en: 'The 序号 column holds running numbers, not codes; items were matched by name.' } },
  { id: 'xlsx/ignored-row', severity: 'info', summary: { zh: '表格中的说明行、空行等未作为事项读取。', en: 'Notes, blank and other non-item rows were not read as items.' } },
  { id: 'xlsx/tick', severity: 'warning', summary: { zh: '勾选列中出现 √ 以外的内容，已尽量解读。', en: 'A tick column holds something other than √; it was interpreted as well as possible.' } },
  { id: 'xlsx/glyph', severity: 'warning', summary: { zh: '渠道方框符号损坏（口、☐ 代替 □，t 代替 ■），已按原意读取。', en: 'Damaged channel box glyphs (口 or ☐ for □, t for ■) were read as meant.' }, details: { zh: '口（“口”字）常被打成 □；Wingdings 字体的方框在转换中丢了字体，就成了字母（t、n 为 ■，o、q 为 □）。方框名前的这些字符按原意读取，并在单元格处报告，原表应改回 ■ / □。', en: 'The character 口 is often typed for □; boxes drawn in the Wingdings font turn into letters when the font is lost (t, n for ■; o, q for □). Such a character in front of a box name is read as meant and reported at the cell; the original should get ■ / □ back.' } },
  { id: 'xlsx/channel-plain', severity: 'warning', summary: { zh: '渠道写成普通文字（没有 ■/□ 方框），方框清单的形式丢失；认得出的渠道已按选中读取。', en: 'Channels are plain text without ■/□ boxes, so the checklist form is lost; the channels that could be recognised were read as chosen.' }, details: { zh: '国家标准目录的“公开渠道和载体”是 13 个方框的清单，■ 表示选中、□ 表示未选。只写“政府网站”之类的文字，看不出哪些渠道未用，也常常说不清是哪个网站。', en: 'The national directory prints 公开渠道和载体 as a checklist of 13 boxes, ■ chosen and □ not. Plain text such as 政府网站 does not show which channels are not used, and often not which site is meant.' } },
  { id: 'xlsx/channel-box-missing', severity: 'warning', summary: { zh: '渠道写成了 13 个方框的清单，但缺了其中的标准方框。', en: 'The channel cell prints the 13-box checklist with a standard box missing.' }, details: { zh: '印了未选方框（□）、且方框多于清单一半的单元格，是要列全 13 个方框的清单；少了的方框多半是编辑时误删。只列选中方框（■）的写法不算缺少。', en: 'A cell that prints unticked boxes (□), more than half of the list, is meant to be the whole 13-box checklist; a box missing from it was usually deleted by mistake. A list of the ticked boxes (■) only is not reported.' } },
  { id: 'xlsx/channel-unmapped', severity: 'warning', summary: { zh: '渠道单元格中有无法对应到方框的文字，未读取。', en: 'Text in the channel cell maps to no box and was not read.' } },
  { id: 'xlsx/channel-none-chosen', severity: 'warning', summary: { zh: '渠道方框一个也没有选中（■）。', en: 'No channel box is ticked (■).' } },
  { id: 'xlsx/missing-meta', severity: 'warning', summary: { zh: '表中读不出地区、目录层级、发布单位或更新日期（县里印的表格通常没有这些单元格），可用 --region、--level 或配置文件补上，或导入后补填。', en: 'The sheet does not state the region, level, publisher or date (county sheets usually have no such cells); supply them with --region, --level or the config file, or fill them in after import.' }, details: { zh: '地区、领域和发布单位取自标题行（如“青山县人力资源和社会保障局就业领域基层政务公开标准目录”），目录层级取自地区名或公开主体。仍缺的只提醒一次，不算错误：表格检查的是事项本身。', en: 'Region, domain and publisher are read from the title row (such as 青山县人力资源和社会保障局就业领域基层政务公开标准目录), the level from the region\'s name or the subjects. What is still missing is one reminder, not an error: a sheet is checked for its items.' } },
  { id: 'xlsx/meta', severity: 'info', summary: { zh: '说明目录的地区、领域、层级、发布单位是从表格的哪里读出或推断的（标题行、公开主体、命令行参数）。', en: 'Says where the catalogue\'s region, domain, level and publisher were read or inferred from (the title row, the subjects, the command line).' } },
  { id: 'xlsx/baseline', severity: 'warning', summary: { zh: '表中注明的省级目录无法加载，改用内置基线对应事项。', en: 'The baseline named in the sheet cannot be loaded; the bundled one was used to match items.' } },
  { id: 'page/table-skipped', severity: 'warning', summary: { zh: '网页或 Word 文档中另有带目录表头的表格，但各列与目录表不同，未并入读取。', en: 'The page or Word document holds another table with a directory header but other columns; it was not read into the directory.' } },
  { id: 'parse/not-docx', severity: 'error', summary: { zh: '.docx 文件无法打开（损坏、设置了密码，或是改了扩展名的旧版 .doc）。', en: 'The .docx file cannot be opened (damaged, password-protected, or an old .doc renamed).' } },
  { id: 'baseline/schema', severity: 'error', summary: { zh: '基线文件不符合基线格式（schemas/baseline.schema.json）：缺少字段、类型或取值不对。', en: 'The baseline file does not follow the baseline format (schemas/baseline.schema.json): a field missing, of the wrong type or value.' } },
  { id: 'baseline/duplicate-code', severity: 'error', summary: { zh: '基线中两个事项的编号相同，县级目录的编号将无法对应。', en: 'Two items of the baseline share a code, so county codes cannot be matched.' } },
  { id: 'baseline/empty-first', severity: 'error', summary: { zh: '一级事项下没有任何二级事项（不完整的基线 partial: true 只作提示）。', en: 'A first-level item has no second-level items (only a note in a baseline marked partial: true).' } },
  { id: 'baseline/code-prefix', severity: 'warning', summary: { zh: '二级事项的编号不以所属一级事项的编号开头（如一级 2 下的 3.1）。', en: 'A second-level code does not start with its first-level code (3.1 under 2).' } },
  { id: 'baseline/unknown-channel', severity: 'warning', summary: { zh: '事项的公开渠道不是基线 channels 清单中的方框。', en: 'An item names a channel that is not a box of the baseline’s channels list.' } },
  { id: 'baseline/unknown-instrument', severity: 'warning', summary: { zh: '事项的公开依据引用了 instruments 表中没有的文件（或读不出标题），basis 规则无法核对其全称和文号。', en: 'An item’s basis cites an instrument the instruments table lacks (or no title can be read), so the basis rules cannot check its title and number.' } },
  { id: 'baseline/replaced-by-unknown', severity: 'error', summary: { zh: '某文件的 replacedBy 指向 instruments 表中没有的文件（或指向自身）。', en: 'An instrument’s replacedBy names an instrument the table does not hold (or itself).' } },
  { id: 'baseline/generated-code', severity: 'info', summary: { zh: 'gkml baseline import：表中没有“一级.二级”编号的事项，已按一级事项和行序生成编号。', en: 'gkml baseline import: items without a "first.second" code got one from their first-level item and row order.' } },
  { id: 'baseline/import-unread', severity: 'warning', summary: { zh: 'gkml baseline import：表中有读不出的内容（没有一级事项、没有名称、依据读不出标题），在单元格处说明。', en: 'gkml baseline import: something in the sheet could not be read (no first-level item, no name, no title in a basis), reported at its cell.' } },
  { id: 'baseline/import-default', severity: 'info', summary: { zh: 'gkml baseline import：表中看不出的词表（渠道方框、主体）沿用了内置基线。', en: 'gkml baseline import: vocabularies the sheet does not show (channel boxes, subjects) were taken from the bundled baseline.' } },
  { id: 'internal/file-error', severity: 'error', summary: { zh: 'gkml 处理某个文件时出错（gkml 的缺陷）；其他文件照常检查。', en: 'gkml failed on one file (a gkml bug); the other files were still checked.' } },
  { id: 'internal/rule-error', severity: 'error', summary: { zh: '某条规则自身出错（gkml 的缺陷）；其他规则照常检查。', en: 'A rule crashed (a gkml bug); the other rules still ran.' } },
  { id: 'catalogue/baseline', severity: 'error', summary: { zh: '目录引用的基线目录找不到或无法读取。', en: 'The baseline the catalogue names cannot be found or read.' } },
  { id: 'schema/required', severity: 'error', summary: { zh: '缺少必填字段（目录头部字段或事项的九个要素）。', en: 'A required field (catalogue header or one of the nine item elements) is missing.' } },
  { id: 'schema/unknown-key', severity: 'error', summary: { zh: '出现目录格式中没有的字段（多为拼写错误）。', en: 'A field the catalogue format does not define (usually a typo).' } },
  { id: 'schema/type', severity: 'error', fixable: true, summary: { zh: '字段类型不对，例如应为列表却写成了文字。', en: 'A field has the wrong type, e.g. text where a list is expected.' } },
  { id: 'schema/enum', severity: 'error', fixable: true, summary: { zh: '取值不在允许的词表中（领域、层级、对象、方式）。', en: 'A value outside the allowed vocabulary (domain, level, audience, mode).' } },
  { id: 'schema/format', severity: 'error', summary: { zh: '格式不对：编号、日期、网址等。', en: 'Wrong format: codes, dates, URLs.' } },
  { id: 'schema/invalid', severity: 'error', summary: { zh: '其他结构错误。', en: 'Other structural errors.' } },
  { id: 'suppress/no-reason', severity: 'error', summary: { zh: '抑制注释（# gkml-disable…）或配置中的 suppress 条目没有写明理由，不起作用。', en: 'A suppression (# gkml-disable… or a config suppress entry) gives no reason, so it suppresses nothing.' } },
  { id: 'suppress/unused', severity: 'warning', summary: { zh: '抑制注释或 suppress 条目没有抑制任何问题（问题已改正或注释位置不对），可以删除。', en: 'A suppression matched no finding (the problem is gone, or the comment is in the wrong place); remove it.' } },
  { id: 'suppress/unknown-rule', severity: 'warning', summary: { zh: '抑制注释或 suppress 条目中的检查编号不存在（拼写错误，或规则已改名、删除）。', en: 'A suppression names a check id that does not exist (a typo, or a rule renamed or removed).' } },
  { id: 'suppress/invalid', severity: 'error', summary: { zh: '抑制注释写法不对或位置不对（无法识别、没有检查编号、gkml-disable 不在文件开头），或要抑制的问题不能抑制（io/*、parse/*、internal/*、catalogue/baseline）。', en: 'A suppression that cannot work as written or where it is (unrecognised, no check id, gkml-disable after the first key), or that names a check that cannot be suppressed (io/*, parse/*, internal/*, catalogue/baseline).' } },
];

const byId = new Map(builtinChecks.map((c) => [c.id, c]));

/** The declaration of a built-in check id; throws on an undeclared id (a gkml bug caught by tests). */
export function builtinCheck(id: string): CheckDeclaration {
  const found = byId.get(id);
  if (!found) throw new Error(`undeclared check id ${id}`);
  return found;
}

/**
 * A finding of a built-in check, with the declared severity. I/O problems (`io/*`) are fatal:
 * the file could not be read or written at all, and the run exits 2.
 */
export function builtinFinding(id: string, file: string, message: LocalizedText, more: Omit<Partial<Finding>, 'ruleId' | 'severity' | 'message' | 'file'> = {}): Finding {
  return { ruleId: id, severity: builtinCheck(id).severity, message, file, ...more, ...(id.startsWith('io/') ? { fatal: true } : {}) };
}
