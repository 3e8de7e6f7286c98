import path from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { MESSAGE_SOURCE } from './issues.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

function location(file: VFile): string {
  return file.path ? path.relative(process.cwd(), file.path) : '(markdown)';
}

/** Formats a message of ours as `file:line: reason`, the shape every Warta content message has. */
export function formatMessage(file: VFile, message: VFile['messages'][number]): string {
  const line = message.line ? `:${message.line}` : '';
  return `${location(file)}${line}: ${message.reason}`;
}

/**
 * The last plugin of the pipeline. Errors recorded by earlier plugins fail the render (all of them in one
 * message); warnings are printed once, as the article is rendered.
 */
export interface ReportOptions {
  /** where warnings go; the console by default */
  warn?: (line: string) => void;
}

export function rehypeReportIssues(options: ReportOptions = {}) {
  const warn = options.warn ?? ((line: string) => console.warn(`[warta] warning: ${line}`));
  return (_tree: Root, file: VFile): void => {
    const ours = file.messages.filter((m) => m.source === MESSAGE_SOURCE);
    const errors = ours.filter((m) => m.fatal === true);
    if (errors.length > 0) {
      throw new ContentError(errors.map((m) => formatMessage(file, m)).join('\n'));
    }
    for (const m of ours) warn(formatMessage(file, m));
  };
}
