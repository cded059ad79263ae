import { groupIssuesByField, mergeFieldMessages, messagesFor, normalizeIssuePath, readableIssuePath } from './issue-paths.util';

describe('normalizeIssuePath', () => {
  it.each([
    ['classes.0.share', 'classes.0.share'],
    ['/classes/0/share', 'classes.0.share'],
    ['classes[0].share', 'classes.0.share'],
    ['$.marketplaces[2].classes[1].replyDeadlineHours', 'marketplaces.2.classes.1.replyDeadlineHours'],
    ['/a~1b/c~0d', 'a/b.c~d'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeIssuePath(input)).toBe(expected);
  });
});

describe('groupIssuesByField', () => {
  it('groups by normalized path, then field, with path-less issues under ""', () => {
    const grouped = groupIssuesByField([
      { path: '/timeZone', message: 'unknown IANA time zone "Mars/Base"' },
      { path: 'timeZone', message: 'unknown IANA time zone "Mars/Base"' },
      { field: 'hourlyCost', message: 'must not be negative' },
      { path: 'classes', message: 'shares add up to 0.9, not 1' },
      { path: 'classes[1].share', message: 'must be between 0 and 1' },
      { message: 'the organisation is locked' },
    ]);
    expect(grouped.get('timeZone')).toEqual(['unknown IANA time zone "Mars/Base"']);
    expect(grouped.get('hourlyCost')).toEqual(['must not be negative']);
    expect(grouped.get('')).toEqual(['the organisation is locked']);
    expect(messagesFor(grouped, 'classes')).toEqual(['shares add up to 0.9, not 1']);
    expect(messagesFor(grouped, 'classes', true)).toEqual(['shares add up to 0.9, not 1', 'must be between 0 and 1']);
    expect(messagesFor(grouped, 'classes.1.share')).toEqual(['must be between 0 and 1']);
    expect(messagesFor(grouped, 'name')).toEqual([]);
  });

  it('does not treat a field as nested in another with the same prefix', () => {
    const grouped = groupIssuesByField([{ path: 'siteIds.0', message: 'unknown site' }]);
    expect(messagesFor(grouped, 'site', true)).toEqual([]);
    expect(messagesFor(grouped, 'siteIds', true)).toEqual(['unknown site']);
  });
});

describe('mergeFieldMessages', () => {
  it('joins sources field by field without repeating a message', () => {
    const merged = mergeFieldMessages(new Map([['name', ['Name is required.']]]), new Map([['name', ['Name is required.', 'too short']], ['id', ['taken']]]));
    expect(merged.get('name')).toEqual(['Name is required.', 'too short']);
    expect(merged.get('id')).toEqual(['taken']);
  });
});

describe('readableIssuePath', () => {
  it('counts array positions from 1 for people', () => {
    expect(readableIssuePath('/sites/0/premiums/night')).toBe('sites › #1 › premiums › night');
    expect(readableIssuePath('')).toBe('(whole file)');
  });
});
