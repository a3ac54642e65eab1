// dist/data/corpus.json: the documented schema, and every quote found in its source at
// the code-point offsets it gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const corpus = JSON.parse(await readFile(new URL('../dist/data/corpus.json', import.meta.url), 'utf8'));

test('has the documented top-level keys', () => {
  assert.deepEqual(Object.keys(corpus).sort(), ['claims', 'comparisons', 'corpus', 'documents', 'entities', 'events', 'lessons', 'periods', 'relations']);
  assert.equal(typeof corpus.corpus.title, 'string');
  for (const d of corpus.documents) {
    assert.ok(d.id && d.file && typeof d.text === 'string', d.id);
  }
});

test('periods are bounded on at least one side, to not before from', () => {
  assert.ok(corpus.periods.length > 0);
  for (const p of corpus.periods) {
    assert.deepEqual(Object.keys(p).sort(), ['evidence', 'from', 'id', 'name', 'summary', 'to'], p.id);
    assert.ok(p.from !== null || p.to !== null, p.id);
    // Dates compare by their precision: `to` may end in `from`'s year or month.
    if (p.from !== null && p.to !== null) assert.ok(p.to >= p.from.slice(0, p.to.length), p.id);
  }
});

test('lessons are steps of a view, a text, a question and quotes', () => {
  assert.deepEqual(corpus.lessons.map((l) => l.id), ['alliance-formed', 'five-sources']);
  for (const l of corpus.lessons) {
    assert.deepEqual(Object.keys(l).sort(), ['id', 'steps', 'summary', 'title'], l.id);
    assert.ok(l.steps.length >= 6 && l.steps.length <= 10, l.id);
    for (const s of l.steps) {
      assert.deepEqual(Object.keys(s).sort(), ['question', 'quotes', 'text', 'view'], l.id);
      assert.ok(s.view.startsWith('#/') && s.text && s.question.endsWith('?'), l.id);
    }
  }
});

test('every quote is at its code-point offsets in its document', async () => {
  const texts = Object.fromEntries(corpus.documents.map((d) => [d.id, Array.from(d.text)]));
  const items = [
    ...corpus.events, ...corpus.relations, ...corpus.claims, ...corpus.periods,
    ...corpus.documents.flatMap((d) => d.notes),
    ...corpus.comparisons.flatMap((c) => c.sides),
  ];
  const quotes = corpus.lessons.flatMap((l) => l.steps).flatMap((s) => s.quotes);
  let n = 0;
  for (const item of items) {
    assert.ok(item.evidence.length > 0);
    for (const e of item.evidence) {
      assert.deepEqual(Object.keys(e).sort(), ['document', 'end', 'exact', 'start']);
      assert.equal(texts[e.document].slice(e.start, e.end).join(''), e.exact);
      n++;
    }
  }
  for (const e of quotes) {
    assert.equal(texts[e.document].slice(e.start, e.end).join(''), e.exact);
  }
  assert.ok(n > 300, `${n} quotes`);
});

test('the documents are the seed files byte for byte', async () => {
  for (const d of corpus.documents) {
    assert.equal(d.text, await readFile(new URL(`../seeds/${d.file}`, import.meta.url), 'utf8'), d.file);
  }
});
