import { defineMessages } from '../define.js';

/** The search page. */
export const search = defineMessages({
  'title': 'TODO',
}, {
  'title': 'TODO',
});
