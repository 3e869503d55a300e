import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type RoleName } from '../auth/permissions.js';

export class WorkspaceResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'gazette' })
  slug: string;

  @ApiProperty({ example: 'The Gazette' })
  name: string;
}

/** The caller: a member, or an API key without one. */
export class MeResponse {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  userId: string | null;

  @ApiProperty({ nullable: true, type: String })
  name: string | null;

  @ApiProperty({ example: 'editor' })
  role: string;

  @ApiProperty({ type: WorkspaceResponse })
  workspace: WorkspaceResponse;
}

export class MemberResponse {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ROLES })
  role: RoleName;
}
