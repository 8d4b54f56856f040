import { defineMessages } from '../define.js';

/** The indicators page. */
export const indicators = defineMessages({
  'title': 'TODO',
}, {
  'title': 'TODO',
});
