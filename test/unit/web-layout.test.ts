import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The web app's one direction of imports: app -> features -> shared (components, lib,
 * generated). A feature never imports another feature, shared code never imports a feature or
 * the app, and nothing in web/ imports the server's src/.
 */
const WEB_SRC = path.resolve(__dirname, '../../web/src');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

function area(file: string): string {
  const [top, second] = path.relative(WEB_SRC, file).split(path.sep);
  return top === 'features' ? `features/${second}` : top;
}

test('web/src imports flow app -> features -> shared, and never reach the server', () => {
  const files = sourceFiles(WEB_SRC);
  expect(files.length).toBeGreaterThan(10);
  const violations: string[] = [];
  for (const file of files) {
    const from = area(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)) {
      if (!specifier.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), specifier);
      if (!target.startsWith(WEB_SRC)) {
        violations.push(`${path.relative(WEB_SRC, file)} imports ${specifier} outside web/src`);
        continue;
      }
      const to = area(target);
      const featureToOther = from.startsWith('features/') && to !== from && (to.startsWith('features/') || to === 'app');
      const sharedToUpper = ['components', 'lib', 'generated', 'locales'].includes(from) && (to.startsWith('features/') || to === 'app');
      if (featureToOther || sharedToUpper) violations.push(`${path.relative(WEB_SRC, file)} (${from}) imports ${specifier} (${to})`);
    }
  }
  expect(violations).toEqual([]);
});
