/** What each benchmark is handed: sizes, the running services, and what earlier benchmarks left. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  articleFromParagraphs,
  corpusParagraphs,
  type BenchArticle,
  type Paragraph,
} from './articles.js';
import type { BenchSizes } from './bench-options.js';
import type { BenchResult } from './bench-result.js';
import {
  openBenchDatabases,
  startApi,
  startBaselineServer,
  type BenchDatabases,
  type Cleanup,
  type ServerProcess,
} from './bench-services.js';
import { BenchWorkspaces, type BenchWorkspace } from './bench-workspaces.js';
import { postArticles } from './http-load.js';

export interface Services {
  databases: BenchDatabases;
  api: ServerProcess;
  workspaces: BenchWorkspaces;
  /** Scratch files of the run (the export, the signing key); removed at cleanup. */
  scratchDir: string;
}

/** A workspace with documents in it, for the read benchmarks. */
export interface DocumentsWorkspace {
  workspace: BenchWorkspace;
  documentIds: string[];
}

export type Benchmark = (context: BenchContext) => Promise<BenchResult>;

export class BenchContext {
  private running: Services | null = null;
  private starting: Promise<Services> | null = null;
  private baseline: ServerProcess | null = null;
  private paragraphs: Paragraph[] | null = null;
  private nextArticle = 0;
  private nextSlug = 0;
  documents: DocumentsWorkspace | null = null;
  exportFile: { path: string; events: number; bytes: number } | null = null;

  constructor(
    readonly sizes: BenchSizes,
    readonly cleanup: Cleanup,
    readonly log: (line: string) => void,
    private readonly apiCpuProfileDir: string | null = null,
  ) {}

  /** The services when some benchmark has started them; null otherwise. */
  servicesStarted(): Services | null {
    return this.running;
  }

  /** Started once, by the first benchmark that needs them (a failure to start is not retried). */
  services(): Promise<Services> {
    this.starting ??= this.start();
    return this.starting;
  }

  private async start(): Promise<Services> {
    const scratchDir = await mkdtemp(path.join(tmpdir(), 'ledger-bench-'));
    this.cleanup.add('remove the scratch folder', () =>
      rm(scratchDir, { recursive: true, force: true }),
    );
    this.log('starting: databases, the API');
    const databases = await openBenchDatabases(this.cleanup, this.log);
    const workspaces = await BenchWorkspaces.open(
      databases.appUrl,
      path.join(scratchDir, 'ledger-signing-key.pem'),
    );
    this.cleanup.add('close the workspace admin', () => workspaces.close());
    const api = await startApi(databases, scratchDir, this.cleanup, this.apiCpuProfileDir);
    this.running = { databases, api, workspaces, scratchDir };
    return this.running;
  }

  async baselineServer(): Promise<ServerProcess> {
    this.baseline ??= await startBaselineServer((await this.services()).databases, this.cleanup);
    return this.baseline;
  }

  async newWorkspace(purpose: string): Promise<BenchWorkspace> {
    return (await this.services()).workspaces.create(`bench-${purpose}-${this.nextSlug++}`);
  }

  /** `count` articles of the configured size, none like any other of the run. */
  articles(count: number): BenchArticle[] {
    this.paragraphs ??= corpusParagraphs();
    return Array.from({ length: count }, () =>
      articleFromParagraphs(
        this.paragraphs!,
        this.nextArticle++,
        this.sizes.articleKb * 1024,
        this.sizes.claimsPer8Kb,
      ),
    );
  }

  /** The ingest benchmark's workspace, or a smaller one filled now when it did not run. */
  async documentsWorkspace(): Promise<DocumentsWorkspace> {
    if (this.documents) return this.documents;
    const { api } = await this.services();
    const workspace = await this.newWorkspace('documents');
    this.log(`ingesting ${this.sizes.readDocuments} articles to read`);
    await postArticles(api.url, workspace.apiKey, this.articles(this.sizes.readDocuments), 4);
    this.documents = { workspace, documentIds: await documentIdsOf(api.url, workspace.apiKey) };
    return this.documents;
  }
}

/** Every document id of the key's workspace, through GET /v1/documents. */
export async function documentIdsOf(apiUrl: string, apiKey: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = '';
  while (cursor !== null) {
    const response = await fetch(
      `${apiUrl}/v1/documents?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      { headers: { authorization: `Bearer ${apiKey}` } },
    );
    if (!response.ok) throw new Error(`GET /v1/documents answered ${response.status}`);
    const page = (await response.json()) as {
      items: Array<{ id: string }>;
      nextCursor: string | null;
    };
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  }
  return ids;
}
