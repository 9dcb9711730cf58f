// Lint: the Office add-in rules (eslint-plugin-office-addins, as office-addin-lint uses them),
// React, and Prettier formatting. `npx office-addin-lint check` picks up this same file.
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';
import globals from 'globals';

// The plugin's TypeScript block (Prettier, the office-addins rules, unused variables as
// TypeScript sees them) only matches .ts files; the task pane is .tsx.
const typeScriptBlock = officeAddins.configs.react.find((config) => config.files?.some((glob) => glob.includes('ts')));

export default [
  {
    ignores: [
      'dist/**',
      'dist-workbench/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'certs/**',
      'out/**',
      'build/**',
      '**/generated/**',
    ],
  },
  ...officeAddins.configs.react,
  { ...typeScriptBlock, files: ['**/*.tsx'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // TypeScript checks names itself (Office, Excel and CustomFunctions are ambient globals).
      'no-undef': 'off',
      'react/react-in-jsx-scope': 'off',
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2022, sourceType: 'commonjs' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
];
