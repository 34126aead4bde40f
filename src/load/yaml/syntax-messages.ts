// The clerk's wording of each YAML slip that syntax.ts recognises, in both languages, and the
// finding made from it. Kept apart from the heuristics: these are read and edited as text.
import type { LocalizedText } from '../../model/index.js';

export interface SyntaxProblem {
  messageId: string;
  /** Offset in the text the finding points at. */
  offset: number;
  message: LocalizedText;
  hint: LocalizedText;
}

interface Wording {
  zh: string;
  en: string;
  hintZh: string;
  hintEn: string;
}

const words = {
  tab: {
    zh: '缩进中用了制表符（Tab），YAML 只能用空格缩进。',
    en: 'A tab is used for indentation; YAML indents with spaces only.',
    hintZh: '把这一行开头的 Tab 换成空格，同一层级的项用相同个数的空格（可用 --fix 自动替换）。',
    hintEn: 'Replace the tab at the start of the line with spaces (the same number for items at the same level); gkml check --fix does it.',
  },
  'unclosed-quote': {
    zh: '引号没有闭合：从这里开始的引号找不到对应的结束引号。',
    en: 'Missing closing quote: the quote that opens here is never closed.',
    hintZh: '在这段文字的末尾补上同样的引号（" 或 \'），或者去掉开头的引号。',
    hintEn: 'Add the same quote (" or \') at the end of the text, or remove the opening one.',
  },
  'unclosed-bracket': {
    zh: '方括号 [ ] 没有闭合：从这里开始的列表找不到对应的“]”（或续行缩进不够）。',
    en: 'A [ ] list is not closed: the list that opens here has no matching "]" (or its continuation line is not indented enough).',
    hintZh: '在列表的最后一项后面补上“]”；列表写到下一行时，续行要比键多缩进。',
    hintEn: 'Add "]" after the last entry; when the list runs onto the next line, indent that line more than the key.',
  },
  'unclosed-brace': {
    zh: '花括号 { } 没有闭合：从这里开始的映射找不到对应的“}”（或续行缩进不够）。',
    en: 'A { } mapping is not closed: the mapping that opens here has no matching "}" (or its continuation line is not indented enough).',
    hintZh: '在最后一个“键: 值”后面补上“}”；写到下一行时，续行要比键多缩进。',
    hintEn: 'Add "}" after the last "key: value"; when it runs onto the next line, indent that line more than the key.',
  },
  'stray-bracket': {
    zh: '多余的右括号：这里的“]”或“}”前面没有对应的左括号。',
    en: 'A stray closing bracket: this "]" or "}" has no opening bracket.',
    hintZh: '删除多余的括号，或在值的开头补上对应的“[”或“{”。',
    hintEn: 'Remove the extra bracket, or add the matching "[" or "{" where the value starts.',
  },
  'missing-comma': {
    zh: '方括号或花括号中的两项之间缺少逗号。',
    en: 'A comma is missing between two entries of a [ ] list or { } mapping.',
    hintZh: '在两项之间加上半角逗号“,”（全角逗号“，”不算）。',
    hintEn: 'Put an ASCII comma "," between the entries (a full-width "，" does not count).',
  },
  'extra-comma': {
    zh: '方括号或花括号中多了一个逗号（两个逗号之间没有内容）。',
    en: 'An extra comma in a [ ] list or { } mapping (nothing between two commas).',
    hintZh: '删除多余的逗号。',
    hintEn: 'Remove the extra comma.',
  },
  'fullwidth-colon': {
    zh: '键后面用了全角冒号“：”：YAML 只认半角冒号加空格“: ”。',
    en: 'A full-width colon "：" follows the key: YAML only takes an ASCII colon and a space ": ".',
    hintZh: '把“：”改成半角冒号“:”，并在冒号后加一个空格。',
    hintEn: 'Replace "：" with an ASCII colon ":" followed by a space.',
  },
  'missing-colon-space': {
    zh: '冒号后面缺少空格：YAML 的键和值之间要写“: ”（冒号加空格）。',
    en: 'A space is missing after the colon: YAML separates key and value with ": " (colon and space).',
    hintZh: '在冒号后面加一个空格。',
    hintEn: 'Add a space after the colon.',
  },
  'missing-colon': {
    zh: '这一行不是“键: 值”的写法：缺少冒号，或上一行没有写完。',
    en: 'This line is not "key: value": the colon is missing, or the line before is unfinished.',
    hintZh: '在键的后面加上“: ”再写值；如果这是上一行值的一部分，请把整个值写在一行或加引号。',
    hintEn: 'Add ": " after the key before the value; if this belongs to the value on the line before, keep the value on one line or quote it.',
  },
  'missing-dash-space': {
    zh: '列表项的“-”后面缺少空格：YAML 的列表项要写成“- 内容”。',
    en: 'A space is missing after the list dash: YAML list entries are written "- text".',
    hintZh: '在“-”后面加一个空格。',
    hintEn: 'Add a space after the "-".',
  },
  'missing-dash': {
    zh: '这一行与上面的列表项“- ”对齐，却不是以“- ”开头：可能漏写了“- ”，或者它应与上一行的键对齐。',
    en: 'This line is aligned with the list entries "- " above but does not start with "- ": a "- " may be missing, or it should line up with the key on the line before.',
    hintZh: '新的一项请以“- ”开头；属于上一项的键请多缩进两个空格，与上一行的键对齐。',
    hintEn: 'Start a new entry with "- "; a key that belongs to the entry above is indented two more spaces, in line with the key before it.',
  },
  'wide-space': {
    zh: '这里用了全角空格（U+3000）或不换行空格（U+00A0）：YAML 的缩进和冒号后的空格只认半角空格。',
    en: 'A full-width space (U+3000) or no-break space (U+00A0) is used here: YAML indentation and the space after a colon must be ASCII spaces.',
    hintZh: '把它换成半角空格（切换到英文输入法再输入空格）。',
    hintEn: 'Replace it with an ASCII space.',
  },
  'two-colons': {
    zh: '一行中出现了两个“键: ”；值中含有冒号加空格时，请给整个值加引号。',
    en: 'Two "key: " on one line; quote the whole value when it contains a colon and a space.',
    hintZh: '给值加上引号，例如 name: "甲: 乙"；或者把第二个“: ”改成“：”。',
    hintEn: 'Quote the value, e.g. name: "A: B"; or write the second colon as "：".',
  },
  'over-indent': {
    zh: '这一行比上一行缩进得多，但上一行的键已经写了值。',
    en: 'This line is indented more than the line before, whose key already has a value.',
    hintZh: '让这一行与上一行的键对齐；如果它是上一行值的下级内容，请把上一行冒号后的值去掉。',
    hintEn: 'Align this line with the key on the line before; if it belongs under that key, remove the value after its colon.',
  },
  'bad-indent': {
    zh: '缩进不一致：同一层级的各项必须从同一列开始。',
    en: 'Inconsistent indentation: entries at the same level must start in the same column.',
    hintZh: '对照上下几行，用相同个数的空格缩进同一层级的项。',
    hintEn: 'Compare with the lines around it and indent entries of the same level with the same number of spaces.',
  },
  'list-after-value': {
    zh: '列表项“- ”写在了一个已经有值的键下面：一个键要么在冒号后写值，要么在下面各行写列表。',
    en: 'A list entry "- " follows a key that already has a value: a key takes either a value after its colon or a list on the lines below.',
    hintZh: '去掉该键冒号后的值，把列表项缩进写在它下面；或者把这一项并入上面的值。',
    hintEn: 'Remove the value after that key\'s colon and indent the list entries under it, or merge this entry into the value above.',
  },
  'mixed-list-map': {
    zh: '同一层级中混用了列表项“- ”和“键: 值”。',
    en: 'List entries "- " and "key: value" lines are mixed at the same level.',
    hintZh: '列表应写在某个键的下面并缩进；检查这一行的缩进和开头的“- ”。',
    hintEn: 'A list belongs under a key, indented; check this line\'s indentation and its leading "- ".',
  },
  'list-on-key-line': {
    zh: '列表项“- ”不能与键写在同一行。',
    en: 'A list entry "- " cannot start on the same line as its key.',
    hintZh: '把“- ”移到下一行，并比键多缩进；或者写成 [甲, 乙] 的形式。',
    hintEn: 'Move "- " to the next line, indented more than the key, or write the list as [A, B].',
  },
  'reserved-char': {
    zh: '值不能以“@”“`”“%”“,”等符号开头（YAML 保留了这些符号）。',
    en: 'A value cannot start with "@", "`", "%", "," and the like (YAML reserves them).',
    hintZh: '给整个值加上引号，例如 "@某某"。',
    hintEn: 'Quote the whole value, e.g. "@name".',
  },
  'text-after-quote': {
    zh: '引号已经结束，后面还有别的文字。',
    en: 'There is more text after the closing quote.',
    hintZh: '把整个值放进一对引号中；值里要用引号时，外面改用另一种引号（\'…"…"…\'）。',
    hintEn: 'Put the whole value inside one pair of quotes; to use quotes inside it, wrap it in the other kind (\'…"…"…\').',
  },
  'text-after-bracket': {
    zh: '方括号或花括号已经结束，后面还有别的文字。',
    en: 'There is more text after the closing bracket.',
    hintZh: '删除括号后面的文字，或把它放进括号里（各项之间用半角逗号隔开）。',
    hintEn: 'Remove the text after the bracket, or move it inside (entries separated by ASCII commas).',
  },
  'block-header': {
    zh: '“|”或“>”表示多行文本，后面必须换行，文字写在下面几行。',
    en: '"|" or ">" starts a multi-line text: the line must end there, with the text on the lines below.',
    hintZh: '把“|”后面的文字移到下一行并缩进；如果“|”只是文字，请给整个值加引号。',
    hintEn: 'Move the text after "|" to the next lines, indented; if the "|" is just text, quote the whole value.',
  },
  'bad-escape': {
    zh: '双引号中的反斜杠“\\”后面不是有效的转义字符。',
    en: 'A backslash "\\" inside double quotes is not followed by a valid escape.',
    hintZh: '改用单引号包住这个值，或把“\\”写成“\\\\”。',
    hintEn: 'Quote the value with single quotes instead, or write the backslash as "\\\\".',
  },
  'multiple-documents': {
    zh: '一个文件只能写一个目录，这里的 ---（或 ...）之后开始了第二个文档。',
    en: 'A file holds one catalogue, but a second document starts after the --- (or ...) here.',
    hintZh: '删除这一行的 ---（或 ...）；第二个目录请另存为一个文件。',
    hintEn: 'Remove the --- (or ...) on this line; save a second catalogue as a file of its own.',
  },
  'too-deep': {
    zh: '嵌套层级过深（超过 100 层），不像是目录文件。',
    en: 'Nesting is too deep (over 100 levels); this does not look like a catalogue.',
    hintZh: '检查缩进和括号是否成对；目录只有几层嵌套。',
    hintEn: 'Check indentation and matching brackets; a catalogue nests only a few levels.',
  },
  anchor: {
    zh: '锚点（&）或别名（*）写法有误：名称不能为空，一个值也只能有一个锚点。',
    en: 'An anchor (&) or alias (*) is malformed: it needs a name, and a value takes at most one anchor.',
    hintZh: '“&”“*”后紧跟名称；如果这里的 & 或 * 只是文字，请给整个值加引号。',
    hintEn: 'Put the name right after "&" or "*"; if the & or * is just text, quote the whole value.',
  },
  tag: {
    zh: '“!”开头的标签写法有误。',
    en: 'A tag (starting with "!") is malformed.',
    hintZh: '目录中不需要标签；如果这里的“!”只是文字，请给整个值加引号。',
    hintEn: 'Catalogues need no tags; if the "!" is just text, quote the whole value.',
  },
  directive: {
    zh: '以“%”开头的指令行写法有误。',
    en: 'A directive line (starting with "%") is malformed.',
    hintZh: '删除这一行；目录不需要 % 指令。',
    hintEn: 'Remove the line; catalogues need no % directives.',
  },
  unknown: {
    zh: '这里的内容无法按 YAML 读取。',
    en: 'The content here cannot be read as YAML.',
    hintZh: '检查该行及上一行的缩进、冒号（半角加空格）和引号、括号是否成对。',
    hintEn: 'Check indentation, colons (ASCII, followed by a space) and matching quotes and brackets on this line and the one before.',
  },
} satisfies Record<string, Wording>;

export type SyntaxMessageId = keyof typeof words;

/** The finding text for a syntax problem: always in the clerk's terms in both languages. */
export function syntaxProblem(messageId: SyntaxMessageId, offset: number, detail?: string): SyntaxProblem {
  const w: Wording = words[messageId];
  return {
    messageId,
    offset,
    message: { zh: `YAML 语法错误：${w.zh}`, en: `YAML syntax error: ${w.en}${detail ? ` (${detail})` : ''}` },
    hint: { zh: w.hintZh, en: w.hintEn },
  };
}
