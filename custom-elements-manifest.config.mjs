export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/internal/**', 'src/**/*.styles.ts', 'src/**/strings.ts'],
  litelement: true,
  packagejson: false,
};
