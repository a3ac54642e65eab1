// `make bench`, the record: puts the browser figures of the real corpus and of the 10×
// synthetic one (scripts/bench-browser.mjs) and the native benchmarks' output together
// with the commit they measured, into docs/bench/<date>.json, and rewrites the section
// of docs/speed.md between its `bench:begin` and `bench:end` markers as tables, each
// figure beside its budget (issue 13: reported, not asserted), and the side-by-side
// with TimelineJS (bench-browser.mjs --vs-timelinejs) with the ratio of the two.
//
//   node scripts/bench-report.mjs --real target/bench/real.json --x10 target/bench/x10.json \
//     --native target/bench/native.txt [--date 2026-12-04] \
//     [--vs-real target/bench/vs-timelinejs-real.json] [--vs-x10 target/bench/vs-timelinejs-x10.json]
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => {
  if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1]]);
  return pairs;
}, []));
const date = args.date ?? new Date().toISOString().slice(0, 10);
const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();
const BUDGET = { render: 200, interaction: 16, frame: 50, longTask: 50 };

/** The native benchmarks' output as bench.sh writes it: `== <benchmark>` before each
 * benchmark, its `-- ×k: …` sub-headers, and `label   12.3 µs` rows. */
function parseNative(text) {
  const rows = [];
  let bench = '';
  let scale = '';
  for (const line of text.split('\n')) {
    const head = line.match(/^== (.*)$/);
    if (head) { bench = head[1].trim(); scale = ''; continue; }
    const sub = line.match(/^-- ([^:]*)/);
    if (sub) { scale = sub[1].trim(); continue; }
    const row = line.match(/^(\S.*?)\s+([\d.]+) (µs|ms|s)$/);
    if (row) rows.push({ bench, scale, label: row[1].trim(), value: Number(row[2]), unit: row[3] });
  }
  return rows;
}

const real = JSON.parse(await readFile(args.real, 'utf8'));
const x10 = args.x10 ? JSON.parse(await readFile(args.x10, 'utf8')) : null;
const native = args.native ? parseNative(await readFile(args.native, 'utf8')) : [];
// The side-by-side with TimelineJS, by corpus.
const opened = {};
for (const [name, path] of [['real', args['open-real']], ['x10', args['open-x10']]]) {
  if (path) opened[name] = JSON.parse(await readFile(path, 'utf8')).open_corpus;
}
const vs = {};
for (const [name, path] of [['real', args['vs-real']], ['x10', args['vs-x10']]]) {
  if (path) vs[name] = JSON.parse(await readFile(path, 'utf8')).vs_timelinejs;
}
const dirty = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!docs').length > 0;
const record = {
  date,
  commit: git('rev-parse', 'HEAD'),
  commit_subject: git('log', '-1', '--format=%s'),
  uncommitted_changes: dirty,
  machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? '', chromium: real.chromium },
  budgets_ms: BUDGET,
  corpora: { real, ...(x10 ? { x10 } : {}) },
  ...(Object.keys(vs).length ? { vs_timelinejs: vs } : {}),
  ...(Object.keys(opened).length ? { open_corpus: opened } : {}),
  native,
};
await mkdir('docs/bench', { recursive: true });
await writeFile(`docs/bench/${date}.json`, JSON.stringify(record, null, 2) + '\n');

