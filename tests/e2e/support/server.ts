/** The test server is the same small static server `npm start` uses for its demo page. */
export { startServer, type Route, type TestServer } from '../../../scripts/lib/static-server';
