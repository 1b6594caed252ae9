// @ts-check
// News Lens side panel (webview side). Builds every row with textContent: no string is ever parsed
// as HTML. Talks to the host only through the messages of src/extension/panel/messages.ts, whose types it
// imports below (checked by `npm run typecheck`, media/tsconfig.json).
/** @typedef {import('../src/extension/panel/messages').HostMessage} HostMessage */
/** @typedef {import('../src/extension/panel/messages').WebviewMessage} WebviewMessage */
/** @typedef {import('../src/extension/panel/messages').PanelModel} PanelModel */
/** @typedef {import('../src/extension/panel/messages').PanelSearch} PanelSearch */
/** @typedef {import('../src/extension/panel/messages').PassageView} PassageView */
/** @typedef {import('../src/extension/panel/messages').DuplicateGroupView} DuplicateGroupView */
/** @typedef {import('../src/extension/panel/messages').VariantGroupView} VariantGroupView */
/** @typedef {import('../src/extension/panel/messages').FigureComparisonView} FigureComparisonView */
/** @typedef {import('../src/extension/panel/messages').FigureEntryView} FigureEntryView */
/** @typedef {import('../src/extension/panel/messages').IndexProgress} IndexProgress */
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  /** @type {{thisFileOnly?: boolean, search?: PanelSearch, collapsed?: string[]}} */
  const saved = vscode.getState() || {};
  /** @param {WebviewMessage} message */
  const post = message => vscode.postMessage(message);

  const none = { all: 0, matching: 0 };
  /** @type {{status: string, progress: IndexProgress | null, model: PanelModel, activeFile: string | null, activeName: string | null, thisFileOnly: boolean, search: PanelSearch, collapsed: Set<string>}} */
  const state = {
    status: 'loading',
    progress: null,
    model: { duplicates: [], variants: [], figures: [], counts: { duplicates: none, variants: none, figures: none }, speakers: [], files: [] },
    activeFile: null,
    activeName: null,
    thisFileOnly: saved.thisFileOnly === true,
    search: saved.search || { query: '', speaker: null, file: null },
    collapsed: new Set(saved.collapsed || []),
  };
  const save = () => vscode.setState({ thisFileOnly: state.thisFileOnly, search: state.search, collapsed: [...state.collapsed] });

  const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
  const statusEl = $('nl-status');
  const progressEl = /** @type {HTMLProgressElement} */ ($('nl-progress'));
  const noticeEl = $('nl-notice');
  const filterEl = /** @type {HTMLInputElement} */ ($('nl-this-file'));
  const activeNameEl = $('nl-active-name');
  const searchEl = /** @type {HTMLInputElement} */ ($('nl-search'));
  const speakerEl = /** @type {HTMLSelectElement} */ ($('nl-speaker'));
  const fileEl = /** @type {HTMLSelectElement} */ ($('nl-file'));
  filterEl.checked = state.thisFileOnly;
  searchEl.value = state.search.query;

  /**
   * @param {string} tag
   * @param {string} [className]
   * @param {string} [text]
   */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function ref(/** @type {PassageView} */ p) {
    return { file: p.file, start: p.start, end: p.end };
  }

  /** A passage row: an "open" button, and a "Compare" button against `reference` when given. */
  function passageRow(/** @type {PassageView} */ p, /** @type {PassageView | null} */ reference, /** @type {string} */ key, /** @type {{text: string, reading: string} | undefined} */ figure) {
    const li = el('li', 'nl-passage');
    li.dataset.file = p.file;
    li.dataset.start = String(p.start);
    li.dataset.end = String(p.end);
    li.dataset.line = String(p.line);
    if (p.file === state.activeFile) li.classList.add('nl-current');

    const open = /** @type {HTMLButtonElement} */ (el('button', 'nl-open'));
    open.type = 'button';
    open.dataset.key = key + ':open';
    open.title = 'Open ' + p.name + ' at line ' + p.line;
    const where = el('span', 'nl-where');
    where.append(el('span', 'nl-file', p.name), el('span', 'nl-line', ':' + p.line));
    // the article's headline (its first line past page furniture) or lead: a readable name beside 000_c9454e25165bd088.txt
    if (p.title) { where.append(el('span', 'nl-title', p.title)); where.title = p.name + ' \u2014 ' + p.title; }
    open.append(where);
    if (figure) {
      const fig = el('span', 'nl-figure-value');
      fig.append(el('span', 'nl-figure-text', figure.text));
      // The normalised reading, when it says more than the words ("half a million" -> "500,000").
      if (figure.reading && !figure.text.includes(figure.reading)) fig.append(el('span', 'nl-reading', figure.reading));
      open.append(fig);
    }
    open.append(el('span', 'nl-snippet', p.snippet));
    open.addEventListener('click', () => post({ type: 'open', passage: ref(p) }));
    li.append(open);

    if (reference) {
      const compare = /** @type {HTMLButtonElement} */ (el('button', 'nl-compare', 'Compare'));
      compare.type = 'button';
      compare.dataset.key = key + ':compare';
      const label = 'Compare with ' + reference.name + ' line ' + reference.line;
      compare.title = label;
      compare.setAttribute('aria-label', label);
      compare.addEventListener('click', () =>
        post({ type: 'compare', left: ref(reference), right: ref(p) }));
      li.append(compare);
    }
    return li;
  }

  /** The passage the others are compared with: the active file's, else the first. */
  function referenceOf(/** @type {PassageView[]} */ passages) {
    return passages.find(p => p.file === state.activeFile) || passages[0];
  }

  function passageList(/** @type {PassageView[]} */ passages, /** @type {string} */ groupId, /** @type {boolean} */ comparable, /** @type {number | undefined} */ more) {
    const ul = el('ul', 'nl-passages');
    const reference = referenceOf(passages);
    passages.forEach((p, i) => {
      ul.append(passageRow(p, comparable && p !== reference ? reference : null, groupId + ':' + i, undefined));
    });
    if (more) ul.append(moreLine(more));
    return ul;
  }

  /** The host lists a few passages per file of a group; the rest are only counted. */
  function moreLine(/** @type {number} */ more) {
    return el('li', 'nl-more-passages', '\u2026 and ' + more + ' more in the same ' + (more === 1 ? 'file' : 'files'));
  }

  /** A group's box: its head (read out as the group's name) and the hooks the tests use. */
  function groupBox(/** @type {string} */ className, /** @type {string} */ id, /** @type {HTMLElement[]} */ headParts) {
    const div = el('div', className);
    div.dataset.groupId = id;
    div.setAttribute('role', 'group');
    div.setAttribute('aria-label', headParts.map(p => p.textContent).join(', '));
    const head = el('div', 'nl-group-head');
    head.append(...headParts);
    div.append(head);
    return div;
  }

  /**
   * "100% · same after folding": an "exact" group's texts are the same once quotation marks, dashes, spacing and
   * spelling variants are folded (–- and -, apologize and apologise), not byte for byte; the tooltip says so.
   */
  function similarityLabel(/** @type {DuplicateGroupView} */ g) {
    const span = el('span', 'nl-similarity', g.similarity + '%' + (g.kind === 'exact' ? ' \u00b7 same after folding' : ''));
    span.title = g.kind === 'exact'
      ? 'The same text after folding quotation marks, dashes, spacing and spelling variants (Compare shows any difference)'
      : 'Passages with ' + g.similarity + '% similar wording (Compare shows the differences)';
    return span;
  }

  function duplicateGroup(/** @type {DuplicateGroupView} */ g) {
    const div = groupBox('nl-group', g.id, [
      el('span', 'nl-reach', g.files + (g.files === 1 ? ' file' : ' files') + ' · ' + (g.passages.length + (g.more || 0)) + ' passages'),
      similarityLabel(g),
    ]);
    div.dataset.files = String(g.files);
    div.dataset.similarity = String(g.similarity);
    div.append(passageList(g.passages, g.id, true, g.more));
    return div;
  }

  function variantGroup(/** @type {VariantGroupView} */ g) {
    const div = groupBox('nl-group nl-variant-group', g.id, [
      el('span', 'nl-speaker', g.speaker || 'Unattributed'),
      el('span', 'nl-reach', (g.quotes.length + (g.more || 0)) + ' renderings'),
    ]);
    div.dataset.speaker = g.speaker || '';
    div.append(passageList(g.quotes, g.id, true, g.more));
    if (g.paraphrases && g.paraphrases.length) div.append(paraphraseList(g.paraphrases, g.id, g.moreParaphrases));
    return div;
  }

  /**
   * A group's paraphrases (reported speech of the same utterance in other articles), after its quotes: marked
   * "\u2248 reported speech" and dotted as the legend's swatch, so they never read as someone's words; no Compare.
   */
  function paraphraseList(/** @type {PassageView[]} */ passages, /** @type {string} */ groupId, /** @type {number | undefined} */ more) {
    const ul = el('ul', 'nl-passages nl-paraphrases');
    ul.setAttribute('aria-label', 'Reported speech (paraphrase, not their words)');
    ul.append(el('li', 'nl-paraphrase-head', '\u2248 reported speech'));
    passages.forEach((p, i) => {
      const row = passageRow(p, null, groupId + ':para:' + i, undefined);
      row.classList.add('nl-paraphrase');
      row.title = 'Reported speech: a paraphrase of the same words, not a quote';
      ul.append(row);
    });
    if (more) ul.append(moreLine(more));
    return ul;
  }

  function figureGroup(/** @type {FigureComparisonView} */ c) {
    const head = [el('span', 'nl-topic', c.topic + (c.unit ? ' (' + c.unit + ')' : ''))];
    if (c.disagree) head.unshift(el('span', 'nl-badge', 'Sources differ'));
    const div = groupBox('nl-group nl-figure-group' + (c.disagree ? ' nl-disagree' : ''), c.id, head);
    div.dataset.disagree = String(c.disagree);
    if (c.summary) div.append(el('p', 'nl-summary', c.summary));
    const ul = el('ul', 'nl-passages');
    c.entries.forEach((/** @type {FigureEntryView} */ e, /** @type {number} */ i) => ul.append(passageRow(e, null, c.id + ':' + i, e)));
    if (c.more) ul.append(moreLine(c.more));
    div.append(ul);
    return div;
  }

  /**
   * One section: the groups the host sent (already filtered and cut), its count, and a note when there are
   * more than it shows.
   * @template G
   * @param {'duplicates' | 'variants' | 'figures'} id
   * @param {G[]} groups
   * @param {(g: G) => HTMLElement} render
   */
  function fillSection(id, groups, render) {
    const section = $('nl-' + id);
    const list = /** @type {HTMLElement} */ (section.querySelector('.nl-list'));
    const empty = /** @type {HTMLElement} */ (section.querySelector('.nl-empty'));
    const count = /** @type {HTMLElement} */ (section.querySelector('.nl-count'));
    const more = /** @type {HTMLElement} */ (section.querySelector('.nl-more'));
    const c = state.model.counts[id] || none;
    list.replaceChildren(...groups.map(render));
    count.textContent = c.matching === c.all ? '(' + c.all + ')' : '(' + c.matching + ' of ' + c.all + ')';
    section.dataset.all = String(c.all);
    section.dataset.matching = String(c.matching);
    empty.hidden = state.status !== 'ready' || groups.length > 0;
    empty.textContent = state.thisFileOnly && c.all > 0 && c.matching === 0
      ? 'Nothing here touches the active file.'
      : /** @type {string} */ (empty.dataset.hint);
    more.hidden = groups.length >= c.matching;
    more.textContent = 'Showing the first ' + groups.length + ' of ' + c.matching + (state.thisFileOnly ? '.' : '; tick \u201cThis file only\u201d to narrow the list.');
  }

  function renderStatus() {
    const m = state.model;
    if (state.status === 'loading') {
      const p = state.progress;
      statusEl.textContent = p && p.total > 0
        ? 'Indexing the workspace\u2019s articles\u2026 ' + p.done + ' of ' + p.total + ' files'
        : 'Indexing the workspace\u2019s articles\u2026';
      progressEl.hidden = false;
      if (p && p.total > 0) { progressEl.max = p.total; progressEl.value = p.done; } else progressEl.removeAttribute('value');
    } else {
      progressEl.hidden = true;
      const c = m.counts;
      statusEl.textContent = c.duplicates.all + c.variants.all + c.figures.all === 0
        ? 'No article file of the workspace shares a passage, quote or figure with another.'
        : c.duplicates.all + ' duplicate groups, ' + c.variants.all + ' quote-variant groups, ' + c.figures.all + ' figures compared.';
    }
    document.body.dataset.status = state.status;
    activeNameEl.textContent = state.activeName || '';
    filterEl.disabled = !state.activeFile;
  }

  /** A select's options: the first ("All …") kept, then one per choice; the current value kept when still offered. */
  function fillSelect(/** @type {HTMLSelectElement} */ select, /** @type {{value: string, label: string, title?: string}[]} */ choices, /** @type {string | null} */ current) {
    const first = /** @type {HTMLOptionElement} */ (select.options[0]);
    const options = choices.map(c => {
      const o = /** @type {HTMLOptionElement} */ (el('option', undefined, c.label));
      o.value = c.value;
      if (c.title) o.title = c.title;
      return o;
    });
    select.replaceChildren(first, ...options);
    select.value = current && choices.some(c => c.value === current) ? current : '';
  }

  function renderFilters() {
    const m = state.model;
    fillSelect(speakerEl, (m.speakers || []).map(sp => ({ value: sp, label: sp })), state.search.speaker);
    fillSelect(fileEl, (m.files || []).map(f => ({ value: f.file, label: f.title ? f.name.replace(/_[0-9a-f]{8,}(?=\.)/, '') + ' \u2014 ' + f.title : f.name, title: f.name })), state.search.file);
    if (document.activeElement !== searchEl) searchEl.value = state.search.query;
  }

  function renderCollapsed() {
    for (const section of document.querySelectorAll('.nl-section')) {
      const id = /** @type {HTMLElement} */ (section).id;
      const collapsed = state.collapsed.has(id);
      /** @type {HTMLElement} */ (section).dataset.collapsed = String(collapsed);
      section.querySelector('.nl-section-title')?.setAttribute('aria-expanded', String(!collapsed));
    }
  }

  function render() {
    const focused = /** @type {HTMLElement | null} */ (document.activeElement);
    const focusKey = focused && focused.dataset ? focused.dataset.key : undefined;
    renderStatus();
    const m = state.model;
    filterEl.checked = state.thisFileOnly;
    renderFilters();
    renderCollapsed();
    fillSection('duplicates', m.duplicates, duplicateGroup);
    fillSection('variants', m.variants, variantGroup);
    fillSection('figures', m.figures, figureGroup);
    if (focusKey) {
      const again = Array.from(document.querySelectorAll('button[data-key]')).find(b => /** @type {HTMLElement} */ (b).dataset.key === focusKey);
      if (again) /** @type {HTMLElement} */ (again).focus();
    }
  }

  function reveal(/** @type {string} */ section) {
    const title = document.getElementById('nl-' + section + '-title');
    if (!title) return;
    state.collapsed.delete('nl-' + section);
    save();
    renderCollapsed();
    title.scrollIntoView({ block: 'start' });
    title.focus({ preventScroll: true });
  }

  let noticeTimer = 0;
  function notice(/** @type {string} */ level, /** @type {string} */ text) {
    noticeEl.textContent = text;
    noticeEl.dataset.level = level;
    noticeEl.hidden = false;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => { noticeEl.hidden = true; }, 8000);
  }

  document.querySelectorAll('.nl-empty').forEach(e => { /** @type {HTMLElement} */ (e).dataset.hint = e.textContent || ''; });

  // The host filters (it holds every group; the page only the ones shown) and answers with a new state.
  filterEl.addEventListener('change', () => {
    state.thisFileOnly = filterEl.checked;
    save();
    post({ type: 'filter', thisFileOnly: state.thisFileOnly });
  });

  // The search box and the speaker / file filters: the host filters every group it holds (debounced typing).
  let searchTimer = 0;
  function sendSearch() {
    state.search = { query: searchEl.value.trim(), speaker: speakerEl.value || null, file: fileEl.value || null };
    save();
    post({ type: 'search', ...state.search });
  }
  searchEl.addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(sendSearch, 200); });
  speakerEl.addEventListener('change', sendSearch);
  fileEl.addEventListener('change', sendSearch);

  // Sections fold on a click of their title; the fold is remembered with the page's state.
  for (const title of document.querySelectorAll('.nl-section-title')) {
    title.addEventListener('click', () => {
      const id = /** @type {HTMLElement} */ (title.closest('.nl-section')).id;
      if (state.collapsed.has(id)) state.collapsed.delete(id); else state.collapsed.add(id);
      save();
      renderCollapsed();
    });
  }

  window.addEventListener('message', event => {
    const msg = /** @type {HostMessage} */ (event.data);
    if (!msg || typeof msg !== 'object') return;
    switch (msg.type) {
      case 'state':
        state.status = msg.status;
        state.progress = msg.progress;
        state.model = msg.model;
        state.activeFile = msg.activeFile;
        state.activeName = msg.activeName;
        state.thisFileOnly = msg.thisFileOnly;
        if (msg.search) state.search = msg.search;
        render();
        break;
      case 'collapseAll':
        document.querySelectorAll('.nl-section').forEach(sec => state.collapsed.add(sec.id));
        save();
        renderCollapsed();
        break;
      case 'reveal':
        reveal(msg.section);
        break;
      case 'notice':
        notice(msg.level, msg.text);
        break;
    }
  });

  render();
  post({ type: 'ready', thisFileOnly: state.thisFileOnly });
  if (state.search.query || state.search.speaker || state.search.file) post({ type: 'search', ...state.search });
})();
