import { parse } from 'csv-parse/sync';
import { spreadsheetSafeCell, toSpreadsheetSafeCsv } from './csv-export';

describe('spreadsheet-safe CSV', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+SUM(A1:A9)', "'+SUM(A1:A9)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "'\rCR"],
  ])('neutralises a cell starting a formula: %j', (text, safe) => {
    expect(spreadsheetSafeCell(text)).toBe(safe);
  });

  it.each(['Li Wei', '-3.5', '+2e3', '2027-01-11', 'amazon-us|amazon-uk', ''])('leaves ordinary text and plain numbers as they are: %j', (text) => {
    expect(spreadsheetSafeCell(text)).toBe(text);
  });

  it('writes every text cell safe and numbers unchanged, and the file still parses to the same cells', () => {
    const csv = toSpreadsheetSafeCsv([['agent', 'hours'], ['=1+1', -4], ['@SUM(1)', 8.5]], { record_delimiter: '\n' });
    expect(parse(csv)).toEqual([['agent', 'hours'], ["'=1+1", '-4'], ["'@SUM(1)", '8.5']]);
  });
});
