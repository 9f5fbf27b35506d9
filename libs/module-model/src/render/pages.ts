/**
 * HTML for each declared page type, without the Xerte player and without scripts: questions are
 * fieldsets of labelled radio buttons or checkboxes with their feedback in `<details>`, sorting
 * and matching exercises are labelled selects with the solution in `<details>`, navigators are
 * sections (an accordion is a series of `<details>`). Page renderers write what comes below
 * the page title; `renderPage` adds the section, the title and what every page may carry.
 */
import { getAttribute, type NodeJson } from '../module-json';
import { htmlToPlainText } from '../text';
import {
  attr,
  esc,
  heading,
  mediaBlock,
  mediaUrl,
  pageHref,
  rich,
  richBlock,
  richInline,
  textOf,
  videoFrame,
  youTubeId,
  type RenderContext,
} from './context';

export type PageRenderer = (node: NodeJson, ctx: RenderContext) => string;

const childrenOfType = (node: NodeJson, ...types: string[]): NodeJson[] => node.children.filter((c) => types.includes(c.type));
const isTrue = (value: string | undefined): boolean => value === 'true';
const titleText = (node: NodeJson): string => htmlToPlainText(getAttribute(node, 'name') ?? '');

/** Rich text fields in order, each as a block. */
function blocks(ctx: RenderContext, node: NodeJson, ...names: string[]): string {
  return names.map((name) => richBlock(ctx, rich(node, name))).join('');
}

/** The media of a node with its alt text, caption and transcript fields. */
function nodeMedia(ctx: RenderContext, node: NodeJson, options: { url?: string; alt?: string; caption?: string; transcript?: string } = {}): string {
  const url = options.url ?? 'url';
  return mediaBlock(ctx, getAttribute(node, url), {
    alt: attr(node, options.alt ?? 'tip'),
    caption: textOf(attr(node, options.caption ?? 'caption')),
    transcript: rich(node, options.transcript ?? 'transcript'),
    title: titleText(node),
  });
}

function sound(ctx: RenderContext, node: NodeJson, field = 'sound', transcript = 'soundTranscript'): string {
  return mediaBlock(ctx, getAttribute(node, field), { transcript: rich(node, transcript), title: titleText(node) });
}

/** Text and media in the order Xerte's `align` puts them (text left/top = text first). */
function textWithMedia(text: string, media: string, align: string | undefined): string {
  if (!media) return text;
  const mediaFirst = align === 'Right' || align === 'Bottom' || align === 'right' || align === 'bottom';
  return `<div class="sw-text-media sw-align-${esc((align ?? 'left').toLowerCase())}">${mediaFirst ? media + text : text + media}</div>`;
}

function around(ctx: RenderContext, node: NodeJson, inner: string): string {
  return blocks(ctx, node, 'textTop') + inner + blocks(ctx, node, 'textBottom');
}

function details(summary: string, content: string, className: string): string {
  return content ? `<details class="${className}"><summary>${summary}</summary>${content}</details>` : '';
}

// ---------------------------------------------------------------------------------------------
// Questions

/**
 * A multiple choice question as a fieldset: the prompt describes it, each option is a labelled
 * radio button or checkbox, each option's feedback (and whether it is correct) sits in a
 * `<details>`, and the correct answers in one more.
 */
function choiceQuestion(ctx: RenderContext, q: NodeJson, options: NodeJson[], hint: string): string {
  const multiple = getAttribute(q, 'type') === 'Multiple Answer';
  const marked = getAttribute(q, 'markFeedback') !== 'false';
  const promptId = ctx.id(`${hint}-prompt`);
  const group = ctx.id(`${hint}-answer`);
  const prompt = rich(q, 'prompt');
  let html = prompt ? `<div class="sw-prompt" id="${promptId}">${richBlock(ctx, prompt)}</div>` : '';
  html += `<fieldset class="sw-choices"${prompt ? ` aria-describedby="${promptId}"` : ''}><legend>${esc(multiple ? ctx.t.chooseSeveral : ctx.t.chooseOne)}</legend>`;
  const correct: string[] = [];
  options.forEach((option, i) => {
    const inputId = ctx.id(`${hint}-option`);
    const label = richInline(ctx, rich(option, 'text')) || textOf(getAttribute(option, 'name'));
    if (isTrue(getAttribute(option, 'correct'))) correct.push(label);
    const verdict = marked ? `<p class="sw-verdict">${esc(isTrue(getAttribute(option, 'correct')) ? ctx.t.correct : ctx.t.incorrect)}</p>` : '';
    const feedback = richBlock(ctx, rich(option, 'feedback')) + mediaBlock(ctx, getAttribute(option, 'audioFB'), { transcript: rich(option, 'audioTranscript') });
    html +=
      `<div class="sw-option"><input type="${multiple ? 'checkbox' : 'radio'}" id="${inputId}" name="${group}" value="${i + 1}">` +
      `<label for="${inputId}">${label}</label>` +
      details(esc(ctx.t.feedbackFor(i + 1)), feedback + verdict, 'sw-feedback') +
      `</div>`;
  });
  html += `</fieldset>`;
  if (marked && correct.length > 0) {
    html += details(esc(correct.length > 1 ? ctx.t.showAnswers : ctx.t.showAnswer), `<ul>${correct.map((c) => `<li>${c}</li>`).join('')}</ul>`, 'sw-answer');
  }
  const general = richBlock(ctx, rich(q, 'feedback'));
  if (general) html += details(esc(ctx.t.generalFeedback), general, 'sw-general-feedback');
  return `<div class="sw-question">${html}</div>`;
}

