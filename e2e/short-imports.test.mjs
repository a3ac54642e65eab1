// The release build's one rewrite of wasm-bindgen's output (scripts/short-imports.mjs,
// kept because it still saves 3.3 KB of the first load: docs/size.md): every import the
// wasm takes from its JS glue has a short name, the glue provides each of them under the
// same name, and the page's integrity hashes still match both files (the other browser
// tests show the explorer starting from them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';

const DIST = new URL('../dist/', import.meta.url);
const files = readdirSync(DIST);
const wasmName = files.find((f) => f.endsWith('_bg.wasm'));
const jsName = wasmName.replace(/_bg\.wasm$/, '.js');
const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

test('the wasm imports its glue under short names, and the glue exports each of them', () => {
  const wasm = readFileSync(new URL(wasmName, DIST));
  const js = readFileSync(new URL(jsName, DIST), 'utf8');
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).filter((i) => i.module === 'a');
  assert.ok(imports.length > 50, `${imports.length} imports from the glue`);
  for (const { name } of imports) {
    assert.ok(name.length <= 3, `import ${name} is short`);
    assert.match(js, new RegExp(`[{,]\\s*${name}\\s*:`), `the glue defines ${name}`);
  }
  assert.doesNotMatch(js, /__wbg_[a-z]+_[0-9a-f]{16}/, 'no long wasm-bindgen name is left in the glue');
});

test("the page's integrity hashes match the rewritten files", () => {
  const page = readFileSync(new URL('index.html', DIST), 'utf8');
  for (const name of [wasmName, jsName]) {
    const hash = sri(readFileSync(new URL(name, DIST)));
    assert.ok(page.includes(hash) || readdirSync(DIST).some((f) => f.startsWith('boot-')
      && readFileSync(new URL(f, DIST), 'utf8').includes(hash)), `${name}'s hash is in the page or its boot script`);
  }
});
