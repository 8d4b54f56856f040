/**
 * The workbench's addresses. Pure data, no DOM: the server (src/http/static.ts) reads it too, to
 * answer these paths with the app's page and every other path with 404.
 */
export const QUESTION_PATHS = {
  gaps: '/gaps',
  overlaps: '/overlaps',
  whoDoesWhat: '/who-does-what',
  helix: '/helix',
  conformance: '/conformance',
  peers: '/peers',
  indicators: '/indicators',
} as const;

export type QuestionName = keyof typeof QUESTION_PATHS;

/** Kinds with a profile page, and their address segment. */
export const PROFILE_KINDS = {
  AGENCY: 'agency',
  PROGRAM: 'program',
  REGION: 'region',
  THEME: 'theme',
  PARTNER: 'partner',
  FORUM: 'forum',
} as const;

export type ProfileKind = keyof typeof PROFILE_KINDS;

export function isProfileKind(kind: string): kind is ProfileKind {
  return kind in PROFILE_KINDS;
}

export function profilePath(kind: ProfileKind, key: string): string {
  return `/${PROFILE_KINDS[kind]}/${encodeURIComponent(key)}`;
}

export const SEARCH_PATH = '/search';

/** First path segments the app answers (besides `/` itself). */
export const APP_SECTIONS: readonly string[] = [
  ...Object.values(QUESTION_PATHS).map((path) => path.slice(1)),
  ...Object.values(PROFILE_KINDS),
  SEARCH_PATH.slice(1),
];
