/** Modules the workbench bundler (build.ts) provides. */
declare module 'workbench:sample-workbook' {
  import type { SampleWorkbook } from './sample-types';

  const sample: SampleWorkbook;
  export default sample;
}
