// Search of the portal's static index (recherche/index.json) as the user types, without any
// library or remote resource. The page works without this script (the directory is always
// there); the script only reveals the form, and every text it shows comes from the page.
(function () {
  'use strict';

  var MAX_RESULTS = 50;
  var MIN_LENGTH = 2;
  var STATUS_DELAY_MS = 500; // screen readers hear the count once typing pauses

  var root = document.querySelector('[data-search]');
  var configElement = document.getElementById('recherche-config');
  if (!root || !configElement || !window.fetch || !String.prototype.normalize) return;

  var config;
  try {
    config = JSON.parse(configElement.textContent);
  } catch (e) {
    return;
  }
  var texts = config.texts || {};
  var kinds = config.kinds || {};
  var form = root.querySelector('form');
  var input = root.querySelector('input[type="search"]');
  var status = root.querySelector('[role="status"]');
  var list = root.querySelector('.search-results');

  var entries = null; // the index, once loaded
  var failed = false;
  var statusTimer = 0;

  // Lowercase, accents removed: «Bécancour» and «becancour» match alike. Mirrors the index's
  // own folding (model/text FoldAccents), ligatures included.
  function fold(text) {
    return String(text || '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\u0153/g, 'oe')
      .replace(/\u00e6/g, 'ae')
      .replace(/[\u2019\u02bc]/g, "'");
  }

  function asText(value) {
    if (Array.isArray(value)) return value.filter(Boolean).join(', ');
    return value ? String(value) : '';
  }

  // A link from this page to a site path of the index; anything but a site path or a web
  // address is refused, so that the index cannot smuggle a "javascript:" link.
  function hrefFor(url) {
    url = String(url || '');
    if (/^https?:\/\//i.test(url)) return url;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.indexOf('//') === 0) return '';
    return config.root + url.replace(/^\/+/, '');
  }

  function prepare(raw) {
    return raw
      .filter(function (e) { return e && e.title && e.url; })
      .map(function (e) {
        var title = fold(e.title);
        // The words of the address too: "cab-mrc-becancour" is how many know an organisation.
        var slugs = String(e.url).replace(/[-\/]+/g, ' ');
        return {
          entry: e,
          title: title,
          haystack: [title, fold(e.text), fold(e.summary), fold(asText(e.municipality)),
            fold(asText(e.categories)), fold(slugs)].join(' ')
        };
      });
  }

  // Entries holding every word of the query, those with the words in their title first.
  function search(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    var found = [];
    entries.forEach(function (item, position) {
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        if (item.haystack.indexOf(terms[i]) < 0) return;
        var at = item.title.indexOf(terms[i]);
        if (at === 0) score += 3;
        else if (at > 0) score += 2;
      }
      found.push({ item: item, score: score, position: position });
    });
    found.sort(function (a, b) { return b.score - a.score || a.position - b.position; });
    return found.map(function (f) { return f.item.entry; });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function resultItem(entry) {
    var li = element('li', 'search-result');
    var link = element('a', 'result-title', entry.title);
    var href = hrefFor(entry.url);
    if (href) link.href = href;
    li.appendChild(link);
    var meta = [kinds[entry.kind] || entry.kind, asText(entry.municipality)].filter(Boolean);
    if (meta.length) li.appendChild(element('p', 'result-meta', meta.join(' · ')));
    if (entry.summary) li.appendChild(element('p', 'result-summary', entry.summary));
    return li;
  }

  function countText(n) {
    if (n === 0) return texts.none || '';
    if (n === 1) return texts.one || '1';
    var text = (texts.many || '{n}').replace('{n}', String(n));
    if (n > MAX_RESULTS) text += ' ' + (texts.more || '').replace('{n}', String(MAX_RESULTS));
    return text;
  }

  function announce(text, now) {
    clearTimeout(statusTimer);
    if (now) {
      status.textContent = text;
    } else {
      statusTimer = setTimeout(function () { status.textContent = text; }, STATUS_DELAY_MS);
    }
  }

  function rememberQuery(query) {
    if (!window.history || !history.replaceState) return;
    var url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url.toString());
  }

  function update(now) {
    var query = input.value.trim();
    rememberQuery(query);
    list.textContent = '';
    if (fold(query).replace(/\s+/g, '').length < MIN_LENGTH) {
      list.hidden = true;
      announce('', true);
      return;
    }
    if (failed) return announce(texts.error || '', true);
    if (!entries) return announce(texts.loading || '', true);
    var results = search(query);
    results.slice(0, MAX_RESULTS).forEach(function (entry) {
      list.appendChild(resultItem(entry));
    });
    list.hidden = results.length === 0;
    announce(countText(results.length), now);
  }

  input.addEventListener('input', function () { update(false); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    update(true);
  });

  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) input.value = initial;
  form.hidden = false;

  fetch(config.index, { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    })
    .then(function (raw) {
      entries = prepare(Array.isArray(raw) ? raw : []);
    })
    .catch(function () {
      failed = true;
    })
    .then(function () {
      if (input.value.trim()) update(true);
    });
})();
