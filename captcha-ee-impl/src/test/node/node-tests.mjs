// Test harness: runs Node.js unit tests of captcha-ee's browser helper (node:test files of this folder) on the helper's
// files as the impl jar serves them, and prints one JSON line. Run by org.captchaee.impl.browser.BrowserRetryRulesTest
// from target/node.
//
//   node node-tests.mjs <directory of captcha-ee.js> <test file>...
//
// The test files find the helper in the environment variable CAPTCHA_EE_HELPER. The report: tests (per test: file,
// name, ok, and for a failed one its error) and stderr (what the test processes wrote there: a file that does not
// load says why only there).
import path from 'node:path';
import { run } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [helper, ...files] = process.argv.slice(2);
process.env.CAPTCHA_EE_HELPER = path.resolve(helper);
const report = { tests: [], stderr: '' };

for await (const { type, data } of run({ files: files.map((file) => path.join(here, file)) })) {
    if (type === 'test:stderr') report.stderr += data.message;
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    const test = { file: path.basename(data.file || ''), name: data.name, ok: type === 'test:pass' };
    const error = data.details.error;
    if (error) test.error = String((error.cause && error.cause.stack) || error.stack || error);
    report.tests.push(test);
}
console.log(JSON.stringify(report));
