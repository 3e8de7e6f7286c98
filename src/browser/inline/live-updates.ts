/**
 * A live page kept open gets new updates without a reload (content-format "Live coverage"), the way the
 * Guardian's live blogs do (dotcom-rendering's Liveness): while the page is visible and the coverage has
 * not ended, it asks for `pembaruan.json` every data-interval ms, conditionally (If-None-Match /
 * If-Modified-Since, so an unchanged feed is a 304 of no body). Updates it has not seen are held, not
 * inserted: a button says how many ("3 pembaruan baru") and the tab's title counts them; the reader's
 * place never moves. Pressing the button puts them above the stream and takes the reader to the newest.
 * Hidden, the page does not poll; shown again, it asks at once. At data-end, or when the feed says the
 * coverage ended, or when the feed is gone (404), it stops for good.
 */
(function () {
  var script = document.currentScript;
  var list = document.querySelector('[data-live-updates]');
  var toast = document.querySelector<HTMLElement>('[data-live-toast]');
  if (!script || !list || !toast || !window.fetch || !window.JSON) return;
  var stream = list;
  var box = toast;
  var button = box.querySelector('button')!;
  var count = box.querySelector('[data-live-count]')!;
  var status = document.querySelector('[data-live-status]');
  var data = script.dataset;
  var feed = data.feed || '';
  var interval = Number(data.interval) || 30000;
  var end = data.end ? Date.parse(data.end) : NaN;
  var title = document.title;

  interface FeedUpdate {
    id: string;
    html: string;
    keyEvent?: string;
  }
  interface Feed {
    live: boolean;
    updated: string | null;
    updatedText: string | null;
    updates: FeedUpdate[];
  }

  var known: Record<string, boolean> = {};
  var held: FeedUpdate[] = [];
  /** the feed's last change, shown in the dateline once its updates are */
  var latest: Feed | null = null;
  var etag = '';
  var modified = '';
  var timer: ReturnType<typeof setTimeout> | undefined;
  var stopped = false;
  var asking = false;

  function updates(): HTMLElement[] {
    var found: HTMLElement[] = [];
    for (var i = 0; i < stream.children.length; i++) {
      var child = stream.children[i] as HTMLElement;
      if (child.hasAttribute('data-update')) found.push(child);
    }
    return found;
  }
  updates().forEach(function (el) {
    known[el.getAttribute('data-update') || ''] = true;
  });
  // Just above the stream: the box is zero-height and sticky, so it rides along while the reader scrolls.
  stream.parentNode!.insertBefore(box, stream);

  function words(template: string | null, n: number): string {
    return (template || '').replace('{n}', String(n)).replace('{title}', title);
  }

  function show(): void {
    var n = held.length;
    if (n === 0) {
      box.hidden = true;
      document.title = title;
      return;
    }
    count.textContent = n === 1 ? button.getAttribute('data-one') || '' : words(button.getAttribute('data-many'), n);
    document.title = words(button.getAttribute('data-title'), n);
    box.hidden = false;
  }

  function ended(): boolean {
    return end > 0 && Date.now() >= end;
  }

  function stop(): void {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function endedNow(): void {
    stop();
    var mark = document.querySelector<HTMLElement>('[data-live-mark]');
    var note = document.querySelector<HTMLElement>('[data-live-ended]');
    if (mark) mark.hidden = true;
    if (note) note.hidden = false;
  }

  function schedule(delay: number): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (stopped || document.visibilityState === 'hidden') return;
    timer = setTimeout(ask, delay);
  }

  function take(json: Feed): void {
    if (!json || !json.updates) return;
    // The feed lists newest first; what is new keeps that order above what was held before.
    var fresh = json.updates.filter(function (u) {
      var isNew = u && typeof u.id === 'string' && typeof u.html === 'string' && !known[u.id];
      if (isNew) known[u.id] = true;
      return isNew;
    });
    held = fresh.concat(held);
    if (fresh.length) latest = json;
    show();
    if (json.live === false) endedNow();
  }

  function ask(): void {
    timer = undefined;
    if (stopped || asking || document.visibilityState === 'hidden') return;
    if (ended()) {
      endedNow();
      return;
    }
    asking = true;
    var headers: Record<string, string> = {};
    if (etag) headers['If-None-Match'] = etag;
    if (modified) headers['If-Modified-Since'] = modified;
    // no-store: the conditional headers are ours, and a 304 comes back to us rather than to the cache.
    fetch(feed, { cache: 'no-store', headers: headers })
      .then(function (response) {
        // Gone: the page is no longer live coverage (or no longer published). Nothing more will come.
        if (response.status === 404 || response.status === 410) stop();
        if (response.status === 304 || !response.ok) return null;
        etag = response.headers.get('ETag') || '';
        modified = response.headers.get('Last-Modified') || '';
        return response.json() as Promise<Feed>;
      })
      .then(
        function (json) {
          if (json) take(json);
        },
        function () {},
      )
      .then(function () {
        asking = false;
        schedule(interval);
      });
  }

  /** Parses the build's own HTML (sanitised when the page was built) into a detached, inert fragment. */
  function fragment(html: string): DocumentFragment {
    var template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  }

  function say(text: string): void {
    if (!status) return;
    var region = status;
    // Emptied first, so the same words a second time are announced again.
    region.textContent = '';
    setTimeout(function () {
      region.textContent = text;
    }, 60);
  }

  button.addEventListener('click', function () {
    var n = held.length;
    if (n === 0) return;
    var all = updates();
    var first: HTMLElement | null = null;
    for (var i = 0; i < all.length; i++) {
      if (!all[i]!.classList.contains('live-update-pinned')) {
        first = all[i]!;
        break;
      }
    }
    var shown = fragment(
      held
        .map(function (u) {
          return u.html;
        })
        .join(''),
    );
    var newest = shown.firstElementChild as HTMLElement | null;
    stream.insertBefore(shown, first);
    // The rest of the page catches up: the key events and the dateline's update.
    var keys = document.querySelector('nav.live-key-events ul');
    var events = held
      .map(function (u) {
        return u.keyEvent || '';
      })
      .join('');
    if (keys && events) keys.insertBefore(fragment(events), keys.firstChild);
    var dateline = document.querySelector('time[data-updated]');
    if (dateline && latest && latest.updated && latest.updatedText) {
      dateline.setAttribute('datetime', latest.updated);
      dateline.textContent = latest.updatedText;
    }
    held = [];
    // Focus first, then hide the button: focus never falls back to the page in between.
    var heading = newest && newest.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      newest!.scrollIntoView({ block: 'start' });
    }
    show();
    say(words(status && status.getAttribute(n === 1 ? 'data-shown-one' : 'data-shown-many'), n));
  });

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    } else schedule(0);
  });

  schedule(interval);
})();
