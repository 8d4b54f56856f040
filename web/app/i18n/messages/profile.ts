import { defineMessages } from '../define.js';

/** The profile page. */
export const profile = defineMessages({
  'title': 'TODO',
}, {
  'title': 'TODO',
});