const mcq: PageRenderer = (node, ctx) =>
  around(ctx, node, blocks(ctx, node, 'instruction') + choiceQuestion(ctx, node, childrenOfType(node, 'option'), 'mcq'));

const quiz: PageRenderer = (node, ctx) => {
  const questions = childrenOfType(node, 'question');
  let html = blocks(ctx, node, 'instructions') + nodeMedia(ctx, node, { url: 'img' }) + mediaBlock(ctx, getAttribute(node, 'video'), { title: titleText(node) });
  questions.forEach((q, i) => {
    const id = ctx.id('question');
    html +=
      `<section class="sw-quiz-question" aria-labelledby="${id}">` +
      heading(ctx, ctx.level + 1, esc(ctx.t.question(i + 1, questions.length)), id) +
      nodeMedia(ctx, q, { url: 'image' }) +
      sound(ctx, q) +
      choiceQuestion(ctx, q, childrenOfType(q, 'option'), 'quiz') +
      `</section>`;
  });
  html += details(esc(ctx.t.generalFeedback), blocks(ctx, node, 'feedback'), 'sw-general-feedback');
  return around(ctx, node, html);
};

/** The branching question: like a question, each answer leading to a page. */
const cMcq: PageRenderer = (node, ctx) => {
  const promptId = ctx.id('cmcq-prompt');
  const prompt = rich(node, 'prompt');
  let html = blocks(ctx, node, 'instruction');
  if (prompt) html += `<div class="sw-prompt" id="${promptId}">${richBlock(ctx, prompt)}</div>`;
  html += `<ul class="sw-branches"${prompt ? ` aria-describedby="${promptId}"` : ''}>`;
  for (const option of childrenOfType(node, 'cOption')) {
    const label = richInline(ctx, rich(option, 'text')) || textOf(getAttribute(option, 'name'));
    const href = pageHref(ctx, getAttribute(option, 'destination'));
    html += `<li>${href ? `<a href="${esc(href)}">${label}</a>` : `${label} <span class="sw-note">(${esc(ctx.t.noDestination)})</span>`}</li>`;
  }
  html += `</ul>`;
  return around(ctx, node, html);
};

// ---------------------------------------------------------------------------------------------
// Gap fill

interface Gap {
  answers: string[];
  options: string[];
}

/**
 * Splits canonical HTML at the gap delimiter, looking only at text outside tags: `parts` are the
 * HTML between gaps, `gaps` the (escaped) text inside them. Tags met inside a gap move to the
 * part after it, emptied of their text, so the HTML stays balanced.
 */
function splitGaps(html: string, delimiter: string): { parts: string[]; gaps: string[] } {
  const parts: string[] = [];
  const gaps: string[] = [];
  let current = '';
  let gap: string | null = null;
  let inTag = false;
  let i = 0;
  while (i < html.length) {
    const ch = html[i];
    if (inTag) {
      current += ch;
      if (ch === '>') inTag = false;
      i++;
      continue;
    }
    if (ch === '<') {
      inTag = true;
      current += ch;
      i++;
      continue;
    }
    if (delimiter && html.startsWith(delimiter, i)) {
      if (gap === null) {
        parts.push(current);
        current = '';
        gap = '';
      } else {
        gaps.push(gap);
        // tags collected while inside the gap belong to the text that follows
        gap = null;
      }
      i += delimiter.length;
      continue;
    }
    if (gap !== null) gap += ch;
    else current += ch;
    i++;
  }
  if (gap !== null) current = delimiter + gap + current; // unmatched delimiter: plain text
  parts.push(current);
  return { parts, gaps };
}

function decodeText(html: string): string {
  return htmlToPlainText(html);
}

const gapFill: PageRenderer = (node, ctx) => {
  const mode = getAttribute(node, 'interactivity') ?? 'Drag Drop';
  const main = (getAttribute(node, 'mainDelimiter') ?? '').trim() || '|';
  const answerDelimiter = getAttribute(node, 'answerDelimiter') || ',';
  const dropDelimiter = getAttribute(node, 'dropDownDelimiter') || '/';
  const noiseDelimiter = getAttribute(node, 'noiseDelimiter') || ' ';
  const noise = (getAttribute(node, 'noise') ?? '').split(noiseDelimiter).map((s) => s.trim()).filter(Boolean);
  const passageHtml = richBlock(ctx, rich(node, 'passage'));
  const { parts, gaps } = splitGaps(passageHtml, main);
  const parsed: Gap[] = gaps.map((raw) => {
    // Tags that were inside the gap are dropped from the answer and kept in the HTML.
    const text = decodeText(raw);
    if (mode === 'Drop Down Menu') {
      const [first, ...wrong] = text.split(dropDelimiter);
      const answers = first.split(answerDelimiter).map((s) => s.trim()).filter(Boolean);
      const options = [...new Set([...answers, ...wrong.map((s) => s.trim()), ...noise])].filter(Boolean);
      if (getAttribute(node, 'dropDownSort') !== 'random') options.sort((a, b) => a.localeCompare(b));
      return { answers, options };
    }
    return { answers: text.split(answerDelimiter).map((s) => s.trim()).filter(Boolean), options: [] };
  });
  let passage = parts[0];
  parsed.forEach((gap, i) => {
    const id = ctx.id('gap');
    const label = `<label class="sw-visually-hidden" for="${id}">${esc(ctx.t.gap(i + 1))}</label>`;
    const size = Math.max(4, ...gap.answers.map((a) => a.length));
    const control =
      mode === 'Drop Down Menu'
        ? `<select id="${id}"><option value="">${esc(ctx.t.chooseOption)}</option>${gap.options.map((o) => `<option>${esc(o)}</option>`).join('')}</select>`
        : `<input type="text" id="${id}" size="${size}" autocomplete="off" spellcheck="false">`;
    passage += `<span class="sw-gap">${label}${control}</span>${parts[i + 1]}`;
  });
  const answers = parsed.length
    ? `<ol>${parsed.map((g) => `<li>${esc(g.answers.join(' / '))}</li>`).join('')}</ol>`
    : '';
  const distractors = mode === 'Drag Drop' && (parsed.length > 0 || noise.length > 0)
    ? `<p class="sw-word-bank">${[...parsed.flatMap((g) => g.answers.slice(0, 1)), ...noise].sort((a, b) => a.localeCompare(b)).map((w) => `<span>${esc(w)}</span>`).join(' ')}</p>`
    : '';
  return around(
    ctx,
    node,
    blocks(ctx, node, 'text') +
      distractors +
      `<div class="sw-gap-fill">${passage}</div>` +
      details(esc(parsed.length > 1 ? ctx.t.showAnswers : ctx.t.showAnswer), answers, 'sw-answer') +
      details(esc(ctx.t.generalFeedback), blocks(ctx, node, 'feedback'), 'sw-general-feedback'),
  );
};

