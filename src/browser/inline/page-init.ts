/**
 * In <head>, before the first paint: the reader's stored theme, so a dark page never flashes; and the
 * classes `js`, `can-share` and `can-save` (a service worker can keep pages) that let CSS show
 * script-only controls from the first paint, so revealing them later never shifts the layout.
 */
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  if (typeof navigator.share === 'function') root.classList.add('can-share');
  if ('serviceWorker' in navigator) root.classList.add('can-save');
  try {
    var theme = localStorage.getItem('warta-theme');
    if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;
  } catch {
    // Storage blocked (private mode, a strict setting): the theme follows the system.
  }
})();
