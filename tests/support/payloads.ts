/**
 * Strings that run code or break markup when a page, feed or script puts them somewhere without escaping.
 * The hostile fixture (hostile-content.ts) writes each into every text field of an article, an expert and
 * a section; the search tests type them into every search input. Each targets one context.
 */
export const XSS_PAYLOADS: readonly string[] = [
  // HTML text and the end of a <script> (JSON-LD)
  '</script><script>alert(1)</script>',
  // attribute values (meta content, alt, data-*)
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '"onmouseover="alert(1)',
  // a URL context: must stay text, never an href
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">klik</a>',
  // JavaScript string and template contexts (inline scripts, data handed to scripts)
  "'-alert(1)-'",
  '\\"; alert(1); //',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, literally
  '${alert(1)}',
  // client-side template engines
  "{{constructor.constructor('alert(1)')()}}",
  // XML: feeds and sitemaps (CDATA and element ends)
  ']]></title><script>alert(1)</script>',
  // double escaping: must be shown as typed, with the entities visible
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  // comments, styles and embedded documents
  '<!--<script>alert(1)//-->',
  '<style>body{display:none}</style>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  // JSON-LD line separators (a JavaScript parser of old treats them as line ends) and escapes as text
  'a\u2028b\u2029c alert(1)',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  // URL-encoded markup (tag slugs, search URLs)
  '%3Cscript%3Ealert(1)%3C/script%3E',
];
