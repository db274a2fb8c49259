export type { FileResult, Formatter, FormatterContext } from './types.js';
