/**
 * Prettier: `npm run format` writes, `npm run lint` checks. The options follow the code as it was
 * written before Prettier came, so that the one formatting commit stays small.
 * @type {import('prettier').Config}
 */
export default {
  // Single quotes and semicolons, as everywhere in src/ and scripts/.
  singleQuote: true,
  // Lines here run long (1 in 100 is over 165 characters): 160 halves the reformatting that 120 causes.
  printWidth: 160,
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
