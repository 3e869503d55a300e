import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Requires } from '../auth/access.decorators.js';
import { Permission } from '../auth/permissions.js';
import { PageQuery } from '../common/pagination.js';
import { ExportQuery } from './ledger-export.dto.js';
import { LedgerExportService } from './ledger-export.service.js';
import { LedgerService } from './ledger.service.js';

@ApiTags('ledger')
@ApiBearerAuth()
@Controller('v1/ledger')
export class LedgerController {
  constructor(
    private readonly ledger: LedgerService,
    private readonly exports: LedgerExportService,
  ) {}

  @Get('head')
  @Requires(Permission.Read)
  @ApiOperation({
    summary: 'The latest event of the chain (seq, hash, at), signed with the server key (Ed25519)',
  })
  head(@CurrentActor() actor: Actor) {
    return this.ledger.head(actor);
  }

  @Get('events')
  @Requires(Permission.ExportHistory)
  @ApiOperation({ summary: 'The review history, oldest first, with the hash chain fields' })
  events(@CurrentActor() actor: Actor, @Query() query: PageQuery) {
    return this.ledger.events(actor, query);
  }

  @Get('public-key')
  @Requires(Permission.Read)
  @ApiOperation({ summary: 'The Ed25519 public key (PEM) that verifies signed heads' })
  publicKey() {
    return this.ledger.publicKey();
  }

  @Get('export')
  @Requires(Permission.ExportHistory)
  @ApiOperation({
    summary:
      'Stream the history as NDJSON, CSV or JSON, filtered; every event keeps prevHash and hash',
  })
  async export(@CurrentActor() actor: Actor, @Query() query: ExportQuery) {
    const { contentType, filename, body } = await this.exports.export(actor, query);
    return new StreamableFile(body, {
      type: contentType,
      disposition: `attachment; filename="${filename}"`,
    });
  }
}
