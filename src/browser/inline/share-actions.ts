/**
 * Article sharing ("Salin tautan" and the system share sheet are shown by page-init's classes): copies
 * the canonical URL, shares a live update as canonical#anchor, and a quote as canonical#anchor plus a
 * text fragment. Browsers without text
 * fragments get the anchor scrolled into view instead.
 */
(function () {
  var canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]');
  if (!canonical) return;
  var url = canonical.href;

  /** Says what happened in the share bar's live region (emptied first, so a repeat is announced). */
  function status(el: Element, message: string): void {
    var bar = el.closest('.share-bar');
    var region = (bar || document).querySelector('[data-share-status]');
    if (!region) return;
    var live = region;
    live.textContent = '';
    setTimeout(function () {
      live.textContent = message;
    }, 60);
  }

  /** Says it on the link itself for a moment too, where the link has a visible word (a live update's). */
  function flash(el: Element, message: string): void {
    var label = el.querySelector('[data-share-label]');
    if (!label) return;
    var word = label;
    var before = word.textContent;
    word.textContent = message;
    setTimeout(function () {
      word.textContent = before;
    }, 2000);
  }

  function copy(el: Element, text: string, message: string): void {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(
        function () {
          status(el, message);
          flash(el, message);
        },
        function () {
          window.prompt(message, text);
        },
      );
    } else {
      window.prompt(message, text);
    }
  }

  /** Text fragments end a term at `-` and `,`: those are escaped too. */
  function encode(text: string): string {
    return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
  }

  /** A text fragment for a quote: its first five words, and its last four when it is long. */
  function fragment(text: string): string {
    var words = text
      .replace(/[\u201c\u201d"]/g, '')
      .split(/\s+/)
      .filter(Boolean);
    if (!words.length) return '';
    var start = words.slice(0, Math.min(5, words.length)).join(' ');
    return ':~:text=' + encode(start) + (words.length > 9 ? ',' + encode(words.slice(-4).join(' ')) : '');
  }

  document.addEventListener('click', function (event) {
    var target = event.target as Element | null;
    var el = target && target.closest ? target.closest('[data-share]') : null;
    if (!el) return;
    var kind = el.getAttribute('data-share');
    if (kind === 'copy') {
      event.preventDefault();
      copy(el, url, el.getAttribute('data-done') || '');
    } else if (kind === 'native') {
      event.preventDefault();
      var title = document.querySelector<HTMLMetaElement>('meta[property="og:title"]');
      navigator.share({ title: title ? title.content : document.title, url: url }).catch(function () {});
    } else if (kind === 'update') {
      // One update of a live page: the page's URL with the update's anchor, titled by the headline.
      event.preventDefault();
      var headline = document.querySelector<HTMLMetaElement>('meta[property="og:title"]');
      var updateUrl = url + el.getAttribute('href');
      if (typeof navigator.share === 'function') {
        navigator.share({ title: headline ? headline.content : document.title, url: updateUrl }).catch(function () {});
      } else {
        var copied = document.querySelector('[data-share-update-done]');
        copy(el, updateUrl, copied ? copied.getAttribute('data-share-update-done') || '' : '');
      }
    } else if (kind === 'quote') {
      event.preventDefault();
      var text = el.getAttribute('data-share-text') || '';
      var link = url + el.getAttribute('href') + fragment(text);
      if (typeof navigator.share === 'function') {
        navigator.share({ text: '\u201c' + text + '\u201d', url: link }).catch(function () {});
      } else {
        var done = document.querySelector('[data-share-quote-done]');
        copy(el, link, done ? done.getAttribute('data-share-quote-done') || '' : '');
      }
    }
  });

  var hash = location.hash;
  // Browsers that know text fragments have document.fragmentDirective and scroll to the text themselves.
  if (hash.indexOf(':~:') > 0 && !(document as Document & { fragmentDirective?: unknown }).fragmentDirective) {
    var anchor = document.getElementById(decodeURIComponent(hash.slice(1).split(':~:')[0] || ''));
    if (anchor) anchor.scrollIntoView();
  }
})();
