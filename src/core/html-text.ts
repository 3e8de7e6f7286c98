/** Text made safe for HTML text and double-quoted attribute values: `&`, `<`, `>` and `"` as entities. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}
