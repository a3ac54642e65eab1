// Writes sw.js (from scripts/sw.js) into Trunk's staging folder: the list of the build's
// own files to cache (index.html and "./", the hashed JS, wasm and CSS, the boot script,
// data/, exporter/ if present; not the single files, which are downloads, nor sw.js; the
// `open` build's files, open/, only once a visit has fetched them) and a
// hash of their names and contents, which names the cache. Run after scripts/boot.mjs and
// scripts/single-file.mjs.
// Usage: node scripts/service-worker.mjs <staging-dir>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.argv[2];
const SKIP = new Set(['sw.js', 'alliance-explorer.html', 'alliance-explorer-open.html']);
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => join(d.parentPath, d.name).slice(dir.replace(/\/$/, '').length + 1))
  .filter((f) => !SKIP.has(f))
  .sort();
if (!files.includes('index.html')) throw new Error('service-worker: no index.html in the build');
const hash = createHash('sha256');
for (const f of files) hash.update(f).update('\0').update(readFileSync(join(dir, f))).update('\0');
const digest = hash.digest('hex').slice(0, 16);
const sw = readFileSync(new URL('sw.js', import.meta.url), 'utf8')
  .replace('%HASH%', digest)
  .replace('%FILES%', () => JSON.stringify(['./', ...files.filter((f) => !f.startsWith('open/'))]))
  .replace('%LAZY%', () => JSON.stringify(files.filter((f) => f.startsWith('open/'))));
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`service-worker: sw.js caches ${files.length + 1} URLs as build ${digest}`);
