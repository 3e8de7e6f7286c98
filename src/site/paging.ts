/** Stories per page on section, tag and latest pages. */
export const PAGE_SIZE = 12;
