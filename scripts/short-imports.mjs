// Gives the wasm's imports from its JS glue short names (a, b, …, and the module "a")
// in both files of a release build in Trunk's staging folder, and keeps the page's
// integrity hashes true. wasm-bindgen names each import after what it calls plus a
// 16-digit hash (`__wbg_getAttribute_c7b80d4010284561`), written once in the wasm and
// once in the JS: 115 such names cost the first load 2.9 KB brotli (docs/size.md).
// Only the import section's names change; the rest of the wasm is copied byte for byte
// (a round trip through wasm-opt would re-encode the code: +0.6 KB). Each old name must
// occur exactly once in the JS, as a key of the imports object, or nothing is written.
// Usage: node scripts/short-imports.mjs <staging-dir>
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.argv[2];
const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const wasms = readdirSync(dir).filter((f) => f.endsWith('_bg.wasm'));
if (wasms.length !== 1) throw new Error(`short-imports: expected one _bg.wasm in ${dir}, found ${wasms.length}`);
const wasmName = wasms[0];
const jsName = wasmName.replace(/_bg\.wasm$/, '.js');
const wasm = readFileSync(join(dir, wasmName));
const before = readFileSync(join(dir, jsName));
let js = before.toString('utf8');

// LEB128, as the wasm binary format writes lengths and counts.
const uleb = (at) => {
  let n = 0, shift = 0, byte;
  do {
    byte = wasm[at++];
    n += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [n, at];
};
const encode = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
};
const name = (s) => {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([encode(bytes.length), bytes]);
};
// a … z, A … Z, aa, ab, …: property names, never a keyword that matters as a key.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (k) => {
  let s = '';
  for (k += 1; k > 0; k = Math.floor((k - 1) / LETTERS.length)) s = LETTERS[(k - 1) % LETTERS.length] + s;
  return s;
};
// An import's descriptor after its names: a function's type index, a table, a memory or
// a global (the wasm binary format, "import section").
const descriptorEnd = (at) => {
  const kind = wasm[at];
  if (kind === 0) return uleb(at + 1)[1];
  const limits = (p) => {
    const flags = wasm[p];
    let [, q] = uleb(p + 1);
    if (flags & 1) [, q] = uleb(q);
    return q;
  };
  if (kind === 1) return limits(at + 2);
  if (kind === 2) return limits(at + 1);
  if (kind === 3) return at + 3;
  throw new Error(`short-imports: import of unknown kind ${kind} in ${wasmName}`);
};

const renamed = new Map();
let glueModule;
const parts = [wasm.subarray(0, 8)];
let at = 8;
while (at < wasm.length) {
  const start = at;
  const id = wasm[at];
  const [size, body] = uleb(at + 1);
  const end = body + size;
  if (id !== 2) {
    parts.push(wasm.subarray(start, end));
    at = end;
    continue;
  }
  let [count, p] = uleb(body);
  const out = [encode(count)];
  for (let i = 0; i < count; i++) {
    let len;
    [len, p] = uleb(p);
    const module = wasm.toString('utf8', p, (p += len));
    [len, p] = uleb(p);
    const field = wasm.toString('utf8', p, (p += len));
    const descEnd = descriptorEnd(p);
    const desc = wasm.subarray(p, descEnd);
    p = descEnd;
    // Only the glue's own module: the rest (none today) keep their names.
    if (module.startsWith('./') && module.endsWith('_bg.js')) {
      glueModule = module;
      if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
      out.push(name('a'), name(renamed.get(field)), desc);
    } else {
      out.push(name(module), name(field), desc);
    }
  }
  if (p !== end) throw new Error(`short-imports: the import section of ${wasmName} did not parse to its end`);
  const section = Buffer.concat(out);
  parts.push(Buffer.from([2]), encode(section.length), section);
  at = end;
}
if (!glueModule) throw new Error(`short-imports: ${wasmName} imports nothing from its JS glue`);

const key = (s) => new RegExp(`(?<![\\w$"'])${s.replace(/[.$]/g, '\\$&')}(?=\\s*:)`, 'g');
for (const [from, to] of renamed) {
  const found = js.match(key(from))?.length ?? 0;
  if (found !== 1) throw new Error(`short-imports: ${from} is a key ${found} times in ${jsName}, not once`);
  js = js.replace(key(from), to);
}
const moduleKey = new RegExp(`(["'])${glueModule.replace(/[.$/]/g, '\\$&')}\\1(?=\\s*:)`, 'g');
if ((js.match(moduleKey)?.length ?? 0) !== 1) throw new Error(`short-imports: "${glueModule}" is not a key once in ${jsName}`);
js = js.replace(moduleKey, 'a');

const after = Buffer.from(js);
const shortened = Buffer.concat(parts);
writeFileSync(join(dir, wasmName), shortened);
writeFileSync(join(dir, jsName), after);
const page = join(dir, 'index.html');
const html = readFileSync(page, 'utf8');
if (!html.includes(sri(before))) throw new Error(`short-imports: index.html has no integrity for ${jsName}`);
writeFileSync(page, html.replaceAll(sri(before), sri(after)));
console.log(`short-imports: ${renamed.size} imports renamed; ${wasmName} ${wasm.length} -> ${shortened.length}, ${jsName} ${before.length} -> ${after.length} bytes`);
