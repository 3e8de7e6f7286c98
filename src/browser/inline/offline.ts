/**
 * Reading offline (docs/offline.md), on every page. Once the page has loaded (and its search, if it runs
 * one, has shown its results), it links the web app manifest (Chrome fetches a linked manifest and an icon at once, beside the page's own files: measured,
 * that cost the search page's LCP 0.3 s under Lighthouse) and registers the service worker, so neither
 * competes with the page. It tells the worker which images this page showed, at the size shown (the
 * worker reads the rest from the page it kept), again when the reader leaves (images scrolled to since),
 * and runs "Simpan". The worker decides what it keeps. Small on purpose: every page carries it.
 */
(function () {
  var script = document.currentScript;
  var sw = navigator.serviceWorker;
  if (!script || !sw) return;
  // The site's base path ("/", "/warta/"): the manifest and the worker are there.
  var base = script.getAttribute('data-base');
  var buttons = document.querySelectorAll('[data-save]');

  /** Sends a message with the images shown; the answer says whether the page is saved. */
  function send(
    message: { type: string; on?: boolean; images?: string[] },
    then?: (data: { saved: boolean; full?: boolean }) => void,
  ) {
    message.images = [].map.call(document.images, function (image: HTMLImageElement) {
      return image.currentSrc;
    }) as string[];
    sw.ready.then(function (registration) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function (event) {
        for (var i = 0; i < buttons.length; i++) buttons[i]!.setAttribute('aria-pressed', '' + !!event.data.saved);
        if (then) then(event.data);
      };
      registration.active!.postMessage(message, [channel.port2]);
    });
  }

  function start() {
    var link = document.createElement('link');
    link.rel = 'manifest';
    link.href = base + 'manifest.webmanifest';
    document.head.appendChild(link);
    sw.register(base + 'sw.js').then(
      function () {
        send({ type: 'keep' });
      },
      function () {},
    );
  }

  // After the page's own loading: its load event, and the search it runs (whose results come after load).
  addEventListener('load', function () {
    var root = document.documentElement;
    if (root.getAttribute('data-search-ready') !== 'loading') return start();
    new MutationObserver(function (_, observer) {
      if (root.getAttribute('data-search-ready') === 'loading') return;
      observer.disconnect();
      start();
    }).observe(root, { attributes: true });
  });
  document.addEventListener('visibilitychange', function () {
    if (document.hidden && sw.controller) send({ type: 'keep' });
  });

  document.addEventListener('click', function (event) {
    var target = event.target as Element;
    var button = target.closest && target.closest('[data-save]');
    if (!button) return;
    var pressed = button;
    send({ type: 'save', on: pressed.getAttribute('aria-pressed') !== 'true' }, function (data) {
      // Said by the share bar's live region: each answer differs from the one before, so each is heard.
      var region = pressed.closest('.share-bar')!.querySelector('[data-share-status]');
      if (region)
        region.textContent = pressed.getAttribute(data.full ? 'data-full' : data.saved ? 'data-done' : 'data-undone');
    });
  });
})();
