// Writes the build's pages that work when opened from disk (file://) with the network
// off. Chromium refuses module scripts and fetches from file://, so everything is
// inlined into one page (run after scripts/boot.mjs):
// - the stylesheet as a <style>;
// - the wasm-bindgen JS as a module script, followed by scripts/boot.js and the wasm
//   compressed (deflate-raw, then base64), unpacked by the browser's DecompressionStream,
//   compiled as it is unpacked and started with initSync; `</script` and `<!--` escaped;
// - the map's outlines (data/countries.svg), compressed too and unpacked into a data: URL
//   in <body data-outlines>, which the map uses instead of the file's address
//   (src/ui/alliance_map/chart.rs), before the wasm starts;
// - globalThis.aeExporter(), the downloads (scripts/boot.js calls it), its JS and wasm
//   compressed like the explorer's.
// Trunk's preloads and its or the boot script's <script> go; no service worker is
// registered. Two pages:
// - alliance-explorer.html, the explorer and its corpus (from index.html), with the
//   exporter module (exporter/) inlined, unpacked, imported from a Blob URL and started
//   with initSync when globalThis.aeExporter() is first called;
// - open/one-file.html, the `open` build (open/) on the page shell before its
//   placeholders were filled (shell.html, which scripts/post-build.sh kept, and which
//   this removes), with its own styles and an empty <script type="application/json"
//   id="ae-corpus">%FILES%</script>: the `open` build's "Save as one file" fills the
//   placeholders and the files of the corpus it shows (corpus_compiler::page::one_file),
//   and the page opens them from there. Its downloads are its own download(). The same
//   page, unfilled, is alliance-explorer-open.html: opened from disk, it asks for a
//   corpus, as `?open` does, and saves one file from its own markup.
// Usage: node scripts/single-file.mjs <staging-dir>
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, constants } from 'node:zlib';

const dir = process.argv[2];
const text = (f) => readFileSync(join(dir, f), 'utf8');
const bytes = (f) => readFileSync(join(dir, f));
// What can end or upset a script element's text, in any JS context it can appear in.
const scriptSafe = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined);
const shared = readFileSync(new URL('boot.js', import.meta.url), 'utf8');
// What is large goes in compressed (deflate-raw at the best level, then base64), and the
// page unpacks it with the browser's DecompressionStream (every current browser has
// deflate-raw): the wasm modules, the export module's JS, the map's outlines.
const packed = (data) => JSON.stringify(deflateRawSync(data, { level: constants.Z_BEST_COMPRESSION, memLevel: 9 }).toString('base64'));
// The page's side: a Response of the unpacked bytes, of the given type.
const UNPACK = `const fromBase64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
const unpack = (s, type) => new Response(new Blob([fromBase64(s)]).stream().pipeThrough(new DecompressionStream('deflate-raw')), { headers: { 'content-type': type } });
const wasmOf = (s) => WebAssembly.compileStreaming(unpack(s, 'application/wasm'));`;

// The local name of what the wasm-bindgen JS exports as `name`, from its export list
// (`export{M as initSync,…}` minified, `export { initSync };` in a debug build) or its
// declaration (`export function download(`).
const local = (glue, name) => {
  const found = new RegExp(`\\bexport\\s+function\\s+${name}\\b`).test(glue) ? [name]
    : [...glue.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1].split(','))
      .map((s) => s.trim().split(/\s+as\s+/)).find((p) => (p[1] ?? p[0]) === name);
  if (!found) throw new Error(`single-file: the wasm-bindgen JS exports no ${name}`);
  if (new RegExp(`\\b(const|let|function)\\s+${found[0]}\\b`).test(shared)) {
    throw new Error(`single-file: scripts/boot.js declares ${found[0]}, the JS's ${name}`);
  }
  return found[0];
};