// The tables.
const n = (x) => (Number.isFinite(x) ? (x >= 100 ? Math.round(x).toString() : x.toFixed(1)) : '—');
const bytes = (x) => x.toLocaleString('en-US');
const mark = (value, budget) => (value > budget ? `**${n(value)}** (over ${budget})` : n(value));
const corpora = [['real', real], ...(x10 ? [['×10', x10]] : [])];
const lines = [];
lines.push(`## Latest \`make bench\` (${date}, commit ${record.commit.slice(0, 7)}${dirty ? ' with uncommitted changes' : ''})`);
lines.push('');
lines.push(`Headless Chromium ${real.chromium}, ${record.machine.cores} cores (${record.machine.cpu}), release build served on loopback; medians of ${real.runs} runs (fresh tabs for first renders), the full record in \`docs/bench/${date}.json\`. Budgets (issues 13 and 19): a view drawn ≤ ${BUDGET.render} ms after the wasm has started; an interaction's script ≤ ${BUDGET.interaction} ms and its next frame ≤ ${BUDGET.frame} ms; no task over ${BUDGET.longTask} ms. Figures over budget are in bold.`);
lines.push('');
lines.push('### First render, from navigation');
lines.push('');
lines.push('| view | corpus | wasm started | view drawn after it | first frame | longest task |');
lines.push('| --- | --- | ---: | ---: | ---: | ---: |');
for (const view of Object.keys(real.views)) {
  for (const [name, c] of corpora) {
    const v = c.views[view];
    if (!v) continue;
    lines.push(`| ${view} (\`${v.hash}\`) | ${name} | ${n(v.wasm_ready_ms.median)} ms | ${mark(v.render_ms.median, BUDGET.render)} ms | ${n(v.first_frame_ms.median)} ms | ${mark(v.longest_task_ms.median, BUDGET.longTask)} ms |`);
  }
}
const vsRows = Object.entries(vs);
if (vsRows.length) {
  const [, first] = vsRows[0];
  lines.push('');
  lines.push('### Against TimelineJS, from navigation to the first drawn timeline');
  lines.push('');
  lines.push(`The same events in both: the explorer's own TimelineJS export of the whole corpus, drawn by TimelineJS ${first.timelinejs_version} (npm \`@knight-lab/timelinejs\`) on a page of its own, served from loopback like the explorer (no request to another host: any fails the bench). Each round opens the explorer's \`#/timeline\` and the TimelineJS page in fresh contexts, alternating which goes first; a timeline is drawn when its marks are in the page (the explorer: \`${first.explorer.ready}\`; TimelineJS: \`${[].concat(first.timelinejs.ready).join('` and `')}\`) and the frame after has been drawn. Medians of ${first.rounds} rounds; a ratio under 1 means the explorer draws first.`);
  lines.push('');
  lines.push('| corpus | events | explorer | TimelineJS | explorer / TimelineJS |');
  lines.push('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, v] of vsRows) {
    lines.push(`| ${name === 'x10' ? '×10' : name} | ${v.events} | ${n(v.explorer.first_frame_ms.median)} ms | ${n(v.timelinejs.first_frame_ms.median)} ms | ${v.ratio.toFixed(2)} |`);
  }
}
if (Object.keys(opened).length) {
  lines.push('');
  lines.push('### Opening a corpus in the browser (`?open`)');
  lines.push('');
  lines.push('The `open` build over the files of the seeds and of the 10× corpus, chosen as a user chooses them (fresh contexts): from the input\'s change to the first view\'s heading in the page (read, checked by the compiler, the map placed, packed, drawn), and a reload (the files kept in IndexedDB read and checked again) from navigation. Issue 21\'s budget for the check: 5 s.');
  lines.push('');
  lines.push('| corpus | files | chosen → drawn | slowest | reload → drawn | slowest |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, o] of Object.entries(opened)) {
    lines.push(`| ${name === 'x10' ? '×10' : name} | ${o.files} | ${n(o.chosen_to_drawn_ms.median)} ms | ${n(o.chosen_to_drawn_ms.max)} ms | ${n(o.reload_to_drawn_ms.median)} ms | ${n(o.reload_to_drawn_ms.max)} ms |`);
  }
}
lines.push('');
lines.push('### Interactions, from the input');
lines.push('');
lines.push(`"Script" is until the input's task and the effects it queued have run, or until the browser starts drawing a frame if it does so first: the explorer's own work, without the frame's style, layout and paint (budget ${BUDGET.interaction} ms). "Work" is until the task and its effects have run, with that frame's drawing when it comes first (an upper bound; median, and the slowest run). "Next frame" is until the frame after the input has been drawn, including the wait for it (up to 16.7 ms at 60 Hz; budget ${BUDGET.frame} ms). "Longest task" is the slowest run's longest task. Budgets from issue 19.`);
lines.push('');
lines.push('| interaction | corpus | script | work | slowest work | next frame | longest task |');
lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const step of Object.keys(real.interactions)) {
  for (const [name, c] of corpora) {
    const s = c.interactions[step];
    if (!s) continue;
    const script = s.script_ms ? `${mark(s.script_ms.median, BUDGET.interaction)} ms` : '–';
    lines.push(`| ${step} | ${name} | ${script} | ${n(s.work_ms.median)} ms | ${n(s.work_ms.max)} ms | ${mark(s.frame_ms.median, BUDGET.frame)} ms | ${mark(s.longest_task_ms.max, BUDGET.longTask)} ms |`);
  }
}
lines.push('');
lines.push('### What is downloaded');
lines.push('');
lines.push('| file | corpus | when | raw | gzip -9 | brotli -q 11 |');
lines.push('| --- | --- | --- | ---: | ---: | ---: |');
for (const [name, c] of corpora) {
  for (const f of c.files) lines.push(`| \`${f.file}\` | ${name} | ${f.when} | ${bytes(f.raw)} | ${bytes(f.gzip)} | ${bytes(f.brotli)} |`);
  lines.push(`| **first load** | ${name} | | ${bytes(c.first_load.raw)} | ${bytes(c.first_load.gzip)} | **${bytes(c.first_load.brotli)}** |`);
}
if (native.length) {
  lines.push('');
  lines.push('### Native benchmarks (release, same run)');
  lines.push('');
  lines.push('| benchmark | corpus or size | what | time |');
  lines.push('| --- | --- | --- | ---: |');
  for (const r of native) {
    lines.push(`| ${r.bench} | ${r.scale || 'real'} | ${r.label.replace(/\|/g, '\\|')} | ${r.value} ${r.unit} |`);
  }
}
const table = lines.join('\n');
const speed = await readFile('docs/speed.md', 'utf8');
const begin = '<!-- bench:begin (written by make bench) -->';
const end = '<!-- bench:end -->';
const at = speed.indexOf(begin);
const updated = at >= 0
  ? speed.slice(0, at) + begin + '\n' + table + '\n' + speed.slice(speed.indexOf(end))
  : speed.replace(/\n## /, `\n${begin}\n${table}\n${end}\n\n## `);
await writeFile('docs/speed.md', updated);
console.log(`make bench: docs/bench/${date}.json and docs/speed.md written (commit ${record.commit.slice(0, 7)})`);
