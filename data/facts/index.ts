import type { FactSet } from '../../src/seed/factTypes.js';
import { agencies } from './agencies.js';
import { directives } from './directives.js';
import { forums } from './forums.js';
import { partners } from './partners.js';
import { programs } from './programs.js';
import { themes } from './themes.js';

/** Every fact drawn from the seed articles, each with its source. */
export const FACTS: readonly FactSet[] = [agencies, themes, programs, forums, directives, partners];
export * as ARTICLES from './articles.js';
