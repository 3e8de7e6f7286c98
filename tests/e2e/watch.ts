import type { Page } from '@playwright/test';

/**
 * Everything a page should never do, collected while a test runs: console errors and warnings, uncaught
 * exceptions, Content Security Policy violations (the browser's event, which a console listener may miss),
 * and dialogs or calls of alert/confirm/prompt (what injected script does first). Tests end with
 * `expect(problems).toEqual([])`.
 */
export async function watch(page: Page, options: { warnings?: boolean } = {}): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || (options.warnings !== false && m.type() === 'warning'))
      problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  // Awaited: both must be in place before the test navigates, and an unawaited registration can outlive
  // a page that closes first (Playwright then fails the test with "Cannot find parent object page@…").
  await page.exposeFunction('__wartaProblem', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    const report = (text: string) =>
      (window as unknown as { __wartaProblem: (t: string) => void }).__wartaProblem(text);
    document.addEventListener('securitypolicyviolation', (e) =>
      report(`CSP: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`),
    );
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      window[name] = ((message?: unknown) => report(`${name}(${String(message)})`)) as never;
    }
  });
  return problems;
}

/** What injected markup would leave in the live page; empty when every payload stayed text. */
export async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}>`);
        if (
          /^(href|src|action|formaction|srcdoc|xlink:href)$/i.test(attr.name) &&
          /^\s*(javascript|data:text|vbscript)/i.test(attr.value)
        ) {
          found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
        }
      }
    }
    for (const script of document.querySelectorAll('script')) {
      if (script.type === 'application/ld+json') {
        if (/<\/script/i.test(script.textContent ?? '')) found.push('JSON-LD contains </script');
        continue;
      }
      if (/alert\(/.test(`${script.src} ${script.textContent}`)) found.push(`script: ${script.outerHTML.slice(0, 80)}`);
    }
    for (const el of document.querySelectorAll('iframe, object, embed, frame')) found.push(`<${el.localName}>`);
    for (const style of document.querySelectorAll('style'))
      if (/display:\s*none/.test(style.textContent ?? '')) found.push('injected <style>');
    return found;
  });
}
