import { defineMessages } from '../define.js';

/** The gaps page. */
export const gaps = defineMessages({
  'title': 'TODO',
}, {
  'title': 'TODO',
});
