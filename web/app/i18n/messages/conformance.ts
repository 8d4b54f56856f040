import { defineMessages } from '../define.js';

/** The conformance page. */
export const conformance = defineMessages({
  'title': 'TODO',
}, {
  'title': 'TODO',
});
