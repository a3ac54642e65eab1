// The downloads: the page loads dist/exporter/ (the wasm module the first load never
// carries) as the boot script's `aeExporter` does, asks for each format for a filtered
// view, and each file saved is checked: the counts are the ones the views show, the CSV
// parses (RFC 4180), the TimelineJS dates are corpus.json's at their precision, every
// Web Annotation selector finds its quote in corpus.json's text at its position, and
// the GraphML is well-formed with one edge per relation the map shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startServer, launch, Explorer } from './support.mjs';

const corpus = JSON.parse(await readFile(new URL('../dist/data/corpus.json', import.meta.url), 'utf8'));
const corpusText = await readFile(new URL('../dist/data/corpus.json', import.meta.url), 'utf8');
const texts = Object.fromEntries(corpus.documents.map((d) => [d.id, Array.from(d.text)]));
const events = Object.fromEntries(corpus.events.map((e) => [e.id, e]));
const TODAY = '2026-12-04';
const FILTER = 'actor=japan';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

/** How many items a view shows for the filter: the number its count line gives. */
async function shown(route) {
  const x = await Explorer.open(browser, server.origin, `#/${route}?${FILTER}`);
  const line = await x.count();
  await x.page.close();
  // "Showing 16 of 36 events", or "5 sources" when all of them pass.
  const m = line.match(/^Showing (\d+) of \d+ /) ?? line.match(/^(\d+) /);
  assert.ok(m, `a count on ${route}: ${line}`);
  return Number(m[1]);
}

/** Calls the module's download() in the page as the explorer does, and returns the file
 * name it gave, the name the browser saved under and the file's text. */
