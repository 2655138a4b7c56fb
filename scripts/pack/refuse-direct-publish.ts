/**
 * `prepublishOnly` of every package. A package directory's package.json carries the
 * workspace-only `@mediagen/source` export condition, pointing at sources that are not shipped, so
 * it must not be published as it is: the tarballs `npm run pack:tarballs` writes have it removed.
 */
console.error(
  'Do not run `npm publish` in a package directory: its package.json is the workspace one.\n' +
    'Run `npm run pack:tarballs` at the repo root, then `npm publish <tarball>` for each file it lists.',
);
process.exit(1);
