/**
 * Letters and digits, as explicit ranges rather than \p{L}\p{N}: the content view is lower-cased and
 * accent-free, and Unicode property classes make V8 compile every regular expression far more slowly
 * (hundreds of milliseconds for a large lexicon), so the expressions are built without the `u` flag.
 * Latin (with ß, æ, ø… that folding keeps), Greek to Ethiopic and the Asian scripts are covered;
 * general punctuation (U+2000–U+206F), ¿ ¡ « » and symbols are not letters.
 */
export const WORD_CHARS =
  'a-zA-Z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u1fff\\u2c00-\\u2dff\\u3040-\\ud7ff';

/** Stands for WORD_CHARS in precompiled regular-expression sources (it would otherwise be most of their size). */
export const WORD_CHARS_MARK = '\u0001';
