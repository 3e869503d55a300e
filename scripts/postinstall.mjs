// After `npm install` / `npm ci`: generate the Prisma client and build dist/ when the
// build tools are installed (a development install). A production install
// (NODE_ENV=production, --omit=dev) has no build tools: it runs the dist/ it was
// given (a packed release, `npm pack`, or the Docker image's build stage).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const BUILD_TOOLS = ['@swc/cli/package.json', 'vite/package.json', 'prisma/package.json'];
const BUILT = ['dist/apps/cli/src/main.js', 'dist/web/index.html'];

const require = createRequire(path.join(root, 'package.json'));
const hasBuildTools = BUILD_TOOLS.every((tool) => {
  try {
    require.resolve(tool);
    return true;
  } catch {
    return false;
  }
});

if (hasBuildTools) {
  for (const script of ['prisma:generate', 'build']) {
    const run = spawnSync('npm', ['run', '-s', script], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
} else if (BUILT.every((file) => existsSync(path.join(root, file)))) {
  process.stderr.write(
    'claims-ledger: no build tools installed: using the dist/ that came with it\n',
  );
} else {
  process.stderr.write(
    'claims-ledger: dist/ is not built and the build tools are not installed (a production install).\n' +
      'Build with a full install first (npm ci), then drop the build tools (npm prune --omit=dev);\n' +
      'or install a packed release (npm pack), which ships dist/.\n',
  );
  process.exit(1);
}
