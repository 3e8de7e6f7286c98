/**
 * Reading offline (docs/offline.md), on every page: registers the service worker once the page has loaded
 * (nothing of it competes with the page), tells it what this page showed (its headline, stylesheet and the
 * images at the size shown), again when the reader leaves (images scrolled to since), and runs "Simpan".
 * The worker decides what it keeps; the page only says what it is.
 */
(function () {
  var sw = navigator.serviceWorker;
  var manifest = document.querySelector<HTMLLinkElement>('link[rel=manifest]');
  if (!sw || !manifest || !window.caches) return;
  var workerUrl = new URL('sw.js', manifest.href).href;
  var buttons = document.querySelectorAll('[data-save]');

  function shown(): string[] {
    var urls: string[] = [];
    var links = document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]');
    for (var i = 0; i < links.length; i++) urls.push(links[i]!.href);
    for (var j = 0; j < document.images.length; j++) {
      var src = document.images[j]!.currentSrc;
      if (src) urls.push(src);
    }
    return urls;
  }

  function title(): string {
    var og = document.querySelector<HTMLMetaElement>('meta[property="og:title"]');
    return og ? og.content : document.title;
  }

  function send(message: Record<string, unknown>, reply?: (data: { saved: boolean; full?: boolean }) => void) {
    sw.ready.then(function (registration) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function (event) {
        if (reply && event.data) reply(event.data);
      };
      if (registration.active) registration.active.postMessage(message, [channel.port2]);
    });
  }

  function show(saved: boolean) {
    for (var i = 0; i < buttons.length; i++) buttons[i]!.setAttribute('aria-pressed', String(saved));
  }

  function keep() {
    send({ type: 'keep', title: title(), assets: shown() }, function (data) {
      show(data.saved);
    });
  }

  window.addEventListener('load', function () {
    sw.register(workerUrl).then(keep, function () {});
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && sw.controller) keep();
  });

  document.addEventListener('click', function (event) {
    var target = event.target as Element | null;
    var button = target && target.closest ? target.closest('[data-save]') : null;
    if (!button) return;
    var on = button.getAttribute('aria-pressed') !== 'true';
    var bar = button.closest('.share-bar');
    var region = bar && bar.querySelector('[data-share-status]');
    send({ type: 'save', on: on, title: title(), assets: shown() }, function (data) {
      show(data.saved);
      if (!region) return;
      var live = region;
      var said = button!.getAttribute(data.full ? 'data-full' : data.saved ? 'data-done' : 'data-undone') || '';
      live.textContent = '';
      setTimeout(function () {
        live.textContent = said;
      }, 60);
    });
  });
})();
