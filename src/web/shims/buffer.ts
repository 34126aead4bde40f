// Node's Buffer for the browser bundle (esbuild `inject`): the sheet reader slices and decodes
// parts with Buffer, which is what keeps it fast under Node; the page gets the same API.
export { Buffer } from 'buffer';
