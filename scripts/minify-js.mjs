// Minifies the wasm-bindgen JS glue of a release build in Trunk's staging folder, and
// keeps the page's integrity hashes true. Trunk's own minifier cannot parse this glue
// (it warns and leaves it whole), so release builds shipped it unminified.
// Usage: node scripts/minify-js.mjs <staging-dir>
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2];
const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');
for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const path = join(dir, name);
  const before = readFileSync(path);
  const out = await minify(before.toString('utf8'), { module: true, compress: true, mangle: true });
  if (!out.code) throw new Error(`terser gave nothing for ${name}`);
  writeFileSync(path, out.code);
  const [was, now] = [sri(before), sri(Buffer.from(out.code))];
  if (html.includes(was)) html = html.replaceAll(was, now);
  console.log(`minify-js: ${name} ${before.length} -> ${out.code.length} bytes`);
}
writeFileSync(page, html);
