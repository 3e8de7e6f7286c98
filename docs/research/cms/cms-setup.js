// Shared by both CMSes: the same Decap-compatible API (window.CMS, h, createClass).
(() => {
  const CMS = window.CMS;
  if (!CMS) { console.error('[setup] window.CMS missing'); return; }
  // Pattern flags differ: Decap matches a pattern against one block and rejects the `m` flag
  // ("must not use the multiline flag"); Sveltia runs matchAll() over the whole Markdown string,
  // so `^`/`$` need the `m` flag there. Sveltia's CMS object has registerFieldType, Decap's doesn't.
  const isSveltia = typeof CMS.registerFieldType === 'function';
  const re = (source) => new RegExp(source, isSveltia ? 'm' : '');
  // Site stylesheet inside the preview pane.
  CMS.registerPreviewStyle('/styles/site.css');
  const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  // Warta container directives.
  CMS.registerEditorComponent({
    id: 'pullquote',
    label: 'Pullquote',
    fields: [{ name: 'text', label: 'Kutipan', widget: 'text' }],
    pattern: re(String.raw`^:::pullquote\n([\s\S]*?)\n:::$`),
    fromBlock: (m) => ({ text: m[1] }),
    toBlock: (d) => `:::pullquote\n${d.text ?? ''}\n:::`,
    toPreview: (d) => `<blockquote class="pullquote">${esc(d.text)}</blockquote>`,
  });
  CMS.registerEditorComponent({
    id: 'update',
    label: 'Pembaruan',
    fields: [
      { name: 'time', label: 'Jam (HH:MM)', widget: 'string' },
      { name: 'text', label: 'Isi', widget: 'text' },
    ],
    pattern: re(String.raw`^:::update\{time="([^"]*)"\}\n([\s\S]*?)\n:::$`),
    fromBlock: (m) => ({ time: m[1], text: m[2] }),
    toBlock: (d) => `:::update{time="${d.time ?? ''}"}\n${d.text ?? ''}\n:::`,
    toPreview: (d) => `<aside class="update"><time>${esc(d.time)}</time> ${esc(d.text)}</aside>`,
  });
  // Custom preview template with the site's markup.
  const h = window.h;
  const ArticlePreview = window.createClass({
    render() {
      const entry = this.props.entry;
      return h('article', { className: 'warta-article', 'data-testid': 'warta-preview' },
        h('p', { className: 'kicker' }, entry.getIn(['data', 'section'])),
        h('h1', {}, entry.getIn(['data', 'title'])),
        h('p', { className: 'lede' }, entry.getIn(['data', 'description'])),
        h('div', { className: 'body' }, this.props.widgetFor('body')));
    },
  });
  CMS.registerPreviewTemplate('articles', ArticlePreview);
  window.__wartaSetupDone = true;
})();
