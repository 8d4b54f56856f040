import { defineMessages } from '../define.js';

/** The peers page. */
export const peers = defineMessages({
  'title': 'TODO',
}, {
  'title': 'TODO',
});
