// farewell's page for writers: lints the message as it is typed through POST /api/lint and
// shows the findings inline, the rewrites, the missing elements (missing.js) and the grace
// score.
'use strict';

const $ = (id) => document.getElementById(id);
const text = $('text');
const backdrop = $('backdrop');
const tooltip = $('tooltip');
const severityRank = { suggestion: 1, warning: 2, error: 3 };

// shown is the result on screen: the text it is for, the result, its findings' spans and the
// places its missing paragraphs belong, in UTF-16 indices of that text. seq numbers the
// requests so that only the newest is shown; caret is where the writer last put the cursor
// (null until they do).
const state = { seq: 0, timer: 0, shown: null, caret: null };

async function init() {
  try {
    const meta = await (await fetch('api/meta')).json();
    for (const f of meta.formats) $('format').add(new Option(f, f, f === 'text', f === 'text'));
    for (const k of meta.kinds) $('kind').add(new Option(k, k));
  } catch (err) {
    setStatus('farewell serve is not answering: ' + err.message, true);
    return;
  }
  text.addEventListener('input', () => {
    resize();
    paint();
    clearTimeout(state.timer);
    state.timer = setTimeout(lintNow, 120);
  });
  $('format').addEventListener('change', lintNow);
  $('kind').addEventListener('change', lintNow);
  for (const ev of ['click', 'keyup', 'input']) {
    text.addEventListener(ev, () => { state.caret = text.selectionStart; showCursorButtons(); });
  }
  text.addEventListener('mousemove', (e) => hover(e.clientX, e.clientY));
  text.addEventListener('mouseleave', () => { tooltip.hidden = true; activate(null); });
  window.addEventListener('resize', resize);
  $('findings').addEventListener('click', onAction);
  $('missing-panel').addEventListener('click', onAction);
  $('findings').addEventListener('mouseover', (e) => {
    const li = e.target.closest('li[data-i]');
    activate(li ? li.dataset.i : null);
  });
  $('findings').addEventListener('mouseleave', () => activate(null));
  resize();
  lintNow();
}

// lintNow sends the text as it is now; a response is shown only if no newer request was sent.
async function lintNow() {
  clearTimeout(state.timer);
  const seq = ++state.seq;
  const sent = text.value;
  setStatus('Checking\u2026');
  let res;
  try {
    const r = await fetch('api/lint', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: sent, format: $('format').value, kind: $('kind').value }),
    });
    res = await r.json();
    if (!r.ok) throw new Error(res.error || r.statusText);
  } catch (err) {
    if (seq === state.seq) setStatus(err.message, true);
    return;
  }
  if (seq !== state.seq) return;
  const map = byteMap(sent);
  const spans = [], anchors = [];
  res.file.findings.forEach((f, i) => {
    if (f.end_offset > f.offset) spans.push({ start: map[f.offset], end: map[f.end_offset], i, severity: f.severity });
    else if (f.elements) anchors.push(map[f.offset]);
  });
  state.shown = { text: sent, res, map, spans, anchors };
  render();
}

// byteMap maps each UTF-8 byte offset of s to the UTF-16 index of the character it belongs to;
// the API's offsets are bytes, the textarea's indices UTF-16 units.
function byteMap(s) {
  const map = [];
  let i = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < n; k++) map.push(i);
    i += ch.length;
  }
  map.push(i);
  return map;
}

// currentSpans returns the shown spans moved to the text as it is now: spans before or after
// what was typed since are kept, spans it touched are dropped until the next result.
function currentSpans() {
  const shown = state.shown;
  if (!shown) return [];
  const from = shown.text, to = text.value;
  if (from === to) return shown.spans;
  const max = Math.min(from.length, to.length);
  let p = 0;
  while (p < max && from[p] === to[p]) p++;
  let s = 0;
  while (s < max - p && from[from.length - 1 - s] === to[to.length - 1 - s]) s++;
  const oldEnd = from.length - s, delta = to.length - from.length;
  return shown.spans
    .filter((sp) => sp.end <= p || sp.start >= oldEnd)
    .map((sp) => (sp.start >= oldEnd ? { ...sp, start: sp.start + delta, end: sp.end + delta } : sp));
}

