import { common } from './messages/common.js';
import { conformance } from './messages/conformance.js';
import { enums } from './messages/enums.js';
import { explorer } from './messages/explorer.js';
import { gaps } from './messages/gaps.js';
import { helix } from './messages/helix.js';
import { home } from './messages/home.js';
import { indicators } from './messages/indicators.js';
import { overlaps } from './messages/overlaps.js';
import { peers } from './messages/peers.js';
import { profile } from './messages/profile.js';
import { search } from './messages/search.js';
import { whoDoesWhat } from './messages/whoDoesWhat.js';

/** The one catalogue: every namespace of the workbench, in both languages. */
export const catalogue = { common, enums, explorer, home, gaps, overlaps, whoDoesWhat, helix, conformance, peers, indicators, profile, search } as const;
export type Catalogue = typeof catalogue;
export type NamespaceName = keyof Catalogue;
export type KeyOf<N extends NamespaceName> = keyof Catalogue[N]['id'] & string;
