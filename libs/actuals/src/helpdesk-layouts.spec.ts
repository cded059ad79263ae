import { HELPDESK_LAYOUTS, headerKey, parseColumnMapping, resolveMapping } from './helpdesk-layouts';

describe('HELPDESK_LAYOUTS', () => {
  it('has the native layout and the five helpdesks, each a valid mapping under its own name', () => {
    expect(Object.keys(HELPDESK_LAYOUTS)).toEqual(['followsun', 'zendesk', 'freshdesk', 'gorgias', 'edesk', 'amazon-bsm']);
    for (const [name, layout] of Object.entries(HELPDESK_LAYOUTS)) {
      expect(layout.name).toBe(name);
      expect(parseColumnMapping(JSON.parse(JSON.stringify(layout)))).toEqual({ ok: true, mapping: layout });
    }
  });

  it('reads Zendesk replies as minutes and Amazon domains as marketplace ids', () => {
    expect(HELPDESK_LAYOUTS.zendesk.columns.firstReplyMinutes).toBe('First reply time in minutes');
    expect(HELPDESK_LAYOUTS.zendesk.columns.firstReplyAt).toBeUndefined();
    expect(HELPDESK_LAYOUTS['amazon-bsm'].marketplaceValues?.['Amazon.co.uk']).toBe('amazon-uk');
    expect(HELPDESK_LAYOUTS.edesk.marketplaceValues?.['Amazon.com']).toBe('amazon-us');
  });
});

describe('headerKey', () => {
  it('ignores case, spaces, underscores and hyphens', () => {
    expect(headerKey(' Created at ')).toBe(headerKey('created_at'));
    expect(headerKey('First-Reply At')).toBe('firstreplyat');
  });
});

describe('resolveMapping', () => {
  it('finds a built-in layout by name in any case', () => {
    expect(resolveMapping('Zendesk')).toEqual({ ok: true, mapping: HELPDESK_LAYOUTS.zendesk });
  });

  it('lists the known layouts for an unknown name', () => {
    expect(resolveMapping('helpscout')).toEqual({
      ok: false,
      errors: [
        {
          row: 0,
          field: null,
          message: 'unknown helpdesk layout "helpscout"; known: followsun, zendesk, freshdesk, gorgias, edesk, amazon-bsm (or upload a mapping file naming your export\'s columns)',
        },
      ],
    });
  });

  it('checks an object as a mapping file', () => {
    const mapping = { name: 'mine', columns: { marketplace: 'Shop', receivedAt: 'Opened', firstReplyAt: 'Answered' }, timeZone: 'Europe/Berlin' };
    expect(resolveMapping(mapping)).toEqual({ ok: true, mapping });
  });
});

describe('parseColumnMapping', () => {
  const errorsOf = (json: unknown) => {
    const result = parseColumnMapping(json);
    if (result.ok) throw new Error('expected the mapping to be refused');
    return result.errors;
  };

  it('keeps a full mapping file with its value maps, format and zone', () => {
    const json = {
      name: 'helpdesk-x',
      columns: { marketplace: 'Store', receivedAt: 'Opened', firstReplyMinutes: 'Minutes to reply', class: 'Priority', agent: 'Owner', site: 'Team' },
      marketplaceValues: { 'US store': 'amazon-us' },
      classValues: { High: 'urgent', Normal: 'standard' },
      siteValues: { 'Lisbon team': 'lisbon' },
      timestampFormat: 'dd/MM/yyyy HH:mm',
      timeZone: 'Europe/Lisbon',
    };
    expect(parseColumnMapping(json)).toEqual({ ok: true, mapping: json });
  });

  it('refuses what is not an object', () => {
    expect(errorsOf([])).toEqual([{ row: 0, field: null, message: 'a mapping file must be a JSON object with "name" and "columns", not a list' }]);
  });

  it('names each wrong key and why', () => {
    expect(
      errorsOf({
        name: '',
        columns: { marketplace: 'Brand', received: 'Created at', firstReplyAt: 42, agent: 'brand' },
        classValues: { High: 'urgent', high: 'standard' },
        siteValues: ['lisbon'],
        timestampFormat: 'dd/MM',
        timeZone: 'Mars/Olympus',
        colour: 'red',
      }),
    ).toEqual([
      { row: 0, field: 'colour', message: '"colour" is not a mapping key; known: name, columns, marketplaceValues, classValues, siteValues, timestampFormat, timeZone' },
      { row: 0, field: 'name', message: 'name must be a short non-empty text, such as "my-zendesk", not ""' },
      { row: 0, field: 'columns.received', message: '"received" is not a column of the actuals; known: marketplace, receivedAt, firstReplyAt, firstReplyMinutes, class, agent, site' },
      { row: 0, field: 'columns.firstReplyAt', message: 'columns.firstReplyAt must be the export\'s header text, not number 42' },
      { row: 0, field: 'columns.agent', message: 'columns.agent and columns.marketplace both name the header "brand"; each field needs a column of its own' },
      { row: 0, field: 'columns.receivedAt', message: 'columns.receivedAt is missing: the export\'s header of the time the message was received' },
      { row: 0, field: 'classValues.high', message: 'classValues lists "high" and "High", the same value when case is ignored; keep one' },
      { row: 0, field: 'siteValues', message: 'siteValues must be an object of export values to ids, such as {"Amazon.com": "amazon-us"}, not a list' },
      {
        row: 0,
        field: 'timestampFormat',
        message:
          'timestampFormat "dd/MM" does not read a full date and time; a luxon format must name the year, month, day, hour and minute, such as "dd/MM/yyyy HH:mm" or "yyyy-MM-dd\'T\'HH:mm:ssZZ"',
      },
      { row: 0, field: 'timeZone', message: 'timeZone "Mars/Olympus" is not an IANA time zone; use a name such as "America/New_York" or "UTC"' },
    ]);
  });

  it('needs exactly one way to read the first reply', () => {
    expect(errorsOf({ name: 'x', columns: { marketplace: 'Shop', receivedAt: 'Opened' } })).toEqual([
      {
        row: 0,
        field: 'columns.firstReplyAt',
        message: "columns needs firstReplyAt (the first reply's timestamp) or firstReplyMinutes (minutes from receipt to the first reply)",
      },
    ]);
    expect(errorsOf({ name: 'x', columns: { marketplace: 'Shop', receivedAt: 'Opened', firstReplyAt: 'Answered', firstReplyMinutes: 'Minutes' } })).toEqual([
      { row: 0, field: 'columns.firstReplyMinutes', message: 'columns names both firstReplyAt and firstReplyMinutes; give one of them' },
    ]);
  });

  it('refuses a value map whose id is empty', () => {
    expect(errorsOf({ name: 'x', columns: { marketplace: 'Shop', receivedAt: 'Opened', firstReplyAt: 'Answered' }, marketplaceValues: { 'US store': ' ' } })).toEqual([
      { row: 0, field: 'marketplaceValues.US store', message: 'marketplaceValues."US store" must be a non-empty id, not " "' },
    ]);
  });
});
