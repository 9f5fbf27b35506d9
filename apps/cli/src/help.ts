/** Help texts, kept apart so `--help` answers without loading the libraries. */
export const HELP = `samenwijs — the Samenwijs command-line tool

Usage:
  samenwijs xerte check <file>            round-trip check of a Xerte project
  samenwijs xerte convert <in> <out>      convert between Xerte XML/zip and module JSON
  samenwijs --help                        this text
  samenwijs xerte --help                  help for the Xerte commands

Exit codes: 0 success (check: lossless), 1 check found differences, 2 unreadable input or usage error.
`;

export const XERTE_HELP = `samenwijs xerte — Xerte Online Toolkits projects

Usage:
  samenwijs xerte check <file>
      Reads a Xerte project (an export zip, template.xml or data.xml), converts it to a
      module and back, and prints a JSON report: pageCount, pageTypes, unknownPageTypes,
      lossless, differences (each with path, kind, detail and, when known, the reason),
      sanitised and repairs. Exit 0 when lossless, 1 when not, 2 on unreadable input.

  samenwijs xerte convert <in> <out>
      <in>  a zip, .xml or module .json file
      <out> ends in .json (module JSON) or .xml (Xerte XML)
      xml/zip → json, json → xml, xml/zip → xml. Prints a JSON summary; exit 0 on success,
      2 on unreadable input.

Options:
  --max-differences <n>   list at most n differences (default 1000)
  --help                  this text
`;
