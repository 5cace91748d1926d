// Correctness only. A formatter (Prettier, Biome) would rewrite most files to its own wrapping, so the style
// stays by hand: single quotes, semicolons, two spaces, lines up to about 140 characters.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['src/generated/**', 'web/dist/**', 'node_modules/**', 'bench/results/**', 'test-artifacts/**', 'db/target/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // Typing strictness, not correctness: tests read GraphQL answers as any on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      // A leading underscore marks a value left out on purpose (a rest sibling, a skipped element).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Tests match column-aligned CLI output, where the spaces are the point.
      'no-regex-spaces': 'off',
    },
  },
);
