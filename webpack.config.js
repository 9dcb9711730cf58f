// Build of the add-in: one page (taskpane.html) loads the custom functions, the ribbon commands and
// the task pane in one shared runtime. Its entry (taskpane.js, from src/runtime.ts) is small and
// registers the functions and the command; the React pane is a chunk (pane.<hash>.js) loaded when
// the pane is shown. Also writes functions.json (Italian, from the JSDoc),
// functions.en-US.json (English), the icons, and manifest.xml with the production base URL.
'use strict';

const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { sources } = require('webpack');
const { localizeMetadata } = require('./scripts/localize-metadata');
const { httpsOptions } = require('./scripts/dev-certs');

const DEV_BASE_URL = 'https://localhost:3000/';

/** Production base URL, from ADDIN_BASE_URL; must be https and end with a slash. */
function productionBaseUrl() {
  const given = process.env.ADDIN_BASE_URL;
  if (!given) return undefined;
  const url = given.endsWith('/') ? given : `${given}/`;
  if (!/^https:\/\/[^\s/]+\//.test(url)) {
    throw new Error(`ADDIN_BASE_URL must be an https URL such as https://casa.example.it/addin/ (got "${given}").`);
  }
  return url;
}

/** Emits functions.en-US.json next to the Italian functions.json. */
class EnglishMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EnglishMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'EnglishMetadataPlugin', stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const italian = compilation.getAsset('functions.json');
          if (!italian) return;
          const english = JSON.parse(
            fs.readFileSync(path.resolve(__dirname, 'src/functions/metadata.en-US.json'), 'utf8'),
          );
          const { metadata, missing } = localizeMetadata(JSON.parse(italian.source.source().toString()), english);
          if (missing.length > 0) {
            compilation.errors.push(
              new Error(`English metadata missing for: ${missing.join(', ')} (src/functions/metadata.en-US.json)`),
            );
          }
          compilation.emitAsset('functions.en-US.json', new sources.RawSource(JSON.stringify(metadata, null, 2)));
        },
      );
    });
  }
}

/**
 * Emits build-info.json: whether this build is for development (its manifest may point at
 * https://localhost:3000/) or for a server (ADDIN_BASE_URL). `npm run validate` refuses a built
 * manifest left pointing at localhost unless this file says the build is a development build.
 */
class BuildInfoPlugin {
  constructor(info) {
    this.info = info;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('BuildInfoPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'BuildInfoPlugin', stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () =>
          compilation.emitAsset('build-info.json', new sources.RawSource(`${JSON.stringify(this.info, null, 2)}\n`)),
      );
    });
  }
}

module.exports = (env, argv) => {
  const dev = argv.mode !== 'production';
  const baseUrl = dev ? undefined : productionBaseUrl();
  if (!dev && !baseUrl) {
    console.warn(
      'ADDIN_BASE_URL is not set: dist/manifest.xml keeps https://localhost:3000/ and the build is marked as a development build (dist/build-info.json). For a server: ADDIN_BASE_URL=https://<server>/<path>/ npm run build.',
    );
  }
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    // The entry keeps the name taskpane.js: the manifest (Functions.Script.Url) and workbooks point to it.
    entry: { taskpane: './src/runtime.ts' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Chunks are named by their content, so that a cached old pane never meets a new entry.
      chunkFilename: '[name].[contenthash:8].js',
      // Chunks load from where taskpane.js was loaded (the production base URL or localhost).
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      // A missing export is an error, not a warning: the bundle would load and then fail in Excel.
      parser: { javascript: { exportsPresence: 'error' } },
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'es2020' } },
          },
        },
      ],
    },
    performance: { hints: false },
    // One chunk for the pane (React, its UI layer and the pane's code): it is loaded at once anyway.
    optimization: { splitChunks: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new EnglishMetadataPlugin(),
      new BuildInfoPlugin({ development: dev || !baseUrl, baseUrl: baseUrl ?? DEV_BASE_URL }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The help page: the manifest's "Learn more" link and the pane's "Guida".
          { from: 'assets/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (baseUrl ? content.toString().split(DEV_BASE_URL).join(baseUrl) : content),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      // Certificates are made (once) only when serving, in ./certs: no sudo, no system store.
      server: process.env.WEBPACK_SERVE ? { type: 'https', options: httpsOptions() } : undefined,
      client: false,
      hot: false,
      liveReload: false,
    },
  };
};
