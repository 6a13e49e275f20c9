// The built web app (webpack's output) as static files. Hashed assets never change under their name,
// so browsers keep them for a year; HTML and unhashed files are revalidated on every load, so a new
// deployment is picked up at once.
import express, { type RequestHandler, type Router } from 'express';
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

/** webpack's `[name].[contenthash].js` (or `-`): eight or more hex digits before the extension */
const HASHED_ASSET = /[.-][0-9a-f]{8,64}\.[a-z0-9]+$/i;

export function cacheControlFor(filePath: string): string {
  const name = basename(filePath);
  if (name.endsWith('.html')) return 'no-cache';
  return HASHED_ASSET.test(name) ? YEAR_IMMUTABLE : 'no-cache';
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Circular Choices: not built yet</title></head>
<body><h1>The web app is not built yet</h1>
<p>Run <code>npm run build</code> (or <code>npm start</code>, which builds first), then reload this page.</p>
<p lang="nl">De webapp is nog niet gebouwd: voer <code>npm run build</code> uit en laad de pagina opnieuw.</p>
</body></html>`;

/** the app's 32-pixel icon in the build (copied from assets/outlook) */
export const FAVICON = 'assets/outlook/icon-32.png';

const isDirectory = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** serves `webRoot`; answers 503 with a hint while it does not exist (looked for again on each request until it does, so a build after start is picked up) */
export function webApp(webRoot: string): Router {
  const router = express.Router();
  const files = express.static(webRoot, {
    index: 'index.html',
    // dotfiles stay private; a missing file falls through to the 404 below
    dotfiles: 'ignore',
    setHeaders: (res, path) => res.setHeader('Cache-Control', cacheControlFor(path)),
  });
  // once the build is there it stays: no file-system look on every request after that
  let built = false;
  const notBuilt: RequestHandler = (req, res, next) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && !(built ||= isDirectory(webRoot))) {
      res.status(503).setHeader('Cache-Control', 'no-store').type('html').send(NOT_BUILT_PAGE);
      return;
    }
    next();
  };
  router.use(notBuilt, files);
  // pages name their icon (page.html); a browser asks for /favicon.ico where a response has none (a
  // JSON answer opened in a tab), so that name serves the same icon
  router.get('/favicon.ico', (_req, res, next) => {
    res.sendFile(join(webRoot, FAVICON), { headers: { 'Cache-Control': 'no-cache', 'Content-Type': 'image/png' } }, (error) => error && next());
  });
  router.use((_req, res) => {
    res.status(404).setHeader('Cache-Control', 'no-cache').type('text/plain').send('Not found');
  });
  return router;
}
