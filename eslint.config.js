import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Framework-free domain code: no NestJS, Prisma or Swagger, not even as types. */
const DOMAIN_FOLDERS = [
  'apps/api/src/extraction/**',
  'apps/api/src/checks/**',
  'apps/api/src/text/**',
  'apps/api/src/revisions/**',
  'apps/api/src/workflow/**',
  'apps/api/src/records/**',
  'apps/api/src/chain/**',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'apps/api/src/generated/**',
      'apps/web/src/generated/**',
      '.data/**',
      'coverage/**',
      // The labelled corpora and their scorer are kept byte for byte as they were given.
      'test/fixtures/corpus/**',
      'test/fixtures/validation/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: { allowDefaultProject: ['apps/web/vite.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['apps/**/*.ts', 'apps/**/*.tsx'],
    ignores: ['**/*.spec.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'apps/web/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      // A source file a newcomer can read in one sitting; split it by what it does.
      'max-lines': ['error', { max: 300 }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: DOMAIN_FOLDERS,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', '@prisma/*', '**/generated/prisma/**', '**/database/**'],
              message: 'Domain code is framework-free: keep NestJS, Prisma and Swagger out.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read untyped HTTP bodies (supertest's `any`) on purpose.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // The generated-client fixture is type-checked by its spec against types generated at test time.
  {
    files: ['**/*.js', '**/*.mjs', 'test/openapi-client/**'],
    ...tseslint.configs.disableTypeChecked,
  },
);
