/** The cards' colours: the site's light palette (src/styles/global.css), as the cards are always light. */
/** Height of the red rule at the top of paper cards. */
export const RULE = 12;

export const ACCENT = '#a3122a';
export const PAPER = '#fbfaf7';
export const INK = '#161616';
export const INK_SOFT = '#3a3a3a';
export const INK_MUTED = '#5b5b5b';
/** The year badge of an old article's card: a highlighter yellow that reads on a photo and on paper. */
export const ARCHIVE = '#ffe14d';