// ---------------------------------------------------------------------------------------------
// Sorting and matching

function select(ctx: RenderContext, label: string, options: string[]): string {
  const id = ctx.id('select');
  return (
    `<div class="sw-select"><label for="${id}">${esc(label)}</label> ` +
    `<select id="${id}"><option value="">${esc(ctx.t.chooseOption)}</option>${options.map((o) => `<option>${esc(o)}</option>`).join('')}</select></div>`
  );
}

const byText = (a: string, b: string): number => a.localeCompare(b);

const categories: PageRenderer = (node, ctx) => {
  const cats = childrenOfType(node, 'category');
  const catNames = cats.map(titleText);
  const items = cats.flatMap((c) => childrenOfType(c, 'item').map(titleText)).sort(byText);
  const solution = cats
    .map((c) => `<li>${esc(titleText(c))}<ul>${childrenOfType(c, 'item').map((i) => `<li>${textOf(getAttribute(i, 'name'))}</li>`).join('')}</ul></li>`)
    .join('');
  return (
    blocks(ctx, node, 'text') +
    `<div class="sw-sorting">${items.map((item) => select(ctx, ctx.t.chooseCategory(item), catNames)).join('')}</div>` +
    details(esc(ctx.t.showAnswers), solution ? `<ul>${solution}</ul>` : '', 'sw-answer') +
    details(esc(ctx.t.generalFeedback), blocks(ctx, node, 'feedback'), 'sw-general-feedback')
  );
};

const timeline: PageRenderer = (node, ctx) => {
  const dates = childrenOfType(node, 'timelinedate');
  const pairs = getAttribute(node, 'interactivity') === 'Matching Pairs';
  let exercise: string;
  let solution: string;
  if (pairs) {
    const texts = dates.map((d) => htmlToPlainText(rich(d, 'text')?.html ?? '')).filter(Boolean).sort(byText);
    exercise = dates.map((d) => select(ctx, ctx.t.matchFor(titleText(d)), texts)).join('');
    solution = `<dl>${dates.map((d) => `<dt>${textOf(getAttribute(d, 'name'))}</dt><dd>${richBlock(ctx, rich(d, 'text'))}</dd>`).join('')}</dl>`;
  } else {
    const positions = dates.map((_, i) => String(i + 1));
    exercise = dates.map(titleText).sort(byText).map((name) => select(ctx, ctx.t.position(name), positions)).join('');
    solution = `<ol>${dates.map((d) => `<li>${textOf(getAttribute(d, 'name'))}${richBlock(ctx, rich(d, 'text'))}</li>`).join('')}</ol>`;
  }
  return (
    blocks(ctx, node, 'text') +
    `<div class="sw-sorting">${exercise}</div>` +
    details(esc(pairs ? ctx.t.pairs : ctx.t.timelineOrder), dates.length ? solution : '', 'sw-answer') +
    details(esc(ctx.t.generalFeedback), blocks(ctx, node, 'feedback'), 'sw-general-feedback')
  );
};

const textMatch: PageRenderer = (node, ctx) => {
  const sentences = childrenOfType(node, 'sentence');
  const endings = sentences.map((s) => htmlToPlainText(rich(s, 'p2')?.html ?? '')).filter(Boolean).sort(byText);
  const exercise = sentences
    .map((s) => {
      const start = htmlToPlainText(rich(s, 'p1')?.html ?? '');
      const hint = richBlock(ctx, rich(s, 'hint'));
      return select(ctx, ctx.t.matchFor(start), endings) + details(esc(ctx.t.hint), hint, 'sw-hint');
    })
    .join('');
  const solution = sentences.map((s) => `<li>${richInline(ctx, rich(s, 'p1'))} … ${richInline(ctx, rich(s, 'p2'))}</li>`).join('');
  return (
    blocks(ctx, node, 'text') +
    `<div class="sw-sorting">${exercise}</div>` +
    details(esc(ctx.t.pairs), solution ? `<ul>${solution}</ul>` : '', 'sw-answer') +
    details(esc(ctx.t.generalFeedback), blocks(ctx, node, 'feedback'), 'sw-general-feedback')
  );
};

