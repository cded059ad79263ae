export * from './history-csv.types';
export * from './history-csv';
export * from './local-timestamp.util';
export { decodeUtf8, type DecodedText } from './utf8-text.util';
