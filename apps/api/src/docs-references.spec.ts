/**
 * Every reference to a document in the code, tests and scripts resolves: a cited
 * Markdown file is a path from the repository's root, and a cited section, as in
 * (docs/ledger.md, "Hashing") or README.md ("Configuration"), is one of its
 * headings. The docs' links, and the README's links to Markdown files, resolve too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config/project-root.js';

const SOURCE_FOLDERS = ['apps', 'test', 'scripts'];
const SOURCE_FILE = /\.(?:ts|tsx|mjs|js)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'generated', 'dist']);
/** The labelled corpora are kept byte for byte as they were given; this file cites examples. */
const SKIPPED_PATHS = [
  'test/fixtures/corpus',
  'test/fixtures/validation',
  'apps/api/src/docs-references.spec.ts',
];

/** `docs/ledger.md`, then optionally `, "Section"` or ` ("Section")`. */
const REFERENCE = /(?<![\w./-])([\w][\w./-]*\.md)\b(?:(?:,\s*|\s*\(\s*)"([^"]+)")?/g;

interface Reference {
  document: string;
  section: string | null;
}

describe('references to documents', () => {
  const references = sourceFiles().flatMap((file) =>
    referencesIn(readFileSync(path.join(PROJECT_ROOT, file), 'utf8')).map((ref) => ({
      ...ref,
      file,
    })),
  );

  it('are read with their section, across the lines of a comment', () => {
    const comment = [
      '/**',
      ' * The range (docs/checks.md, "Stated',
      ' * values and rounding"), as README.md ("Configuration") says; see DESIGN.md.',
      ' */',
    ].join('\n');
    expect(referencesIn(comment)).toEqual([
      { document: 'docs/checks.md', section: 'Stated values and rounding' },
      { document: 'README.md', section: 'Configuration' },
      { document: 'DESIGN.md', section: null },
    ]);
    expect(references.length).toBeGreaterThan(5);
  });

  it('cite files that exist, from the repository root', () => {
    const missing = references.filter((ref) => !existsSync(path.join(PROJECT_ROOT, ref.document)));
    expect(missing.map(describeReference)).toEqual([]);
  });

  it('cite sections that are headings of their document', () => {
    const unknown = references.filter(
      (ref) =>
        ref.section !== null &&
        existsSync(path.join(PROJECT_ROOT, ref.document)) &&
        !headingsOf(ref.document).includes(ref.section),
    );
    expect(unknown.map(describeReference)).toEqual([]);
  });

  it("leave no link of the docs, nor the README's to a document, pointing nowhere", () => {
    const docs = readdirSync(path.join(PROJECT_ROOT, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => ({ document: `docs/${name}`, links: relativeLinksOf(`docs/${name}`) }));
    const readme = {
      document: 'README.md',
      links: relativeLinksOf('README.md').filter((link) => link.endsWith('.md')),
    };
    const broken = [...docs, readme].flatMap(({ document, links }) =>
      links
        .filter((link) => !existsSync(path.resolve(PROJECT_ROOT, path.dirname(document), link)))
        .map((link) => `${document}: ${link}`),
    );
    expect(broken).toEqual([]);
  });
});

function sourceFiles(): string[] {
  const files: string[] = [];
  const visit = (relative: string) => {
    if (SKIPPED_PATHS.includes(relative)) return;
    for (const entry of readdirSync(path.join(PROJECT_ROOT, relative), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) visit(child);
      else if (entry.isFile() && SOURCE_FILE.test(entry.name) && !SKIPPED_PATHS.includes(child))
        files.push(child);
    }
  };
  SOURCE_FOLDERS.forEach(visit);
  return files;
}

/** The references of a source text, with comments joined across lines ("Stated\n * values"). */
function referencesIn(source: string): Reference[] {
  const text = source.replace(/\s*\n\s*(?:\*(?!\/)|\/\/)?\s*/g, ' ');
  return [...text.matchAll(REFERENCE)].map((match) => ({
    document: match[1],
    section: match[2] ?? null,
  }));
}

/**
 * The headings of a Markdown file, each also without its numbering ("2. ") and
 * without a closing remark in brackets: "## 2. Numeric claims (`kind: "numeric"`)"
 * may be cited as "Numeric claims".
 */
function headingsOf(document: string): string[] {
  const text = readFileSync(path.join(PROJECT_ROOT, document), 'utf8');
  return [...text.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].flatMap(([, heading]) => {
    const unnumbered = heading.replace(/^\d+\.\s+/, '');
    return [heading, unnumbered, unnumbered.replace(/\s+\(.*\)$/, '')];
  });
}

/** Links to files of the repository: not to the web, not to an anchor of the same page. */
function relativeLinksOf(document: string): string[] {
  const text = readFileSync(path.join(PROJECT_ROOT, document), 'utf8');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, target]) => target.split('#')[0])
    .filter((target) => target !== '' && !/^[a-z]+:/i.test(target));
}

function describeReference(ref: Reference & { file: string }): string {
  return `${ref.file}: ${ref.document}${ref.section === null ? '' : `, "${ref.section}"`}`;
}