/**
 * The sortable grid as a table: fixed cells (header rows and columns, `fixedRows`, `fixedCols`,
 * `fixedCells`, 1-based, cells as `column,row`) are shown, every other cell is a labelled select
 * of the labels that may go there (its row or column when `constrain` says so); the grid itself
 * sits in `<details>`.
 */
const grid: PageRenderer = (node, ctx) => {
  const rows = parseGrid(getAttribute(node, 'data'));
  const header = getAttribute(node, 'header') ?? 'none';
  const headerRow = header === 'row' || header === 'both';
  const headerCol = header === 'col' || header === 'both';
  const numbers = (value: string | undefined): number[] =>
    (value ?? '').split(',').map((n) => Number(n.trim()) - 1).filter((n) => Number.isInteger(n) && n >= 0);
  const fixedRows = new Set(numbers(getAttribute(node, 'fixedRows')));
  const fixedCols = new Set(numbers(getAttribute(node, 'fixedCols')));
  if (headerRow) fixedRows.add(0);
  if (headerCol) fixedCols.add(0);
  const fixedCells = new Set(
    (getAttribute(node, 'fixedCells') ?? '')
      .split('|')
      .map((pair) => numbers(pair))
      .filter((pair) => pair.length === 2)
      .map(([column, row]) => `${row},${column}`),
  );
  const isFixed = (r: number, c: number): boolean => fixedRows.has(r) || fixedCols.has(c) || fixedCells.has(`${r},${c}`);
  const isHeader = (r: number, c: number): boolean => (headerRow && r === 0) || (headerCol && c === 0);
  const constrain = getAttribute(node, 'constrain') ?? 'none';
  const labelText = (value: string): string => htmlToPlainText(value).trim();
  const optionsFor = (r: number, c: number): string[] => {
    const pool: string[] = [];
    rows.forEach((row, i) =>
      row.forEach((value, j) => {
        if (isFixed(i, j) || (constrain === 'row' && i !== r) || (constrain === 'col' && j !== c)) return;
        const text = labelText(value);
        if (text) pool.push(text);
      }),
    );
    return [...new Set(pool)].sort(byText);
  };
  const shown = (r: number, c: number, value: string): string =>
    isHeader(r, c) ? `<th scope="${headerRow && r === 0 ? 'col' : 'row'}">${richInline(ctx, value)}</th>` : `<td>${richInline(ctx, value)}</td>`;
  const exercise = rows
    .map((row, r) => {
      const cells = row.map((value, c) => {
        if (isFixed(r, c)) return shown(r, c, value);
        const id = ctx.id('cell');
        return (
          `<td><label class="sw-visually-hidden" for="${id}">${esc(ctx.t.gridCell(r + 1, c + 1))}</label>` +
          `<select id="${id}"><option value="">${esc(ctx.t.chooseOption)}</option>${optionsFor(r, c).map((o) => `<option>${esc(o)}</option>`).join('')}</select></td>`
        );
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  const solution = rows.map((row, r) => `<tr>${row.map((value, c) => shown(r, c, value)).join('')}</tr>`).join('');
  const table = (body: string): string => `<table class="sw-grid sw-grid-${esc(getAttribute(node, 'style') ?? 'none')}"><tbody>${body}</tbody></table>`;
  const gridHtml = rows.length ? `<div class="sw-sorting">${table(exercise)}</div>${details(esc(ctx.t.gridSolution), table(solution), 'sw-answer')}` : '';
  return (
    textWithMedia(blocks(ctx, node, 'text'), gridHtml, getAttribute(node, 'align')) +
    details(esc(ctx.t.generalFeedback), blocks(ctx, node, 'feedback'), 'sw-general-feedback')
  );
};

// ---------------------------------------------------------------------------------------------
// Text highlighting

/** A titled panel of rich text (a section with a heading when it has a title). */
function panel(ctx: RenderContext, node: NodeJson, titleField: string, textField: string, className: string): string {
  const body = richBlock(ctx, rich(node, textField));
  if (!body) return '';
  const title = textOf(attr(node, titleField));
  if (!title) return `<div class="${className}">${body}</div>`;
  const id = ctx.id(textField);
  return `<section class="${className}" aria-labelledby="${id}">${heading(ctx, ctx.level + 1, title, id)}${body}</section>`;
}

/**
 * Highlighting or note taking without the player: the texts as panels, a labelled text area for
 * notes (note taking), the feedback and the suggested answer in `<details>`.
 */
const textHighlight: PageRenderer = (node, ctx) => {
  const textPos = getAttribute(node, 'textPos') ?? 'top';
  let html = textPos === 'top' || textPos === 'left' ? blocks(ctx, node, 'text') : panel(ctx, node, 'textTitle', 'text', 'sw-panel');
  html += panel(ctx, node, 'initialTitle', 'initialText', 'sw-panel sw-highlight-text');
  if (getAttribute(node, 'mode') === 'Notes') {
    const id = ctx.id('notes');
    const placeholder = htmlToPlainText(rich(node, 'notesText')?.html ?? '');
    html += `<div class="sw-notes"><label for="${id}">${textOf(attr(node, 'notesTitle')) || esc(ctx.t.notes)}</label><textarea id="${id}" rows="8">${esc(placeholder)}</textarea></div>`;
  }
  html += details(textOf(attr(node, 'feedbackTitle')) || esc(ctx.t.generalFeedback), blocks(ctx, node, 'feedback'), 'sw-general-feedback');
  html += details(textOf(attr(node, 'suggestedTitle')) || esc(ctx.t.suggestedAnswer), blocks(ctx, node, 'suggestedText'), 'sw-answer');
  return around(ctx, node, html);
};

// ---------------------------------------------------------------------------------------------
// Games

type Direction = 'right' | 'down' | 'diagonal';
const DIRECTIONS: readonly Direction[] = ['right', 'down', 'diagonal'];
const STEPS: Readonly<Record<Direction, readonly [number, number]>> = { right: [0, 1], down: [1, 0], diagonal: [1, 1] };
const MAX_WORDS = 40;
const MAX_GRID = 20;

/** A deterministic pseudo-random sequence (FNV-1a seed, mulberry32): the same words give the same puzzle. */
function seededRandom(seed: string): () => number {
  let a = 2166136261;
  for (let i = 0; i < seed.length; i++) a = Math.imul(a ^ seed.charCodeAt(i), 16777619);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Placement {
  row: number;
  column: number;
  direction: Direction;
}

/** Places the words (longest first) right, down or diagonally in a square, then fills the rest. */
function buildWordSearch(words: string[][], fill: string[], random: () => number): { grid: string[][]; placements: (Placement | undefined)[] } {
  const longest = Math.max(0, ...words.map((w) => w.length));
  const total = words.reduce((n, w) => n + w.length, 0);
  const size = Math.min(MAX_GRID, Math.max(8, longest, Math.ceil(Math.sqrt(total * 2))));
  const cells: (string | undefined)[][] = Array.from({ length: size }, () => new Array<string | undefined>(size).fill(undefined));
  const placements: (Placement | undefined)[] = words.map(() => undefined);
  const order = words.map((_, i) => i).sort((a, b) => words[b].length - words[a].length || a - b);
  for (const i of order) {
    const letters = words[i];
    if (letters.length === 0 || letters.length > size) continue;
    for (let attempt = 0; attempt < 200 && !placements[i]; attempt++) {
      const direction = DIRECTIONS[Math.floor(random() * DIRECTIONS.length)];
      const [dr, dc] = STEPS[direction];
      const row = Math.floor(random() * (size - dr * (letters.length - 1)));
      const column = Math.floor(random() * (size - dc * (letters.length - 1)));
      const fits = letters.every((letter, k) => {
        const cell = cells[row + dr * k][column + dc * k];
        return cell === undefined || cell === letter;
      });
      if (!fits) continue;
      letters.forEach((letter, k) => (cells[row + dr * k][column + dc * k] = letter));
      placements[i] = { row, column, direction };
    }
  }
  return { grid: cells.map((row) => row.map((cell) => cell ?? fill[Math.floor(random() * fill.length)])), placements };
}

/**
 * A word search as a letter table generated from the word list (the same list always gives the
 * same puzzle), the words to find (unless `hideWords`), and where each word is in `<details>`.
 */
const wordsearch: PageRenderer = (node, ctx) => {
  const words = [...new Set((getAttribute(node, 'words') ?? '').split(/\r?\n/).map((w) => w.trim()).filter(Boolean))].slice(0, MAX_WORDS);
  if (words.length === 0) return blocks(ctx, node, 'text');
  const puzzleCase = getAttribute(node, 'puzzleCase') ?? 'uppercase';
  const caseOf = (s: string): string => (puzzleCase === 'lowercase' ? s.toLocaleLowerCase() : puzzleCase === 'astyped' ? s : s.toLocaleUpperCase());
  const letters = (s: string): string[] => Array.from(caseOf(s).replace(/\s+/g, ''));
  const fillChars = letters(getAttribute(node, 'fillChars') ?? '');
  const fill = fillChars.length > 0 ? fillChars : letters(puzzleCase === 'lowercase' ? 'abcdefghijklmnopqrstuvwxyz' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const { grid: cells, placements } = buildWordSearch(words.map(letters), fill, seededRandom(words.join('\n')));
  const table = !placements.some(Boolean)
    ? ''
    : `<table class="sw-wordsearch"><caption>${esc(ctx.t.wordsearch)}</caption><tbody>` +
    cells.map((row) => `<tr>${row.map((cell) => `<td>${esc(cell)}</td>`).join('')}</tr>`).join('') +
    `</tbody></table>`;
  const order = getAttribute(node, 'order') ?? 'none';
  let listed = [...words];
  if (order === 'alphabetical') listed.sort(byText);
  else if (order === 'random') {
    const random = seededRandom(`order\n${words.join('\n')}`);
    listed = listed.map((w) => ({ w, k: random() })).sort((a, b) => a.k - b.k).map(({ w }) => w);
  }
  let list = '';
  if (getAttribute(node, 'hideWords') !== 'true') {
    const id = ctx.id('words');
    list = `<section class="sw-word-list" aria-labelledby="${id}">${heading(ctx, ctx.level + 1, esc(ctx.t.wordsToFind), id)}<ul>${listed.map((w) => `<li>${esc(w)}</li>`).join('')}</ul></section>`;
  }
  const solution = `<ul>${words
    .map((w, i) => {
      const at = placements[i];
      return `<li>${esc(at ? ctx.t.wordPosition(w, at.row + 1, at.column + 1, at.direction) : ctx.t.wordNotPlaced(w))}</li>`;
    })
    .join('')}</ul>`;
  return blocks(ctx, node, 'text') + table + list + details(esc(ctx.t.wordsearchSolution), solution, 'sw-answer');
};

// ---------------------------------------------------------------------------------------------
// Images with regions

function regionList(ctx: RenderContext, regions: NodeJson[], className: string): string {
  if (regions.length === 0) return '';
  return `<ul class="${className}">${regions
    .map((r) => {
      const text = richBlock(ctx, rich(r, 'text')) || richBlock(ctx, rich(r, 'hotspotPopUp'));
      const name = textOf(getAttribute(r, 'name'));
      return `<li>${text ? `<details><summary>${name}</summary>${text}</details>` : name}</li>`;
    })
    .join('')}</ul>`;
}

const dragDropLabel: PageRenderer = (node, ctx) => {
  const id = ctx.id('labels');
  const hotspots = childrenOfType(node, 'hotspot');
  const list = hotspots.length ? `<section aria-labelledby="${id}">${heading(ctx, ctx.level + 1, esc(ctx.t.labels), id)}${regionList(ctx, hotspots, 'sw-labels')}</section>` : '';
  return textWithMedia(blocks(ctx, node, 'text'), nodeMedia(ctx, node), getAttribute(node, 'align')) + list;
};

const hotspotImage: PageRenderer = (node, ctx) => {
  const id = ctx.id('hotspots');
  const hotspots = childrenOfType(node, 'flexhotspot', 'hotspot');
  const list = hotspots.length ? `<section aria-labelledby="${id}">${heading(ctx, ctx.level + 1, esc(ctx.t.hotspots), id)}${regionList(ctx, hotspots, 'sw-hotspots')}</section>` : '';
  return textWithMedia(blocks(ctx, node, 'text'), nodeMedia(ctx, node), getAttribute(node, 'align')) + list;
};

/** Morphing images without the player: the first image, the second behind the zoom button (`<details>`). */
const morphImages: PageRenderer = (node, ctx) => {
  const first = mediaBlock(ctx, getAttribute(node, 'url'), { alt: attr(node, 'tip1'), title: ctx.t.firstImage });
  const second = mediaBlock(ctx, getAttribute(node, 'url2'), { alt: attr(node, 'tip2'), title: ctx.t.secondImage });
  const zoom = details(textOf(attr(node, 'buttonLabel')) || esc(ctx.t.zoom), second, 'sw-morph-zoom');
  return textWithMedia(blocks(ctx, node, 'text'), first || zoom ? `<div class="sw-morph">${first}${zoom}</div>` : '', 'Left');
};

const connectorHotspotImage: PageRenderer = (node, ctx) => {
  const links = childrenOfType(node, 'cHotspot')
    .map((h) => {
      const name = textOf(getAttribute(h, 'name'));
      const href = pageHref(ctx, getAttribute(h, 'destination'));
      const text = richBlock(ctx, rich(h, 'hotspotPopUp'));
      const link = href ? `<a href="${esc(href)}">${name}</a>` : name;
      return `<li>${link}${text}</li>`;
    })
    .join('');
  const nav = links ? `<nav aria-label="${esc(titleText(node) || ctx.t.hotspots)}"><ul class="sw-hotspot-links">${links}</ul></nav>` : '';
  return textWithMedia(blocks(ctx, node, 'text'), nodeMedia(ctx, node), getAttribute(node, 'align')) + nav;
};

// ---------------------------------------------------------------------------------------------
// Navigators

function nestedSection(ctx: RenderContext, child: NodeJson, level: number): string {
  const id = ctx.id('section');
  const media = nodeMedia(ctx, child);
  const text = blocks(ctx, child, 'text');
  const body = getAttribute(child, 'align') === 'Bottom' ? text + media : media + text;
  return `<section class="sw-nested" aria-labelledby="${id}">${heading(ctx, level, textOf(getAttribute(child, 'name')), id)}${body}</section>`;
}

function nestedDetails(ctx: RenderContext, child: NodeJson): string {
  return `<details class="sw-nested"><summary>${textOf(getAttribute(child, 'name'))}</summary>${nodeMedia(ctx, child)}${blocks(ctx, child, 'text')}</details>`;
}

/** Tabs, buttons, columns and slides become consecutive sections; an accordion, `<details>`. */
function navigator(childType: string, accordion: (node: NodeJson) => boolean): PageRenderer {
  return (node, ctx) => {
    const children = childrenOfType(node, childType);
    const acc = accordion(node);
    const items = children.map((c) => (acc ? nestedDetails(ctx, c) : nestedSection(ctx, c, ctx.level + 1))).join('');
    const kind = esc((getAttribute(node, 'type') ?? node.type).toLowerCase());
    return around(ctx, node, blocks(ctx, node, 'text') + `<div class="sw-navigator sw-navigator-${kind}">${items}</div>`);
  };
}

const tabNavExtra: PageRenderer = (node, ctx) => {
  let html = blocks(ctx, node, 'text');
  for (const topic of childrenOfType(node, 'topic')) {
    const topicId = ctx.id('topic');
    html += `<section class="sw-topic" aria-labelledby="${topicId}">${heading(ctx, ctx.level + 1, textOf(getAttribute(topic, 'name')), topicId)}`;
    for (const tab of childrenOfType(topic, 'nestedTab')) {
      const tabId = ctx.id('tab');
      html += `<section class="sw-tab" aria-labelledby="${tabId}">${heading(ctx, ctx.level + 2, textOf(getAttribute(tab, 'name')), tabId)}`;
      html += childrenOfType(tab, 'nestedPage').map((p) => nestedSection(ctx, p, ctx.level + 3)).join('');
      html += `</section>`;
    }
    html += `</section>`;
  }
  return html;
};

const columnPage: PageRenderer = (node, ctx) => {
  const showTitles = getAttribute(node, 'showTitles') !== 'false';
  const columns = childrenOfType(node, 'nestedColumnPage', 'nestedPage')
    .map((c) => {
      if (showTitles) return nestedSection(ctx, c, ctx.level + 1);
      const body = getAttribute(c, 'align') === 'Bottom' ? blocks(ctx, c, 'text') + nodeMedia(ctx, c) : nodeMedia(ctx, c) + blocks(ctx, c, 'text');
      return `<div class="sw-nested" aria-label="${esc(titleText(c))}">${body}</div>`;
    })
    .join('');
  return blocks(ctx, node, 'header') + `<div class="sw-columns">${columns}</div>` + blocks(ctx, node, 'textBottom');
};

// ---------------------------------------------------------------------------------------------
// Charts and tables

function parseGrid(value: string | undefined): string[][] {
  if (!value) return [];
  return value.split('||').map((row) => row.split('|'));
}

const table: PageRenderer = (node, ctx) => {
  const tables = childrenOfType(node, 'tableData')
    .map((t) => {
      const rows = parseGrid(getAttribute(t, 'data'));
      if (rows.length === 0) return '';
      const header = getAttribute(t, 'header') ?? 'header';
      const head = header === 'header' || header === 'both' ? rows.shift() : undefined;
      const foot = (header === 'footer' || header === 'both') && rows.length > 0 ? rows.pop() : undefined;
      const cell = (tag: string, value: string, scope = ''): string => `<${tag}${scope}>${richInline(ctx, value)}</${tag}>`;
      const name = attr(t, 'name');
      const summaryId = ctx.id('table-summary');
      const summary = attr(t, 'alt');
      return (
        `<figure class="sw-table">` +
        `<table${summary ? ` aria-describedby="${summaryId}"` : ''}>` +
        (name ? `<caption>${textOf(name)}</caption>` : '') +
        (head ? `<thead><tr>${head.map((v) => cell('th', v, ' scope="col"')).join('')}</tr></thead>` : '') +
        `<tbody>${rows.map((r) => `<tr>${r.map((v) => cell('td', v)).join('')}</tr>`).join('')}</tbody>` +
        (foot ? `<tfoot><tr>${foot.map((v) => cell('td', v)).join('')}</tr></tfoot>` : '') +
        `</table>` +
        (summary ? `<p class="sw-visually-hidden" id="${summaryId}">${esc(summary)}</p>` : '') +
        (attr(t, 'caption') ? `<figcaption>${textOf(attr(t, 'caption'))}</figcaption>` : '') +
        `</figure>`
      );
    })
    .join('');
  return textWithMedia(blocks(ctx, node, 'text'), tables, getAttribute(node, 'align'));
};

/** A chart as the table of its data (labels down, series across), which every reader can use. */
const chart: PageRenderer = (node, ctx) => {
  const series = childrenOfType(node, 'series').map((s) => ({ name: titleText(s), rows: parseGrid(getAttribute(s, 'data')) }));
  const labels: string[] = [];
  for (const s of series) for (const [label] of s.rows) if (label !== undefined && !labels.includes(label)) labels.push(label);
  const value = (rows: string[][], label: string): string => rows.find(([l]) => l === label)?.[1] ?? '';
  const title = textOf(attr(node, 'chartTitle'));
  const summary = attr(node, 'alt');
  const data =
    series.length === 0
      ? ''
      : `<figure class="sw-chart sw-chart-${esc((getAttribute(node, 'chartType') ?? 'line').replace(/\s+/g, '-'))}"><table>` +
        `<caption>${title || esc(ctx.t.chartData)}</caption>` +
        `<thead><tr><th scope="col">${esc(ctx.t.chartLabel)}</th>${series.map((s) => `<th scope="col">${esc(s.name)}</th>`).join('')}</tr></thead>` +
        `<tbody>${labels.map((l) => `<tr><th scope="row">${esc(l)}</th>${series.map((s) => `<td>${esc(value(s.rows, l))}</td>`).join('')}</tr>`).join('')}</tbody>` +
        `</table>${summary ? `<figcaption>${esc(summary)}</figcaption>` : ''}</figure>`;
  return around(ctx, node, blocks(ctx, node, 'text') + data);
};

// ---------------------------------------------------------------------------------------------
// Text, media and links

const bodyPage: PageRenderer = (node, ctx) => blocks(ctx, node, 'body');

const title: PageRenderer = (node, ctx) => blocks(ctx, node, 'body', 'additionalTxt') + nodeMedia(ctx, node);

const bullets: PageRenderer = (node, ctx) => around(ctx, node, blocks(ctx, node, 'text', 'body'));

const textGraphics: PageRenderer = (node, ctx) =>
  textWithMedia(blocks(ctx, node, 'body'), nodeMedia(ctx, node) + sound(ctx, node, 'sound', 'transcript'), getAttribute(node, 'align'));

const bleedingImage: PageRenderer = (node, ctx) => {
  const link = (getAttribute(node, 'link') ?? '').trim();
  const linkHtml = /^https?:\/\/[^\s"'<>]+$/i.test(link) ? `<p><a href="${esc(link)}" rel="noopener noreferrer">${textOf(attr(node, 'linkIntro')) || esc(link)}</a></p>` : '';
  return textWithMedia(blocks(ctx, node, 'body') + linkHtml, nodeMedia(ctx, node) + sound(ctx, node), getAttribute(node, 'align'));
};

const textVideo: PageRenderer = (node, ctx) => textWithMedia(blocks(ctx, node, 'body'), nodeMedia(ctx, node), getAttribute(node, 'align'));

const youtube: PageRenderer = (node, ctx) => {
  const id = youTubeId(node.body ?? '');
  const frame = id ? videoFrame(id, titleText(node) || ctx.t.video) : undefined;
  return blocks(ctx, node, 'text') + (frame ? `<figure class="sw-media sw-video">${frame}</figure>` : '');
};

const embedDiv: PageRenderer = (node, ctx) => {
  const src = (getAttribute(node, 'src') ?? '').trim();
  const frameSrc = /<iframe[^>]*\ssrc=["']([^"']+)["']/i.exec(src)?.[1] ?? src;
  const frame = videoFrame(frameSrc, titleText(node) || ctx.t.video);
  let embed: string;
  if (frame) embed = `<figure class="sw-media sw-video">${frame}</figure>`;
  else if (/^https?:\/\/[^\s"'<>]+$/i.test(frameSrc)) embed = `<p class="sw-embed"><a href="${esc(frameSrc)}" rel="noopener noreferrer" target="_blank">${esc(ctx.t.openEmbed)}</a></p>`;
  else embed = src ? `<p class="sw-embed sw-not-shown">${esc(ctx.t.embedNotShown)}</p>` : '';
  return around(ctx, node, blocks(ctx, node, 'text') + embed);
};

const pdf: PageRenderer = (node, ctx) => {
  const url = mediaUrl(ctx, getAttribute(node, 'url'));
  const label = textOf(attr(node, 'open')) || esc(ctx.t.openPdf);
  return around(ctx, node, blocks(ctx, node, 'text') + (url ? `<p class="sw-pdf"><a href="${esc(url)}" type="application/pdf">${label}</a></p>` : ''));
};

const thumbnailViewer: PageRenderer = (node, ctx) => {
  const images = childrenOfType(node, 'thumbnailImage')
    .map((img) => {
      const figure = mediaBlock(ctx, getAttribute(img, 'url'), { alt: attr(img, 'tip'), caption: textOf(attr(img, 'name')) });
      return `<li>${figure}${blocks(ctx, img, 'text')}</li>`;
    })
    .join('');
  return blocks(ctx, node, 'text') + (images ? `<ul class="sw-gallery">${images}</ul>` : '');
};

const links: PageRenderer = (node, ctx) => {
  const items = childrenOfType(node, 'link')
    .map((link) => {
      const url = (getAttribute(link, 'url') ?? '').trim();
      const safe = /^(https?:|mailto:)/i.test(url) ? url : undefined;
      const label = textOf(attr(link, 'urlTxt')) || textOf(getAttribute(link, 'name')) || esc(url);
      const name = attr(link, 'urlTxt') ? heading(ctx, ctx.level + 1, textOf(getAttribute(link, 'name'))) : '';
      const anchor = safe ? `<a href="${esc(safe)}" rel="noopener noreferrer"${getAttribute(link, 'target') !== 'lightbox' ? ' target="_blank"' : ''}>${label}</a>` : label;
      return `<li>${name}<p>${anchor}</p>${blocks(ctx, link, 'text')}</li>`;
    })
    .join('');
  return around(ctx, node, blocks(ctx, node, 'text') + (items ? `<ul class="sw-links">${items}</ul>` : ''));
};

function headed(ctx: RenderContext, node: NodeJson, pairs: [header: string, text: string][]): string {
  return pairs
    .map(([header, text]) => {
      const body = richBlock(ctx, rich(node, text));
      if (!body) return '';
      const id = ctx.id(text);
      return `<section aria-labelledby="${id}">${heading(ctx, ctx.level + 1, textOf(getAttribute(node, header)) || esc(text), id)}${body}</section>`;
    })
    .join('');
}

const summary: PageRenderer = (node, ctx) =>
  headed(ctx, node, [
    ['summaryHeader', 'summary'],
    ['nextstepsHeader', 'nextsteps'],
  ]) + nodeMedia(ctx, node);

const orient: PageRenderer = (node, ctx) =>
  headed(ctx, node, [
    ['goalsHeader', 'goals'],
    ['audienceHeader', 'audience'],
    ['prereqHeader', 'prereq'],
    ['howtoHeader', 'howto'],
  ]) + nodeMedia(ctx, node);

/** A renderer for every declared page type (the chapter is rendered by `renderModule`). */
export const PAGE_RENDERERS: Readonly<Record<string, PageRenderer>> = {
  text: bodyPage,
  title,
  bullets,
  columnPage,
  summary,
  orient,
  textGraphics,
  bleedingImage,
  textVideo,
  youtube,
  pdf,
  thumbnailViewer,
  morphImages,
  links,
  embedDiv,
  nav: navigator('navPage', (node) => getAttribute(node, 'type') === 'Acc'),
  tabNav: navigator('nestedPage', () => false),
  accNav: navigator('nestedPage', () => true),
  slideshow: navigator('nestedPage', () => false),
  buttonNav: navigator('nestedPage', () => false),
  tabNavExtra,
  mcq,
  quiz,
  gapFill,
  dragDropLabel,
  hotspotImage,
  categories,
  timeline,
  textMatch,
  grid,
  textHighlight,
  wordsearch,
  table,
  chart,
  cMcq,
  connectorHotspotImage,
  chapter: () => '',
};
