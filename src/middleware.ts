import { defineMiddleware } from 'astro:middleware';
import { renderRecorded } from './build/recorded-reads.ts';
import { siteInputValues } from './site/input-values.ts';

/**
 * Records what each keyed page reads while it renders (src/build/recorded-reads.ts), so that the next
 * build takes it from this one only when those inputs still have the same values.
 */
export const onRequest = defineMiddleware((context, next) =>
  renderRecorded(context.routePattern, context.params, next, siteInputValues),
);
