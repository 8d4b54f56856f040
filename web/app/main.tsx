// The analyst's workbench: bundled by scripts/build-web.mjs (a chunk per page), served at / and
// the paths of web/app/paths.ts. Every answer comes from this server's /graphql.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from './i18n/I18nProvider.js';
import { routes } from './routes.js';
import './styles/index.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The graph changes rarely while an analyst reads: keep answers for 5 minutes, and do not
      // repeat a refused request (a bad input stays bad).
      staleTime: 5 * 60_000,
      retry: (count, error) => count < 1 && (error as { code?: string }).code === 'NETWORK',
      refetchOnWindowFocus: false,
    },
  },
});

const router = createBrowserRouter(routes);
const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
root.textContent = '';
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  </StrictMode>,
);
