import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import { type MarkdownMessage, messagesOf } from './messages.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

function location(fileURL: URL | undefined): string {
  return fileURL ? path.relative(process.cwd(), fileURLToPath(fileURL)) : '(markdown)';
}

/** Formats a message of ours as `file:line: reason`, the shape every Warta content message has. */
export function formatMessage(fileURL: URL | undefined, message: MarkdownMessage): string {
  const line = message.line ? `:${message.line}` : '';
  return `${location(fileURL)}${line}: ${message.reason}`;
}

export interface ReportOptions {
  /** where warnings go; the console by default */
  warn?: (line: string) => void;
}

/**
 * The last plugin of the pipeline. Errors recorded by earlier plugins fail the render (all of them in one
 * message); warnings are printed once, as the article is rendered.
 */
export function reportIssues(options: ReportOptions = {}) {
  const warn = options.warn ?? ((line: string) => console.warn(`[warta] warning: ${line}`));
  return defineHastPlugin({
    name: 'warta-report-issues',
    before(_root, ctx) {
      const messages = messagesOf(ctx.data);
      const errors = messages.filter((m) => m.fatal);
      if (errors.length > 0) throw new ContentError(errors.map((m) => formatMessage(ctx.fileURL, m)).join('\n'));
      for (const m of messages) warn(formatMessage(ctx.fileURL, m));
    },
  });
}
