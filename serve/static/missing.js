// farewell's page for writers: the "What it could add" panel. A message's missing elements
// come as one finding (rule farewell.elements.missing) that lists each element with its
// sentence and the edit that adds it where the paragraph belongs: after the message's last body
// sentence, before its sign-off. Each can be added there, or at the caret the writer placed.
'use strict';

const missingRule = 'farewell.elements.missing';

// renderMissing fills the panel for a result; sent is the text that was linted. It says that
// nothing is missing only when a goodbye was linted and lacks nothing.
function renderMissing(res, sent) {
  const list = $('missing'), intro = $('missing-intro'), all = $('add-all');
  list.replaceChildren();
  all.hidden = true;
  const file = res.file;
  const expecting = (file.messages || []).filter((m) => m.present.length + m.missing.length > 0);
  let count = 0;
  file.findings.forEach((f, i) => {
    if (f.rule !== missingRule || !f.elements) return;
    f.elements.forEach((e, j) => { list.append(elementItem(e, i, j)); count++; });
    if (f.elements.length > 1 && f.insert) {
      all.hidden = false;
      all.dataset.all = i;
    }
  });
  if (sent.trim() === '') {
    intro.textContent = 'Paste or type a goodbye to see what it could add.';
  } else if (file.skipped || file.error) {
    intro.textContent = '';
  } else if (expecting.length === 0) {
    intro.textContent = 'farewell does not read this as a goodbye it knows, so it expects nothing of it. Choose its kind above to check it as one.';
  } else if (count === 0) {
    intro.textContent = 'Nothing: every element expected of this message is there.';
  } else {
    const f = file.findings.find((x) => x.rule === missingRule);
    intro.textContent = f ? f.message + '.' : '';
  }
  return count;
}

// elementItem lists one element compactly: its name, the rule's message as a tooltip, the
// sentence offered and the buttons that add it.
function elementItem(e, i, j) {
  const li = el('li');
  li.dataset.rule = e.rule;
  li.title = e.message;
  const name = el('span', 'name', e.name.charAt(0).toUpperCase() + e.name.slice(1));
  li.append(name, el('p', 'advice', '\u201c' + e.sentence + '\u201d'));
  if (e.insert) {
    const b = el('button', '', 'Add this sentence');
    b.dataset.add = i + ':' + j;
    b.title = 'Add it after the last sentence of the message, before its sign-off';
    li.append(b);
  }
  const c = el('button', '', 'At the cursor');
  c.dataset.cursor = i + ':' + j;
  c.hidden = state.caret === null;
  li.append(c);
  return li;
}

// insertElement adds an element's sentence, or with all set the whole paragraph, from the
// shown result: where it belongs, or at the writer's caret.
function insertElement(b, res, map) {
  if (b.dataset.all !== undefined && b.id === 'add-all') {
    const ed = res.file.findings[Number(b.dataset.all)].insert;
    text.setRangeText(ed.new, map[ed.offset], map[ed.end_offset], 'end');
    return true;
  }
  const key = b.dataset.add || b.dataset.cursor;
  if (!key) return false;
  const [i, j] = key.split(':').map(Number);
  const e = res.file.findings[i].elements[j];
  if (b.dataset.add) {
    text.setRangeText(e.insert.new, map[e.insert.offset], map[e.insert.end_offset], 'end');
    return true;
  }
  const at = Math.min(state.caret, text.value.length);
  const before = text.value.slice(0, at);
  const sentence = $('format').value === 'html' ? escapeHTML(e.sentence) : e.sentence;
  text.setRangeText((before === '' || /\s$/.test(before) ? '' : ' ') + sentence, at, at, 'end');
  return true;
}
