import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'fs';
import { join } from 'path';
import { WebUiMissingController } from './web-ui-missing.controller';

/**
 * The web UI at `/`: the Vite build with a single-page-app fallback (every path outside /api
 * answers index.html), or a short page saying how to build it.
 */
@Module({})
export class WebUiModule {
  static forRoot(webDist: string): DynamicModule {
    if (!existsSync(join(webDist, 'index.html'))) {
      return { module: WebUiModule, controllers: [WebUiMissingController] };
    }
    return {
      module: WebUiModule,
      imports: [ServeStaticModule.forRoot({ rootPath: webDist, exclude: ['/api', '/api/{*path}'] })],
    };
  }
}
