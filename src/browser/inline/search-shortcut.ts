/** "/" focuses the header search box, unless the reader is typing somewhere. */
document.addEventListener('keydown', function (event) {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  var target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  var input = document.getElementById('cari-header') as HTMLInputElement | null;
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
