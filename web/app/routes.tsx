import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Layout, NotFound } from './layout/Layout.js';
import { PROFILE_KINDS, QUESTION_PATHS, SEARCH_PATH } from './paths.js';

// Each page is a chunk of its own: a page loads its code and the shared chunks, nothing more.
const Home = lazy(() => import('./pages/Home.js'));
const CoverageGaps = lazy(() => import('./pages/CoverageGaps.js'));
const Overlaps = lazy(() => import('./pages/Overlaps.js'));
const WhoDoesWhat = lazy(() => import('./pages/WhoDoesWhat.js'));
const HelixBalance = lazy(() => import('./pages/HelixBalance.js'));
const Conformance = lazy(() => import('./pages/Conformance.js'));
const Peers = lazy(() => import('./pages/Peers.js'));
const IndicatorProgress = lazy(() => import('./pages/IndicatorProgress.js'));
const Profile = lazy(() => import('./pages/Profile.js'));
const Search = lazy(() => import('./pages/Search.js'));

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: QUESTION_PATHS.gaps.slice(1), element: <CoverageGaps /> },
      { path: QUESTION_PATHS.overlaps.slice(1), element: <Overlaps /> },
      { path: QUESTION_PATHS.whoDoesWhat.slice(1), element: <WhoDoesWhat /> },
      { path: QUESTION_PATHS.helix.slice(1), element: <HelixBalance /> },
      { path: QUESTION_PATHS.conformance.slice(1), element: <Conformance /> },
      { path: QUESTION_PATHS.peers.slice(1), element: <Peers /> },
      { path: QUESTION_PATHS.indicators.slice(1), element: <IndicatorProgress /> },
      ...Object.values(PROFILE_KINDS).map((segment) => ({ path: `${segment}/:key`, element: <Profile /> })),
      { path: SEARCH_PATH.slice(1), element: <Search /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];
