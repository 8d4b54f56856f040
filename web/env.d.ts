// esbuild bundles CSS imported from the page scripts.
declare module '*.css';
