/**
 * On an article reached from a search result (?sorot=…): load Pagefind's highlighter and mark the
 * searched words. Nothing is loaded otherwise. The script's data-src says where the highlighter is,
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
    var first = document.querySelector('mark.pagefind-highlight');
    if (first) first.scrollIntoView({ block: 'center' });
  });
})();