// `html` as one page: its stylesheet and `css` inlined, its preloads and boot script
// dropped, `glueName`'s JS and wasm inlined and started after `exporter` (JS that
// defines globalThis.aeExporter, given the JS's text), `before` put before the script.
const page = ({ html, glueName, css = '', exporter, before = '' }) => {
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(tag, 'rel');
    if (rel === 'stylesheet') {
      const style = (text(attr(tag, 'href')) + css).replace(/<\/(style)/gi, '<\\/$1');
      html = html.replace(tag, () => `<style>${style}</style>`);
    } else if (rel === 'modulepreload' || rel === 'preload') {
      html = html.replace(tag, '');
    }
  }
  // The boot script (scripts/boot.mjs), or Trunk's inline one in the shell: its code is
  // inlined below.
  const boot = html.match(/<script\b[^>]*\bsrc="?\.\/boot-[^>]*><\/script>/)?.[0]
    ?? html.match(/<script\b[^>]*\btype="?module"?[^>]*>[^<]*\bimport\s+init\b[\s\S]*?<\/script>/)?.[0];
  if (!boot) throw new Error('single-file: no boot script in the page (run scripts/boot.mjs first)');
  html = html.replace(boot, '');
  const glue = text(glueName);
  const wasm = bytes(glueName.replace(/\.js$/, '_bg.wasm'));
  // The wasm compiles while it is unpacked; the outlines become a data: URL in <body
  // data-outlines> (only what a URL cannot hold escaped) before the explorer starts.
  const start = `{
${shared}
${UNPACK}
${exporter(glue)}
Promise.all([
  wasmOf(${packed(wasm)}),
  unpack(${packed(bytes('data/countries.svg'))}, 'image/svg+xml').text(),
]).then(([module, svg]) => {
  document.body.dataset.outlines = 'data:image/svg+xml,' + svg.replace(/[%#"&\\r\\n\\t]/g, (c) => encodeURIComponent(c));
  ${local(glue, 'initSync')}({ module });
}).catch(failed);
}`;
  const script = `<script type="module">${scriptSafe(`${glue}\n${start}`)}</script>`;
  if (!/<body\b/.test(html)) throw new Error('single-file: no <body> in the page');
  // The script last, so the page's header and "Loading…" paint while it is parsed.
  if (!html.includes('</body>')) throw new Error('single-file: no </body> in the page');
  return html.replace('</body>', () => `${before}${script}</body>`);
};

const write = (name, html) => {
  writeFileSync(join(dir, name), html);
  console.log(`single-file: ${name} ${Buffer.byteLength(html)} bytes`);
};

// The explorer. The module preload names the wasm-bindgen JS, and the wasm is named
// after it.
const index = text('index.html');
const glueName = [...index.matchAll(/<link\b[^>]*>/g)].map(([tag]) => tag)
  .map((tag) => attr(tag, 'rel') === 'modulepreload' && attr(tag, 'href')).find(Boolean);
if (!glueName?.endsWith('.js')) throw new Error('single-file: no module preload of the wasm-bindgen JS in index.html');
write('alliance-explorer.html', page({
  html: index,
  glueName,
  exporter: () => {
    if (!existsSync(join(dir, 'exporter/exporter.js'))) {
      return `globalThis.aeExporter = () => Promise.reject(new Error('this build has no export module'));`;
    }
    // One module instance, made on the first call.
    return `let exporter;
globalThis.aeExporter = () => exporter ??= unpack(${packed(bytes('exporter/exporter.js'))}, 'text/javascript').blob()
  .then((js) => import(URL.createObjectURL(js)))
  .then(async (m) => { m.initSync({ module: await wasmOf(${packed(bytes('exporter/exporter_bg.wasm'))}) }); return m; });`;
  },
}));

// The `open` build's one-file page, if the build has it.
if (existsSync(join(dir, 'shell.html'))) {
  const shell = text('shell.html');
  rmSync(join(dir, 'shell.html'));
  if (existsSync(join(dir, 'open/alliance-explorer-open.js'))) {
    if (!shell.includes('%TITLE%')) throw new Error('single-file: shell.html has no %TITLE% placeholder');
    // Its first paint is hidden until the placeholders are filled (open.css).
    const boot = /<div id="?boot"?>/;
    if (!boot.test(shell)) throw new Error('single-file: shell.html has no <div id=boot>');
    const template = page({
      html: shell.replace(boot, '<div id="boot" class="unfilled">'),
      glueName: 'open/alliance-explorer-open.js',
      css: text('open/open.css'),
      exporter: (glue) => `globalThis.aeExporter = () => Promise.resolve({ download: ${local(glue, 'download')} });`,
      before: '<script type="application/json" id="ae-corpus">%FILES%</script>',
    });
    write('open/one-file.html', template);
    // The same page to open from disk: with no corpus in it, it asks for one, and saves
    // one file from itself.
    write('alliance-explorer-open.html', template);
  }
}
