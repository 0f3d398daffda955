// Test harness: measures captcha-ee's browser helper as a page downloads it: each file minified with esbuild, then
// gzip -9 (Node's zlib), and what each step fetches: the core (captcha-ee.js and all it imports), and for each built-in
// solver the files its first use adds (its module, what it imports that the core does not, the pow worker). Prints one
// JSON line. Run by org.captchaee.impl.browser.BrowserHelperSizeTest from target/node.
//
//   node sizes.mjs <directory of captcha-ee.js>
//
// The report: files (per file: bytes, minified, gzip) and loads (per load: name, files, gzip: the sum of its files).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const helper = path.resolve(process.argv[2]);
const CORE = 'captcha-ee.js';
const report = { esbuild: esbuild.version, files: [], loads: [] };
const relative = (file) => path.relative(helper, file).split(path.sep).join('/');

for (const name of readdirSync(helper, { recursive: true }).sort()) {
    const loader = path.extname(name).slice(1);
    if (loader !== 'js' && loader !== 'css') continue;
    const source = readFileSync(path.join(helper, name));
    const { code } = await esbuild.transform(source, { loader, minify: true });
    const gzip = gzipSync(code, { level: 9 }).length;
    report.files.push({ file: relative(path.join(helper, name)), bytes: source.length, minified: code.length, gzip });
}
const gzipOf = (file) => report.files.find((entry) => entry.file === file).gzip;

/** The files a module brings with it: its static imports, all the way down, and a worker it starts by a fixed URL. */
async function graph(entry) {
    const { metafile } = await esbuild.build({
        entryPoints: [path.join(helper, entry)],
        absWorkingDir: helper,
        bundle: true,
        write: false,
        metafile: true,
        format: 'esm',
        logLevel: 'silent',
    });
    const files = Object.keys(metafile.inputs).map((input) => relative(path.resolve(helper, input)));
    const source = readFileSync(path.join(helper, entry), 'utf8');
    for (const [, url] of source.matchAll(/new Worker\(new URL\('([^']+)', import\.meta\.url\)\)/g)) {
        files.push(relative(path.resolve(path.dirname(path.join(helper, entry)), url)));
    }
    return files.sort();
}

function load(name, files) {
    report.loads.push({ name, files, gzip: files.reduce((sum, file) => sum + gzipOf(file), 0) });
}

const core = await graph(CORE);
load('core', core);
for (const { file } of report.files.filter((entry) => entry.file.startsWith('solvers/'))) {
    load(path.basename(file, '.js'), (await graph(file)).filter((dependency) => !core.includes(dependency)));
}
console.log(JSON.stringify(report));
