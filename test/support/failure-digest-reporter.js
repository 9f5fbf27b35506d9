// A jest reporter that appends each failed test (project, file, name, first lines of the
// message) to the file named by JEST_FAILURE_DIGEST. CI prints that file after the whole test
// command, so a failure in an early project is still visible at the end of a long log.
const fs = require('node:fs');
const path = require('node:path');

class FailureDigestReporter {
  constructor() {
    this.file = process.env.JEST_FAILURE_DIGEST;
  }

  onTestResult(test, result) {
    if (!this.file) return;
    const name = test.context.config.displayName;
    const project = typeof name === 'string' ? name : (name && name.name) || '';
    const lines = [];
    const where = path.relative(process.cwd(), result.testFilePath);
    if (result.testExecError) lines.push(`[${project}] ${where}: suite failed to run: ${firstLines(result.testExecError.message)}`);
    for (const t of result.testResults) {
      if (t.status !== 'failed') continue;
      lines.push(`[${project}] ${where} › ${t.fullName}\n${indent(firstLines(t.failureMessages.join('\n')))}`);
    }
    if (lines.length > 0) fs.appendFileSync(this.file, lines.join('\n') + '\n');
  }
}

function firstLines(text, count = 12) {
  // Drop colour codes; keep the assertion and the first frames of the stack.
  return String(text).replace(ANSI_COLOUR, '').split('\n').slice(0, count).join('\n');
}

const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function indent(text) {
  return text.split('\n').map((line) => `    ${line}`).join('\n');
}

module.exports = FailureDigestReporter;
