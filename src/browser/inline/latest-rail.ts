/**
 * "Berita Terkini" beside an article (LatestRail.astro): fills the reserved slot from the JSON at
 * data-src with up to data-size stories, leaving out the article being read (data-current), as clones
 * of the card template filled with textContent. When it cannot (no fetch, a failed request, an empty
 * list) the slot is removed; the link to /terkini/ beside the heading is always there.
 */
(function () {
  var script = document.currentScript;
  var box = document.getElementById('terkini-isi');
  var template = document.getElementById('terkini-kartu') as HTMLTemplateElement | null;
  if (!script || !box || !template) return;
  var slot = box;
  var cards = template;
  var data = script.dataset;

  function fail(): void {
    slot.hidden = true;
  }

  if (!window.fetch || !cards.content) return fail();

  interface LatestStory {
    url: string;
    title: string;
    section: string;
    date: string;
    iso: string;
  }

  fetch(data.src || '')
    .then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<{ stories?: LatestStory[] } | null>;
    })
    .then(function (json) {
      var list = cards.content.firstElementChild!.cloneNode(true) as HTMLElement;
      var card = list.firstElementChild as HTMLElement;
      var max = Number(data.size);
      var n = 0;
      list.removeChild(card);
      ((json && json.stories) || []).forEach(function (story) {
        // Only links within the site, and not to the article being read.
        if (n >= max || story.url === data.current || !/^[/][^/]/.test(story.url)) return;
        var item = card.cloneNode(true) as HTMLElement;
        var link = item.querySelector('a')!;
        var texts = item.querySelectorAll('p');
        // The <time> is made here: an empty one in the template would be invalid HTML.
        var time = document.createElement('time');
        texts[0]!.textContent = story.section;
        link.textContent = story.title;
        link.setAttribute('href', story.url);
        time.textContent = story.date;
        time.setAttribute('datetime', story.iso);
        texts[1]!.appendChild(time);
        list.appendChild(item);
        n++;
      });
      if (n) slot.appendChild(list);
      else fail();
    })
    .catch(fail);
})();
