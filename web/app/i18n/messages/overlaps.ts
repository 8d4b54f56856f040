import { defineMessages } from '../define.js';

/** The overlaps page. */
export const overlaps = defineMessages({
  'title': 'TODO',
}, {
  'title': 'TODO',
});
