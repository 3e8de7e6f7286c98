import type { ArticleDate } from '../core/article-date.ts';
import type { Story } from './model.ts';

/** One correction of the site, with the story it corrects: the corrections page and feed list these. */
export interface SiteCorrection {
  story: Story;
  date: ArticleDate;
  text: string;
}

/** Every correction of the published stories, newest first (ties: the newer story first). */
export function siteCorrections(stories: readonly Story[]): SiteCorrection[] {
  return stories
    .flatMap((story) => story.data.corrections.map((c) => ({ story, date: c.date, text: c.text })))
    .sort((a, b) => b.date.date.getTime() - a.date.date.getTime());
}
