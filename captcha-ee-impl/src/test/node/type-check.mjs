// Test harness: the type check of captcha-ee's browser helper by TypeScript's compiler (tsc --noEmit over JavaScript
// with JSDoc types): its modules with the options of tsconfig.json (a page: DOM), its proof-of-work worker
// captcha-ee-pow.js with those of tsconfig.worker.json (a Web Worker). Prints one JSON line. Run by
// org.captchaee.impl.browser.BrowserTypeCheckTest from target/node.
//
//   node type-check.mjs <directory of captcha-ee.js>
//
// The report: files (each file checked, relative to the directory, and the configuration it was checked with) and
// errors (tsc's messages, "file(line,column): TSnnnn: text"; none when the helper's types hold).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const WORKER = 'captcha-ee-pow.js';
const here = path.dirname(fileURLToPath(import.meta.url));
const helper = path.resolve(process.argv[2]);
const report = { typescript: ts.version, files: [], errors: [] };

/** The compiler options of a tsconfig file of this folder (its include names the source tree, not the files here). */
function options(config) {
    const file = path.join(here, config);
    const { config: json, error } = ts.readConfigFile(file, ts.sys.readFile);
    if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
    const parsed = ts.parseJsonConfigFileContent(json, ts.sys, here, undefined, file);
    const noInputs = 18003; // "No inputs were found": the include of src/test/node, which target/node does not have
    const errors = parsed.errors.filter((diagnostic) => diagnostic.code !== noInputs);
    if (errors.length) throw new Error(errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, '\n')).join());
    return parsed.options;
}

function check(files, config) {
    const program = ts.createProgram(files, options(config));
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
        const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
        if (!diagnostic.file) {
            report.errors.push(`TS${diagnostic.code}: ${text}`);
            continue;
        }
        const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
        const where = path.relative(helper, diagnostic.file.fileName);
        report.errors.push(`${where}(${line + 1},${character + 1}): TS${diagnostic.code}: ${text}`);
    }
    for (const file of files) report.files.push({ file: path.relative(helper, file), config });
}

const all = readdirSync(helper, { recursive: true })
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => path.join(helper, name));
check(all.filter((file) => path.basename(file) !== WORKER), 'tsconfig.json');
check(all.filter((file) => path.basename(file) === WORKER), 'tsconfig.worker.json');
console.log(JSON.stringify(report));
