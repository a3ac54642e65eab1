// Guided lessons: the list at #/lessons, every step an ordinary link that opens its
// view with the step's text and question above it, Previous and Next by button and by
// arrow key, the end of the lesson.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launch, Explorer } from './support.mjs';

const corpus = JSON.parse(await readFile(new URL('../dist/data/corpus.json', import.meta.url), 'utf8'));
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

/** The hash the explorer writes for step `n` (1-based) of `lesson`: its view plus the lesson. */
function stepHash(lesson, n) {
  const view = lesson.steps[n - 1].view;
  const tail = `lesson=${lesson.id}&step=${n}`;
  return view.includes('?') ? `${view}&${tail}` : `${view}?${tail}`;
}

const bar = (x) => x.page.locator('#lesson-bar');

test('the Lessons entry lists every lesson, and a lesson opens at its first step', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await x.nav('Lessons').click();
  await x.page.locator('main h2', { hasText: 'Lessons' }).waitFor();
  assert.equal(await x.hash(), '#/lessons');
  const titles = await x.page.locator('main .lessons h3').allTextContents();
  assert.deepEqual(titles, corpus.lessons.map((l) => l.title));
  for (const l of corpus.lessons) {
    assert.ok(await x.page.locator('main .lessons li', { hasText: l.title }).getByText(`${l.steps.length} steps`).isVisible());
  }
  const first = corpus.lessons[0];
  await x.page.getByRole('link', { name: first.title }).click();
  await bar(x).waitFor();
  assert.equal(await x.hash(), stepHash(first, 1));
  assert.match(await bar(x).textContent(), new RegExp(`Step 1 of ${first.steps.length}`));
  assert.ok(await bar(x).getByText(first.steps[0].question).isVisible());
  assert.ok(await bar(x).getByRole('button', { name: 'Previous' }).isDisabled());
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('Next and Previous, by button and by arrow key, walk every step of every lesson', async () => {
  for (const lesson of corpus.lessons) {
    const x = await Explorer.open(browser, server.origin, stepHash(lesson, 1));
    const n = lesson.steps.length;
    for (let i = 1; i <= n; i++) {
      await bar(x).getByText(`Step ${i} of ${n}`).waitFor();
      assert.equal(await x.hash(), stepHash(lesson, i), `${lesson.id} step ${i}`);
      // After a step, focus is on the new step's bar, so the arrows and Tab go on from it.
      if (i > 1) assert.equal(await x.page.evaluate(() => document.activeElement?.id), 'lesson-bar', `${lesson.id} step ${i}: focus`);
      assert.ok(await bar(x).getByText(lesson.steps[i - 1].text).isVisible(), `${lesson.id} step ${i}: text`);
      assert.equal(await x.notice().count(), 0, `${lesson.id} step ${i}: no notice`);
      // The step's view is the one its link names.
      const route = lesson.steps[i - 1].view.split('?')[0].split('/')[1];
      const shows = { timeline: 'section.timeline', map: 'section.map', claims: '#claims-h', sources: '.fulltext' }[route];
      assert.ok(await x.page.locator(`main ${shows}`).first().isVisible(), `${lesson.id} step ${i}: ${route}`);
      if (i < n) {
        if (i % 2) await bar(x).getByRole('button', { name: 'Next' }).click();
        else await x.page.keyboard.press('ArrowRight');
      }
    }
    assert.ok(await bar(x).getByRole('button', { name: 'Next' }).isDisabled(), 'no step after the last');
    await x.page.keyboard.press('ArrowLeft');
    await bar(x).getByText(`Step ${n - 1} of ${n}`).waitFor();
    await bar(x).getByRole('button', { name: 'Previous' }).click();
    await bar(x).getByText(`Step ${n - 2} of ${n}`).waitFor();
    assert.equal(await x.hash(), stepHash(lesson, n - 2));
    // Back goes to the step before, like any link.
    await x.page.goBack();
    await bar(x).getByText(`Step ${n - 1} of ${n}`).waitFor();
    assert.deepEqual(x.errors, []);
    await x.page.close();
  }
});

test('a step is a link: it opens by itself, survives a reload, and the lesson can be ended', async () => {
  const lesson = corpus.lessons[1];
  const x = await Explorer.open(browser, server.origin, stepHash(lesson, 3));
  await bar(x).getByText(`Step 3 of ${lesson.steps.length}`).waitFor();
  await x.page.reload();
  await bar(x).getByText(`Step 3 of ${lesson.steps.length}`).waitFor();
  // Arrows typed into the search box move the caret, not the lesson.
  await x.search().fill('troops');
  await x.search().press('ArrowLeft');
  assert.match(await x.hash(), /step=3/);
  await bar(x).getByRole('button', { name: 'End the lesson' }).click();
  await bar(x).waitFor({ state: 'detached' });
  assert.doesNotMatch(await x.hash(), /lesson=|step=/);
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('an embedded lesson stays embedded from step to step, and the arrows stop at its ends', async () => {
  const lesson = corpus.lessons[0];
  const n = lesson.steps.length;
  const x = await Explorer.open(browser, server.origin, `${stepHash(lesson, 1)}&embed=1`);
  await bar(x).getByText(`Step 1 of ${n}`).waitFor();
  await bar(x).focus();
  await x.page.keyboard.press('ArrowLeft');
  assert.match(await x.hash(), /step=1/, 'no step before the first');
  await x.page.keyboard.press('ArrowRight');
  await bar(x).getByText(`Step 2 of ${n}`).waitFor();
  assert.match(await x.hash(), /embed=1/);
  assert.match(await x.hash(), /step=2/);
  assert.equal(await x.page.evaluate(() => document.activeElement?.id), 'lesson-bar');
  await x.goto(`${stepHash(lesson, n)}&embed=1`);
  await bar(x).getByText(`Step ${n} of ${n}`).waitFor();
  await bar(x).focus();
  await x.page.keyboard.press('ArrowRight');
  assert.match(await x.hash(), new RegExp(`step=${n}`), 'no step after the last');
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('an unknown lesson or a step out of range falls back with a notice', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline?lesson=nonesuch&step=2');
  await x.notice().waitFor();
  assert.equal(await bar(x).count(), 0);
  const lesson = corpus.lessons[0];
  await x.goto(`#/timeline?lesson=${lesson.id}&step=99`);
  await x.notice().waitFor();
  assert.deepEqual(x.errors, []);
  await x.page.close();
});
