import { defineMessages } from '../define.js';

/** The home page. */
export const home = defineMessages({
  'title': 'TODO',
}, {
  'title': 'TODO',
});
