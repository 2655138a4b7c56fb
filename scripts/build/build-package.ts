/**
 * `npm run build` in a package under packages/: that package alone, built as
 * scripts/build/build-packages.ts builds every package (its workspace dependencies must be built
 * already; `npm run build` at the root builds them all, in order).
 */
import { buildPackages } from './build-packages.ts';

await buildPackages([process.cwd()]);
