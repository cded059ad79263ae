import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/access.decorator';

/** Stands in for the web UI when it has not been built. Mounted outside the /api prefix. */
@ApiExcludeController()
@Controller()
export class WebUiMissingController {
  @Get()
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  page(): string {
    return [
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>followsun</title></head><body>',
      '<h1>followsun</h1>',
      '<p>The web UI has not been built yet. Run <code>npm run build</code> (or <code>npm start</code>) and reload.</p>',
      '<p>The API is up: <a href="/api/health">/api/health</a>, documentation at <a href="/api/docs">/api/docs</a>.</p>',
      '</body></html>',
    ].join('\n');
  }
}
