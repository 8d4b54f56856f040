import { defineMessages } from '../define.js';

/** The whoDoesWhat page. */
export const whoDoesWhat = defineMessages({
  'title': 'TODO',
}, {
  'title': 'TODO',
});
