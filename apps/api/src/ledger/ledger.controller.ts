import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Requires } from '../auth/access.decorators.js';
import { Permission } from '../auth/permissions.js';
import { ApiCommonProblems, ApiProblems } from '../errors/api-problems.js';
import { ExportQuery, LedgerEventsQuery } from './ledger-export.dto.js';
import { LedgerExportService } from './ledger-export.service.js';
import { LedgerService } from './ledger.service.js';
import {
  LedgerEventPageResponse,
  LedgerHeadResponse,
  PublicKeyResponse,
} from './ledger.response.js';

const EXPORT_FILE = { schema: { type: 'string', format: 'binary' } } as const;

@ApiTags('ledger')
@ApiBearerAuth()
@ApiCommonProblems()
@Controller('v1/ledger')
export class LedgerController {
  constructor(
    private readonly ledger: LedgerService,
    private readonly exports: LedgerExportService,
  ) {}

  @Get('head')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'getLedgerHead',
    summary: 'The latest event of the chain (seq, hash, at), signed with the server key (Ed25519)',
  })
  @ApiOkResponse({ type: LedgerHeadResponse })
  head(@CurrentActor() actor: Actor) {
    return this.ledger.head(actor);
  }

  @Get('events')
  @Requires(Permission.ExportHistory)
  @ApiOperation({
    operationId: 'listLedgerEvents',
    summary: 'The review history, oldest first, with the hash chain fields',
  })
  @ApiOkResponse({ type: LedgerEventPageResponse })
  @ApiProblems(400)
  events(@CurrentActor() actor: Actor, @Query() query: LedgerEventsQuery) {
    return this.ledger.events(actor, query);
  }

  @Get('public-key')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'getPublicKey',
    summary: 'The Ed25519 public key (PEM) that verifies signed heads',
  })
  @ApiOkResponse({ type: PublicKeyResponse })
  publicKey() {
    return this.ledger.publicKey();
  }

  @Get('export')
  @Requires(Permission.ExportHistory)
  @ApiOperation({
    operationId: 'exportLedger',
    summary:
      'Stream the history as NDJSON, CSV or JSON, filtered; every event keeps prevHash and hash',
  })
  @ApiProduces('application/x-ndjson', 'text/csv', 'application/json')
  @ApiOkResponse({
    description: 'The events as a file (attachment), in the format asked for',
    content: {
      'application/x-ndjson': EXPORT_FILE,
      'text/csv': EXPORT_FILE,
      'application/json': EXPORT_FILE,
    },
  })
  @ApiProblems(400)
  async export(@CurrentActor() actor: Actor, @Query() query: ExportQuery) {
    const { contentType, filename, body } = await this.exports.export(actor, query);
    return new StreamableFile(body, {
      type: contentType,
      disposition: `attachment; filename="${filename}"`,
    });
  }
}
