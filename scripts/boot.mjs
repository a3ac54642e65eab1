// Replaces the inline <script type="module"> that Trunk writes into index.html (it imports
// the wasm-bindgen JS and calls its init) with a script file of the build,
// boot-<hash>.js, so that the page works under a strict CSP (script-src 'self', no
// 'unsafe-inline'). The file is scripts/boot.js followed by the lines below: import the
// JS, fetch the wasm with its integrity and start it, show a message if that fails;
// define globalThis.aeExporter (the lazily loaded export module); register the service
// worker (scripts/service-worker.mjs) over http(s) only and announce a newer build
// (UPDATES below). The integrity moves from the wasm's preload link, where Chromium
// ignores it (crbug.com/981419), to the fetch that uses the preload, where it is checked. With NO_SERVICE_WORKER set (`make serve`, whose
// rebuilds a cache-first worker would hide) the worker is not registered.
// Usage: node scripts/boot.mjs <staging-dir>
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2];
const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');

const inline = [...html.matchAll(/<script\b[^>]*\btype="?module"?[^>]*>([\s\S]*?)<\/script>/g)]
  .filter((m) => /\bimport\s+init\b/.test(m[1]));
if (inline.length !== 1) throw new Error(`boot: expected one Trunk boot script in index.html, found ${inline.length}`);
const [tag, code] = inline[0];
const glue = code.match(/from\s*'\.\/([^']+\.js)'/)?.[1];
const wasm = code.match(/module_or_path:\s*'\.\/([^']+\.wasm)'/)?.[1];
if (!glue || !wasm) throw new Error(`boot: cannot read the JS and wasm names from Trunk's boot script:\n${code}`);
const sri = 'sha384-' + createHash('sha384').update(readFileSync(join(dir, wasm))).digest('base64');

// The `open` build (scripts/post-build.sh), loaded instead for `?open`.
const openWasm = join(dir, 'open', 'alliance-explorer-open_bg.wasm');
const openSri = 'sha384-' + createHash('sha384').update(readFileSync(openWasm)).digest('base64');

// The service worker, over http(s) only (the single file has none), and updates. A
// newer build's worker installs beside the one in charge and waits: sw.js never takes
// over on its own, so nothing changes under a reader mid-lesson. When one is installed
// and waiting, the page says so (globalThis.aeUpdate, and the event
// alliance-explorer:update for a page already drawn; src/ui/frame.rs's UpdateNotice).
// Its "Reload to update" (data-update) tells the waiting worker to take over (skip
// waiting), and once in charge it tells every tab to reload (a worker that takes over
// because every old tab was closed reloads nothing): the state is in the address, so each
// comes back as it was. Where registering is
// refused (a frame with third-party storage blocked) the page works on without it.
const UPDATES = `
const sw = navigator.serviceWorker;
if (sw && /^https?:$/.test(location.protocol)) {
  const ready = () => {
    if (!sw.controller || globalThis.aeUpdate) return;
    globalThis.aeUpdate = true;
    dispatchEvent(new Event('alliance-explorer:update'));
  };
  const track = (w) => w?.addEventListener('statechange', () => { if (w.state === 'installed') ready(); });
  scriptURLs.add('./sw.js');
  sw.register('./sw.js').then((reg) => {
    // (A browser driven with service workers blocked gives no registration.)
    if (!reg) return;
    if (reg.waiting) ready();
    track(reg.installing);
    reg.addEventListener('updatefound', () => track(reg.installing));
  }, () => {});
  // The new worker, in charge because a reader asked, tells every tab to reload.
  sw.addEventListener('message', (e) => { if (e.data === 'alliance-explorer:reload') location.reload(); });
  document.addEventListener('click', (ev) => {
    const button = ev.target instanceof Element ? ev.target.closest('[data-update]') : null;
    if (!button) return;
    button.disabled = true;
    sw.getRegistration().then((r) => r?.waiting?.postMessage('skip-waiting'));
  });
}`;

const base = glue.slice(0, -'.js'.length);
if (wasm !== `${base}_bg.wasm`) throw new Error(`boot: ${wasm} is not named after ${glue}`);
const source = `${readFileSync(new URL('boot.js', import.meta.url), 'utf8')}
const open = new URLSearchParams(location.search).has('open');
const js = open ? './open/alliance-explorer-open' : './${base}';
// The downloads: the exporter module, or the open build itself (it exports the same
// download(), over the corpus it opened; the import gives the module already started).
globalThis.aeExporter = () => open ? import(js + '.js') : import('./exporter/exporter.js').then(async (m) => { await m.default(); return m; });
import(js + '.js').then((m) => m.default({ module_or_path: fetch(js + '_bg.wasm', { integrity: open ? '${openSri}' : '${sri}' }) })).catch(failed);
${process.env.NO_SERVICE_WORKER ? '' : UPDATES}
`;
const out = await minify(source, { module: true, compress: true, mangle: true });
if (!out.code) throw new Error('boot: terser gave nothing');
const name = `boot-${createHash('sha256').update(out.code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), out.code);
html = html.replace(tag, `<script type="module" src="./${name}"></script>`);
// Trunk writes the wasm's preload with or without quotes around the values.
const preload = html.match(new RegExp(`<link[^>]*\\bhref="?\\./${wasm.replaceAll('.', '\\.')}[^>]*>`))?.[0];
if (preload) html = html.replace(preload, preload.replace(/\s+integrity="?[^"\s>]*"?/, ''));
writeFileSync(page, html);
console.log(`boot: ${name} (${out.code.length} bytes) boots ${glue} and ${wasm}`);
