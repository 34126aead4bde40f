// The bundled baselines (catalogues/baselines/*.yaml) as text by id, compiled into the browser
// bundle by scripts/bundle-web.mjs.
declare module 'gkml:baselines' {
  const texts: Readonly<Record<string, string>>;
  export default texts;
}

// The public site's templates, precompiled, and its assets (scripts/bundle-web.mjs).
declare module 'gkml:site-templates' {
  import type { SiteTemplates } from '../emit/html/pages.js';
  export const templates: SiteTemplates;
  export const assets: Readonly<Record<string, string>>;
}
