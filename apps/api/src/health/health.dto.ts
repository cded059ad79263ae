import { ApiProperty } from '@nestjs/swagger';

export class DatabaseHealthDto {
  @ApiProperty({ enum: ['sqlite', 'postgres'] })
  kind: 'sqlite' | 'postgres';

  @ApiProperty({ example: '3.45.1', description: "The database server's own version" })
  version: string;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';

  @ApiProperty({ type: DatabaseHealthDto })
  database: DatabaseHealthDto;

  @ApiProperty({ example: '0.1.0', description: 'followsun version' })
  version: string;
}
