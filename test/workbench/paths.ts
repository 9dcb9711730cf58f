/** Where the add-in's build and the workbench's build live. Node only. */
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
/** The add-in's build (webpack): taskpane.html, taskpane.js, functions.json, manifest.xml. */
export const DIST = path.join(ROOT, 'dist');
/** The workbench's build: office-sim.js and workbench.html. */
export const WORKBENCH_DIST = path.join(ROOT, 'dist-workbench');
/** The script tag of the real page that the workbench replaces (and the e2e tests route). */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
