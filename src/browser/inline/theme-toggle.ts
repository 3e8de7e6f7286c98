/** The theme button (shown by page-init): switches, stores, and follows the system otherwise. */
(function () {
  var button = document.getElementById('theme-toggle');
  if (!button) return;
  var toggle = button;
  var root = document.documentElement;
  var system = window.matchMedia('(prefers-color-scheme: dark)');

  function current(): 'dark' | 'light' {
    return root.dataset.theme === 'dark' || root.dataset.theme === 'light'
      ? root.dataset.theme
      : system.matches
        ? 'dark'
        : 'light';
  }

  /** The button offers the other theme: its label, text and icon say which. */
  function render(): void {
    var next = current() === 'dark' ? 'light' : 'dark';
    var key = next === 'dark' ? 'Dark' : 'Light';
    toggle.setAttribute('aria-label', toggle.dataset['label' + key] || '');
    var text = toggle.querySelector('[data-theme-text]');
    if (text) text.textContent = toggle.dataset['text' + key] || '';
    var dark = toggle.querySelector('[data-icon="dark"]');
    var light = toggle.querySelector('[data-icon="light"]');
    if (dark) dark.toggleAttribute('hidden', next !== 'dark');
    if (light) light.toggleAttribute('hidden', next !== 'light');
  }

  toggle.addEventListener('click', function () {
    var next = current() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('warta-theme', next);
    } catch {
      // Not stored: the choice lasts for this page.
    }
    render();
  });
  system.addEventListener('change', render);
  render();
})();
