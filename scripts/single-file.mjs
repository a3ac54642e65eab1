// Writes alliance-explorer.html beside index.html: the whole explorer in one file that
// works when opened from disk (file://) with the network off. Chromium refuses module
// scripts and fetches from file://, so everything is inlined into the page the build
// wrote (run after scripts/boot.mjs):
// - the stylesheet as a <style>;
// - the wasm-bindgen JS as a module script, followed by scripts/boot.js and the wasm as
//   base64, started with initSync; `</script` and `<!--` escaped;
// - the map's outlines (data/countries.svg) as a data: URL in <body data-outlines>,
//   which the map uses instead of the file's address (src/ui/alliance_map.rs);
// - if the build has the export module (exporter/exporter.js and exporter_bg.wasm), its
//   JS and wasm, imported from a Blob URL and started with initSync when
//   globalThis.aeExporter() is first called.
// Trunk's preload links and the boot script go; no service worker is registered.
// Usage: node scripts/single-file.mjs <staging-dir>
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const OUT = 'alliance-explorer.html';
const text = (f) => readFileSync(join(dir, f), 'utf8');
const bytes = (f) => readFileSync(join(dir, f));
// What can end or upset a script element's text, in any JS context it can appear in.
const scriptSafe = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined);

let html = text('index.html');

// The stylesheet inlined, the preloads dropped (their files are inlined below); the
// module preload names the wasm-bindgen JS, and the wasm is named after it.
let glueName;
for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
  const rel = attr(tag, 'rel');
  if (rel === 'stylesheet') {
    const css = text(attr(tag, 'href')).replace(/<\/(style)/gi, '<\\/$1');
    html = html.replace(tag, () => `<style>${css}</style>`);
  } else if (rel === 'modulepreload' || rel === 'preload') {
    if (rel === 'modulepreload') glueName = attr(tag, 'href');
    html = html.replace(tag, '');
  }
}
if (!glueName?.endsWith('.js')) throw new Error('single-file: no module preload of the wasm-bindgen JS in index.html');
const glue = text(glueName);
const wasm = bytes(glueName.replace(/\.js$/, '_bg.wasm'));
// The boot script (scripts/boot.mjs) goes: its code is inlined below.
const boot = html.match(/<script\b[^>]*\bsrc="?\.\/boot-[^>]*><\/script>/)?.[0];
if (!boot) throw new Error('single-file: no boot script in index.html (run scripts/boot.mjs first)');
html = html.replace(boot, '');

// The local name of the JS's initSync, from its export list (`export{M as initSync,…}`
// minified, `export { initSync };` in a debug build).
const exported = [...glue.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1].split(','))
  .map((s) => s.trim().split(/\s+as\s+/)).find((p) => (p[1] ?? p[0]) === 'initSync');
if (!exported) throw new Error('single-file: the wasm-bindgen JS exports no initSync');
const initSync = exported[0];
const shared = readFileSync(new URL('boot.js', import.meta.url), 'utf8');
if (new RegExp(`\\b(const|let|function)\\s+${initSync}\\b`).test(shared)) {
  throw new Error(`single-file: scripts/boot.js declares ${initSync}, the JS's initSync`);
}

let exporter = `globalThis.aeExporter = () => Promise.reject(new Error('this build has no export module'));`;
if (existsSync(join(dir, 'exporter/exporter.js'))) {
  const js = JSON.stringify(text('exporter/exporter.js'));
  const b64 = JSON.stringify(bytes('exporter/exporter_bg.wasm').toString('base64'));
  // One module instance, made on the first call.
  exporter = `let exporter;
globalThis.aeExporter = () => exporter ??= import(URL.createObjectURL(new Blob([${js}], { type: 'text/javascript' })))
  .then((m) => { m.initSync({ module: fromBase64(${b64}) }); return m; });`;
}

const start = `{
${shared}
const fromBase64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
${exporter}
try {
  ${initSync}({ module: fromBase64(${JSON.stringify(wasm.toString('base64'))}) });
} catch (e) {
  failed(e);
}
}`;
const script = `<script type="module">${scriptSafe(`${glue}\n${start}`)}</script>`;

// The outlines as a data: URL: only what a URL or a quoted attribute cannot hold is
// escaped, so it stays close to the file's size.
const svg = text('data/countries.svg');
const outlines = 'data:image/svg+xml,' + svg.replace(/[%#"&\r\n\t]/g, (c) => encodeURIComponent(c));
const body = html.match(/<body\b/);
if (!body) throw new Error('single-file: no <body> in index.html');
html = html.replace(/<body\b/, () => `<body data-outlines="${outlines}"`);
// The script last, so the page's header and "Loading…" paint while it is parsed.
if (!html.includes('</body>')) throw new Error('single-file: no </body> in index.html');
html = html.replace('</body>', () => `${script}</body>`);

writeFileSync(join(dir, OUT), html);
console.log(`single-file: ${OUT} ${Buffer.byteLength(html)} bytes`);