async function download(x, format) {
  const [saved, name] = await Promise.all([
    x.page.waitForEvent('download'),
    x.page.evaluate(async ([format, today]) => {
      // The boot script's loader when the page defines it; the same contract otherwise.
      const load = globalThis.aeExporter
        ?? (() => import(new URL('exporter/exporter.js', document.baseURI).href)
          .then(async (m) => { await m.default(); return m; }));
      return (await load()).download(location.hash, format, today);
    }, [format, TODAY]),
  ]);
  const bytes = await readFile(await saved.path());
  return { name, saved: saved.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

/** A CSV file's text after its UTF-8 byte-order mark, which it must start with (Excel
 * reads a file without one in the legacy code page). */
function afterBom(file, what) {
  assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${what} starts with a UTF-8 byte-order mark`);
  assert.ok(!file.text.slice(1).includes('\ufeff'), `${what}: the mark once`);
  return file.text.slice(1);
}

/** RFC 4180: fields separated by commas, records by CRLF, a field in double quotes may
 * hold commas, line breaks and doubled quotes. Strict: anything else throws. `eol` is
 * the record separator (LibreOffice on Linux writes LF). */
function parseCsv(text, eol = '\r\n') {
  const rows = [];
  let row = [], field = '', i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && !text.startsWith(eol, i)) throw new Error(`text after a quoted field at ${i}`);
    } else if (text[i] === ',') {
      row.push(field); field = ''; i++;
    } else if (text.startsWith(eol, i)) {
      row.push(field); rows.push(row); row = []; field = ''; i += eol.length;
    } else if (text[i] === '"' || text[i] === '\r' || text[i] === '\n') {
      throw new Error(`unquoted ${JSON.stringify(text[i])} at ${i}`);
    } else {
      field += text[i++];
    }
  }
  if (field !== '' || row.length) throw new Error('the last record does not end with a line break');
  return rows;
}

test('parseCsv reads RFC 4180 and refuses what is not', () => {
  assert.deepEqual(parseCsv('a,b\r\n"x, ""y""","two\r\nlines"\r\n,\r\n'), [['a', 'b'], ['x, "y"', 'two\r\nlines'], ['', '']]);
  for (const bad of ['a"b\r\n', '"a\r\n', 'a\nb\r\n', 'a\rb\r\n', 'a,b']) assert.throws(() => parseCsv(bad), bad);
  assert.deepEqual(parseCsv('a,"b\nc"\n', '\n'), [['a', 'b\nc']]);
  assert.throws(() => parseCsv('a\r\n', '\n'));
});

test('every format downloads for the filter, and each file holds what the views show', async () => {
  const counts = {
    events: await shown('timeline'),
    relations: await shown('map'),
    claims: await shown('claims'),
    documents: await shown('sources'),
  };
  assert.ok(Object.values(counts).every((n) => n > 0), JSON.stringify(counts));
  const x = await Explorer.open(browser, server.origin, `#/timeline?${FILTER}`);
  assert.ok(!x.requests.some((u) => u.includes('/exporter/')), 'nothing of the exporter is loaded before a download');

  // JSON: the corpus.json schema, restricted to what passes.
  const json = await download(x, 'json');
  assert.equal(json.name, `alliance-explorer-timeline-${TODAY}.json`);
  assert.equal(json.saved, json.name);
  const data = JSON.parse(json.text);
  assert.deepEqual(Object.keys(data), Object.keys(corpus), 'the same keys in the same order');
  for (const key of ['events', 'relations', 'claims', 'documents']) {
    assert.equal(data[key].length, counts[key], key);
  }
  assert.deepEqual(data.entities, corpus.entities, 'the entities whole');
  for (const key of ['events', 'relations', 'claims', 'comparisons', 'documents']) {
    const whole = Object.fromEntries(corpus[key].map((item) => [item.id, item]));
    for (const item of data[key]) assert.deepEqual(item, whole[item.id], `${key} ${item.id} as in corpus.json`);
  }

  // CSV: three tables.
  for (const [format, key] of [['events-csv', 'events'], ['relations-csv', 'relations'], ['claims-csv', 'claims']]) {
    const csv = await download(x, format);
    assert.equal(csv.saved, `alliance-explorer-timeline-${key}-${TODAY}.csv`);
    const [header, ...rows] = parseCsv(afterBom(csv, format));
    assert.equal(header[0], 'id');
    assert.ok(header.includes('quotes'), format);
    assert.equal(rows.length, counts[key], format);
    for (const r of rows) assert.equal(r.length, header.length, `${format} ${r[0]}`);
    assert.deepEqual(rows.map((r) => r[0]).sort(), data[key].map((item) => item.id).sort(), format);
    if (key === 'events') {
      const at = Object.fromEntries(header.map((h, i) => [h, i]));
      for (const r of rows) assert.equal(r[at.date], events[r[0]].date ?? '', `${r[0]}'s date`);
    }
  }

  // TimelineJS: the dated events, each date at its precision.
  const tl = await download(x, 'timelinejs');
  assert.equal(tl.saved, `alliance-explorer-timeline-timelinejs-${TODAY}.json`);
  const timeline = JSON.parse(tl.text);
  assert.ok(Array.isArray(timeline.events), 'events is required');
  // Undated events cannot be placed (start_date is required) and are left out.
  const dated = data.events.filter((e) => e.date !== null).map((e) => e.id);
  assert.deepEqual(timeline.events.map((s) => s.unique_id).sort(), dated.sort());
  const iso = (d) => [String(d.year).padStart(4, '0'), ...['month', 'day'].filter((k) => k in d).map((k) => String(d[k]).padStart(2, '0'))].join('-');
  for (const slide of timeline.events) {
    const e = events[slide.unique_id];
    assert.equal(typeof slide.start_date.year, 'number', 'year is a required number');
    assert.equal(iso(slide.start_date), e.date, `${e.id} starts at its date, at its precision`);
    if (e.end) assert.equal(iso(slide.end_date), e.end, e.id);
    else assert.equal(slide.end_date, undefined);
    assert.equal(slide.text.headline.length > 0, true);
  }

  // Web Annotation: every selector finds its quote at its position.
  const wa = await download(x, 'annotations');
  assert.equal(wa.saved, `alliance-explorer-timeline-annotations-${TODAY}.jsonld`);
  const collection = JSON.parse(wa.text);
  assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(collection.type, 'AnnotationCollection');
  const items = collection.first.items;
  const notes = data.documents.reduce((n, d) => n + d.notes.length, 0);
  assert.equal(items.length, data.events.length + data.relations.length + data.claims.length + data.comparisons.length + notes);
  assert.equal(collection.total, items.length);
  let targets = 0;
  for (const a of items) {
    assert.equal(a.type, 'Annotation');
    assert.ok(a.id.startsWith(`${server.origin}/#/`), a.id);
    for (const t of a.target) {
      const doc = t.source.split('#/sources/')[1];
      const text = texts[doc];
      assert.ok(text, t.source);
      const q = t.selector.find((s) => s.type === 'TextQuoteSelector');
      const p = t.selector.find((s) => s.type === 'TextPositionSelector');
      assert.equal(text.slice(p.start, p.end).join(''), q.exact, `${a.id} at ${p.start}-${p.end}`);
      assert.equal(text.slice(p.start - (q.prefix ?? '').length, p.start).join(''), q.prefix ?? '');
      assert.equal(text.slice(p.end, p.end + Array.from(q.suffix ?? '').length).join(''), q.suffix ?? '');
      targets++;
    }
  }
  assert.ok(targets >= items.length);

  // GraphML, parsed by the browser: one edge per relation the map shows.
  const gm = await download(x, 'graphml');
  assert.equal(gm.saved, `alliance-explorer-timeline-${TODAY}.graphml`);
  const graph = await x.page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) return { error: doc.documentElement.textContent };
    const ns = 'http://graphml.graphdrawing.org/xmlns';
    const data = (el, key) => Array.from(el.getElementsByTagNameNS(ns, 'data')).find((d) => d.getAttribute('key') === key)?.textContent;
    return {
      root: doc.documentElement.namespaceURI,
      nodes: Array.from(doc.getElementsByTagNameNS(ns, 'node')).map((n) => ({ id: n.id, kind: data(n, 'kind'), x: data(n, 'x'), y: data(n, 'y') })),
      edges: Array.from(doc.getElementsByTagNameNS(ns, 'edge')).map((e) => ({ id: e.id, source: e.getAttribute('source'), target: e.getAttribute('target'), type: data(e, 'type'), status: data(e, 'status'), directed: data(e, 'directed') })),
    };
  }, gm.text);
  assert.equal(graph.error, undefined, graph.error);
  assert.equal(graph.root, 'http://graphml.graphdrawing.org/xmlns');
  assert.equal(graph.edges.length, counts.relations);
  const relations = Object.fromEntries(data.relations.map((r) => [r.id, r]));
  const nodes = Object.fromEntries(graph.nodes.map((n) => [n.id, n]));
  for (const e of graph.edges) {
    const r = relations[e.id];
    assert.ok(r, e.id);
    assert.deepEqual([e.source, e.target, e.type, e.status, e.directed], [r.source, r.target, r.type, r.status, String(r.directed)]);
    for (const end of [e.source, e.target]) {
      assert.ok(nodes[end], `node ${end}`);
      assert.ok(Number.isFinite(Number(nodes[end].x)) && Number.isFinite(Number(nodes[end].y)), `${end} has x, y`);
    }
  }

  assert.ok(x.requests.some((u) => u.endsWith('/exporter/exporter_bg.wasm')), 'the module loaded on demand');
  assert.deepEqual(x.foreignRequests(), []);
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('with no filter, the JSON download is dist/data/corpus.json byte for byte', async () => {
  const x = await Explorer.open(browser, server.origin, '#/map');
  const file = await download(x, 'json');
  assert.equal(file.saved, `alliance-explorer-map-${TODAY}.json`);
  assert.ok(file.text === corpusText, 'the same bytes');
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('the CSV files open in LibreOffice (headless) and come back with every name intact', async () => {
  // Each table of the whole corpus, opened by LibreOffice Calc as UTF-8 with every
  // column as text (as its import dialog offers), saved as a spreadsheet (ODS), that
  // opened again and saved as CSV: every cell must come back as it went in, among them
  // every actor's name, the asserters, "Beşer" and the curly quotes of the quotes.
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  const dir = await mkdtemp(join(tmpdir(), 'ae-calc-'));
  const soffice = (...args) => promisify(execFile)('soffice', ['--headless', '--norestore',
    `-env:UserInstallation=file://${join(dir, 'profile')}`, ...args], { timeout: 300_000 });
  try {
    const tables = {};
    for (const key of ['events', 'relations', 'claims']) {
      const file = await download(x, `${key}-csv`);
      tables[key] = parseCsv(afterBom(file, key));
      await writeFile(join(dir, `${key}.csv`), file.bytes);
    }
    const names = new Set(corpus.entities.map((e) => e.name));
    const shownNames = new Set(Object.values(tables).flatMap(([header, ...rows]) => {
      const at = header.flatMap((h, i) => (/(^|_)names?$|_label$/.test(h) ? [i] : []));
      return rows.flatMap((r) => at.flatMap((i) => r[i].split('; ')));
    }).filter((n) => names.has(n)));
    assert.ok(shownNames.size > 40, `the tables name the actors (${shownNames.size})`);
    assert.ok([...shownNames].some((n) => /[^\x00-\x7f]/.test(n)), 'a name beyond ASCII among them');
    for (const [key, [header]] of Object.entries(tables)) {
      const text = header.map((_, i) => `${i + 1}/2`).join('/');
      await soffice(`--infilter=CSV:44,34,76,1,${text},,true,false`, '--convert-to', 'ods', '--outdir', join(dir, 'ods'), join(dir, `${key}.csv`));
    }
    await soffice('--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', join(dir, 'back'),
      ...Object.keys(tables).map((key) => join(dir, 'ods', `${key}.ods`)));
    for (const [key, rows] of Object.entries(tables)) {
      const back = parseCsv(await readFile(join(dir, 'back', `${key}.csv`), 'utf8'), '\n');
      assert.equal(back.length, rows.length, `${key}: every row`);
      assert.deepEqual(back[0], rows[0], `${key}: the header, the mark not in its first cell`);
      for (let i = 1; i < rows.length; i++) assert.deepEqual(back[i], rows[i], `${key} ${rows[i][0]}`);
      const text = back.flat().join('\n');
      for (const name of shownNames) {
        if (rows.flat().join('\n').includes(name)) assert.ok(text.includes(name), `${key}: ${name}`);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    await x.page.close();
  }
});

test('the module lists its formats and refuses an unknown one', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const result = await x.page.evaluate(async () => {
    const m = await import(new URL('exporter/exporter.js', document.baseURI).href);
    await m.default();
    let error;
    try { m.download(location.hash, 'pdf', '2026-12-04'); } catch (e) { error = `${e.constructor.name}: ${e.message}`; }
    return { formats: m.formats(), error };
  });
  assert.deepEqual(result.formats.map((f) => f.id), ['json', 'events-csv', 'relations-csv', 'claims-csv', 'timelinejs', 'annotations', 'graphml']);
  assert.deepEqual(result.formats.map((f) => f.extension), ['json', 'csv', 'csv', 'csv', 'json', 'jsonld', 'graphml']);
  assert.match(result.error, /^Error: unknown format `pdf`/);
  await x.page.close();
});

test('the Download menu of each view saves every format, named after the view and the day', async () => {
  const today = new Date().toISOString().slice(0, 10);
  for (const route of ['timeline', 'map', 'claims', 'sources']) {
    const x = await Explorer.open(browser, server.origin, `#/${route}?${FILTER}`);
    const menu = x.page.locator('details.menu');
    await menu.locator('summary').click();
    const buttons = menu.locator('button[data-export]');
    assert.equal(await buttons.count(), 7);
    for (let i = 0; i < 7; i++) {
      const button = buttons.nth(i);
      const [saved] = await Promise.all([x.page.waitForEvent('download'), button.click()]);
      const name = saved.suggestedFilename();
      assert.match(name, new RegExp(`^alliance-explorer-${route}(-[a-z]+)?-${today}\\.(json|csv|jsonld|graphml)$`), name);
      await x.page.locator('#dl-status', { hasText: `Saved ${name}` }).waitFor();
      assert.ok((await readFile(await saved.path(), 'utf8')).length > 0, `${name} is not empty`);
    }
    assert.deepEqual(x.errors, []);
    await x.page.close();
  }
});
