/**
 * The offline page (src/pages/luring.astro): lists the articles the service worker keeps, saved ones
 * first, and says so when the page asked for was a search. Its texts come from the page's own markup.
 */
(function () {
  var script = document.currentScript;
  var list = document.querySelector('[data-offline-list]');
  var template = document.querySelector<HTMLTemplateElement>('template[data-offline-item]');
  var empty = document.querySelector('[data-offline-empty]');
  if (!script || !list || !template || !empty) return;
  var search = script.getAttribute('data-search');
  if (search && location.pathname.indexOf(search) === 0) {
    var note = document.querySelector('[data-offline-search]');
    if (note) note.removeAttribute('hidden');
  }
  var keptOn = script.getAttribute('data-kept-on') || '{when}';
  var items = list;
  var item = template;
  var none = empty;
  var worker = navigator.serviceWorker && navigator.serviceWorker.controller;
  if (!worker) return;
  var channel = new MessageChannel();
  channel.port1.onmessage = function (event) {
    var pages = event.data as Array<{ path: string; title: string; saved: boolean; when: string }>;
    if (!pages || !pages.length) return;
    none.setAttribute('hidden', '');
    for (var i = 0; i < pages.length; i++) {
      var page = pages[i]!;
      var li = item.content.cloneNode(true) as DocumentFragment;
      var link = li.querySelector('[data-title]')!;
      link.setAttribute('href', page.path);
      link.textContent = page.title;
      if (page.saved) li.querySelector('[data-saved]')!.removeAttribute('hidden');
      li.querySelector('[data-when]')!.textContent = keptOn.replace('{when}', page.when);
      items.appendChild(li);
    }
  };
  worker.postMessage({ type: 'list' }, [channel.port2]);
})();