// paint draws the text with its marks, and a caret where a missing paragraph belongs, in the
// backdrop behind the textarea.
function paint() {
  const value = text.value;
  const spans = currentSpans();
  const anchors = state.shown && state.shown.text === value ? state.shown.anchors : [];
  const cuts = new Set([0, value.length, ...anchors]);
  for (const sp of spans) { cuts.add(sp.start); cuts.add(sp.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    if (anchors.includes(a)) frag.append(el('span', 'anchor'));
    const covering = spans.filter((sp) => sp.start <= a && sp.end >= b);
    const piece = document.createTextNode(value.slice(a, b));
    if (covering.length === 0) { frag.append(piece); continue; }
    const mark = document.createElement('mark');
    const worst = covering.reduce((w, sp) => (severityRank[sp.severity] > severityRank[w.severity] ? sp : w));
    mark.className = 'sev-' + worst.severity;
    mark.dataset.f = covering.map((sp) => sp.i).join(' ');
    mark.append(piece);
    frag.append(mark);
  }
  frag.append(document.createTextNode('\n ')); // keeps a trailing line break as tall as in the textarea
  backdrop.replaceChildren(frag);
}

function render() {
  const { res, text: sent } = state.shown;
  const file = res.file;
  paint();
  renderScore(file, res.band);
  const list = $('findings');
  list.replaceChildren();
  let shownCount = 0;
  file.findings.forEach((f, i) => {
    if (f.elements) return; // what the message lacks: the panel above
    shownCount++;
    list.append(findingItem(f, i, res.rules[f.rule] || {}));
  });
  const missing = renderMissing(res, sent);
  if (shownCount === 0) {
    const empty = file.skipped ? 'Not linted: ' + file.skipped : sent.trim() === '' ? 'Nothing to check yet.' : 'Nothing desperate, guilt-tripping or obstructive.';
    list.append(el('li', 'empty', empty));
  }
  $('count').textContent = shownCount ? '(' + shownCount + ')' : '';
  if (file.error) setStatus(file.error, true);
  else if (file.skipped) setStatus('Not linted: ' + file.skipped);
  else if (sent.trim() === '') setStatus('');
  else setStatus(plural(shownCount, 'finding') + ', ' + plural(missing, 'missing element'));
}

// showCursorButtons offers to add a sentence at the caret once the writer has placed one.
function showCursorButtons() {
  for (const b of document.querySelectorAll('#missing button[data-cursor]')) b.hidden = state.caret === null;
}

function findingItem(f, i, doc) {
  const li = el('li', 'sev-' + f.severity);
  li.dataset.i = i;
  li.dataset.rule = f.rule;
  const head = el('div', 'head');
  head.append(el('span', 'sev', f.severity), el('code', '', f.rule));
  li.append(head, el('p', 'msg', f.message));
  if (doc.why) li.append(el('p', 'why', doc.why));
  f.suggestions.forEach((s, j) => {
    if (s.edits && s.edits.length) {
      const b = el('button', '', 'Use \u201c' + s.text + '\u201d');
      b.dataset.fix = i + ':' + j;
      li.append(b);
    } else {
      li.append(el('p', 'advice', 'Try: ' + s.text));
    }
  });
  return li;
}

function renderScore(file, band) {
  const gauge = document.querySelector('.gauge');
  gauge.className = 'gauge' + (band ? ' band-' + band.replace(/ /g, '-') : '');
  const has = typeof file.score === 'number';
  $('score').textContent = has ? file.score : '\u2013';
  $('band').textContent = has ? band : 'grace score';
  $('gauge-value').style.strokeDasharray = (has ? file.score : 0) + ' 100';
  const msgs = file.messages || [];
  $('kind-info').textContent = msgs.length === 1
    ? msgs[0].kind + ' message (kind from ' + msgs[0].kind_source + ')'
    : msgs.length > 1 ? msgs.length + ' messages' : '';
  const box = $('breakdown-box'), ul = $('breakdown');
  ul.replaceChildren();
  box.hidden = msgs.length !== 1;
  if (msgs.length === 1) {
    for (const it of msgs[0].breakdown) {
      const li = el('li');
      li.append(el('span', 'pts', (it.points > 0 ? '+' : '') + it.points), el('span', '', (it.rule ? it.rule + ': ' : '') + it.reason));
      ul.append(li);
    }
  }
}

// onAction applies a rewrite or adds a missing sentence, then lints again at once.
function onAction(e) {
  const b = e.target.closest('button');
  if (!b || !state.shown) return;
  if (state.shown.text !== text.value) { lintNow(); return; } // the offsets are for another text
  const { res, map } = state.shown;
  if (b.dataset.fix) {
    const [i, j] = b.dataset.fix.split(':').map(Number);
    const edits = [...res.file.findings[i].suggestions[j].edits].sort((x, y) => y.offset - x.offset);
    for (const ed of edits) text.setRangeText(ed.new, map[ed.offset], map[ed.end_offset], 'end');
  } else if (!insertElement(b, res, map)) {
    return;
  }
  if (state.caret !== null) state.caret = text.selectionStart;
  tooltip.hidden = true;
  resize();
  paint();
  lintNow();
}

// hover shows the why of the finding under the pointer. The textarea lies over the marks, so
// they are found by position, not by events.
function hover(x, y) {
  const mark = document.elementsFromPoint(x, y).find((n) => n.tagName === 'MARK');
  if (!mark || !state.shown) { tooltip.hidden = true; activate(null); return; }
  const { res } = state.shown;
  tooltip.replaceChildren();
  for (const i of mark.dataset.f.split(' ')) {
    const f = res.file.findings[Number(i)];
    const doc = res.rules[f.rule] || {};
    tooltip.append(el('p', '', f.message));
    if (doc.why) tooltip.append(el('p', 'why', doc.why));
    const fixes = f.suggestions.map((s) => s.text);
    if (fixes.length) tooltip.append(el('p', '', 'Try: ' + fixes.join(' / ')));
  }
  tooltip.style.left = Math.min(x + 14, window.innerWidth - 380) + 'px';
  tooltip.style.top = (y + 18) + 'px';
  tooltip.hidden = false;
  activate(mark.dataset.f.split(' ')[0]);
}

// activate outlines the marks and the list item of finding i (none for null).
function activate(i) {
  for (const n of document.querySelectorAll('.active')) n.classList.remove('active');
  if (i === null || i === undefined) return;
  for (const m of backdrop.querySelectorAll('mark')) {
    if (m.dataset.f.split(' ').includes(String(i))) m.classList.add('active');
  }
  const li = document.querySelector('#findings li[data-i="' + i + '"]');
  if (li) li.classList.add('active');
}

// resize grows the textarea with its text; the editor column scrolls when it is taller than
// the window, keeping the findings beside it.
function resize() {
  const scroll = $('editor-scroll'), top = scroll.scrollTop;
  text.style.height = 'auto';
  text.style.height = text.scrollHeight + 2 + 'px';
  scroll.scrollTop = top;
}

function setStatus(msg, isError) {
  const s = $('status');
  s.textContent = msg;
  s.classList.toggle('error', !!isError);
}

function el(tag, cls, content) {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (content !== undefined) n.textContent = content;
  return n;
}

function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

function escapeHTML(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

init();
