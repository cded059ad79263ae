import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';

/** Background jobs with progress over server-sent events; later features start theirs through JobsService. */
@Module({
  controllers: [JobsController],
  providers: [JobsService, Clock],
  exports: [JobsService],
})
export class JobsModule {}
