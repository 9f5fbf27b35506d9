import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkXerteProject, exportXerte, importXerte, parseModuleJson, readXerteProject, XerteImportError } from '@samenwijs/xerte';
import { XERTE_HELP } from '../help';
import { EXIT_DIFFERENCES, EXIT_OK, UsageError, type CliIo } from '../usage';


interface Parsed {
  positional: string[];
  maxDifferences?: number;
  help: boolean;
}

function parseArgs(args: string[]): Parsed {
  const parsed: Parsed = { positional: [], help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--max-differences' || arg.startsWith('--max-differences=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new UsageError('--max-differences needs a whole number');
      parsed.maxDifferences = n;
    } else if (arg === '--') {
      parsed.positional.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else parsed.positional.push(arg);
  }
  return parsed;
}

export async function xerteCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined) throw new UsageError('which xerte command? (check or convert)');
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout(XERTE_HELP);
    return EXIT_OK;
  }
  const parsed = parseArgs(rest);
  if (parsed.help) {
    io.stdout(XERTE_HELP);
    return EXIT_OK;
  }
  if (sub === 'check') return check(parsed, io);
  if (sub === 'convert') return convert(parsed, io);
  throw new UsageError(`unknown xerte command "${sub}"`);
}

async function check(parsed: Parsed, io: CliIo): Promise<number> {
  if (parsed.positional.length !== 1) throw new UsageError('xerte check needs exactly one file');
  const file = parsed.positional[0];
  const { report } = await checkXerteProject(file, { maxDifferences: parsed.maxDifferences });
  io.stdout(`${JSON.stringify({ file, ...report }, null, 2)}\n`);
  return report.lossless ? EXIT_OK : EXIT_DIFFERENCES;
}

async function convert(parsed: Parsed, io: CliIo): Promise<number> {
  if (parsed.positional.length !== 2) throw new UsageError('xerte convert needs an input and an output file');
  const [input, output] = parsed.positional;
  const outExt = path.extname(output).toLowerCase();
  if (outExt !== '.json' && outExt !== '.xml') throw new UsageError('the output file must end in .json or .xml');
  if (path.resolve(input) === path.resolve(output)) throw new UsageError('the output file must differ from the input file');

  let summary: Record<string, unknown>;
  let text: string;
  if (path.extname(input).toLowerCase() === '.json') {
    if (outExt !== '.xml') throw new UsageError('a module JSON converts to .xml');
    let json: string;
    try {
      json = await fs.readFile(input, 'utf8');
    } catch (error) {
      throw new XerteImportError('unreadable', `Cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    const module = parseModuleJson(json);
    const { xml, report } = exportXerte(module);
    text = xml;
    summary = { input, output, pageCount: countPages(module.pages), linkIdsAssigned: report.linkIdsAssigned, droppedAttributes: report.droppedAttributes, security: report.security };
  } else {
    const source = await readXerteProject(input);
    const { module, report } = importXerte(source.xml);
    text = outExt === '.json' ? `${JSON.stringify(module, null, 2)}\n` : exportXerte(module).xml;
    summary = {
      input,
      output,
      source: source.kind,
      xmlName: source.xmlName,
      pageCount: report.pageCount,
      pageTypes: report.pageTypes,
      unknownPageTypes: report.unknownPageTypes,
      repairs: report.repairs,
      security: report.security,
      droppedAttributes: report.droppedAttributes,
      media: source.media.length,
    };
  }
  const temporary = `${output}.${process.pid}.tmp`;
  await fs.writeFile(temporary, text, 'utf8');
  await fs.rename(temporary, output);
  io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  return EXIT_OK;
}

function countPages(pages: { type: string; children: { type: string }[] }[]): number {
  return pages.reduce((sum, page) => sum + (page.type === 'chapter' ? page.children.length : 1), 0);
}
