import { defineMessages } from '../define.js';

/** The helix page. */
export const helix = defineMessages({
  'title': 'TODO',
}, {
  'title': 'TODO',
});
