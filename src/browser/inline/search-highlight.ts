/**
 * On an article reached from a search result (?sorot=…): load Pagefind's highlighter, mark the searched
 * words and bring the first into view (the first of the live update the URL's fragment names, if any).
 * Nothing is loaded otherwise. The script's data-src says where the highlighter is,
 * data-param which query parameter holds the words.
 */
(function () {
  var script = document.currentScript;
  var param = script && script.dataset.param;
  var src = script && script.dataset.src;
  if (!param || !src || !new URLSearchParams(location.search).has(param)) return;
  var highlightParam = param;
  import(src).then(function (module: {
    default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
  }) {
    new module.default({ highlightParam: highlightParam, addStyles: false });
    // A result that leads to a live update (…/?sorot=…#pembaruan-…): the browser has put the update at the
    // top; its first marked word is brought into view only if it is not, and marks elsewhere stay put.
    var target = location.hash && document.getElementById(location.hash.slice(1));
    var scope = target ? target.closest('[data-update]') || target : document;
    var first = scope.querySelector('mark.pagefind-highlight');
    if (first) first.scrollIntoView({ block: target ? 'nearest' : 'center' });
  });
})();
