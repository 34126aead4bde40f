// The bundled baselines (catalogues/baselines/*.yaml) as text by id, compiled into the browser
// bundle by scripts/bundle-web.mjs.
declare module 'gkml:baselines' {
  const texts: Readonly<Record<string, string>>;
  export default texts;
}
