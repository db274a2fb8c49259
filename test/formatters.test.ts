/**
 * The CLI's output formats (packages/cli/src/formatters): stylish, json, sarif, junit, github
 * (gitlab: test/cli-scenarios/gitlab-format.test.ts).
 * Imported from the build (`npm run build`), like the CLI runs them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { builtinRules, lint, summarise, type Diagnostic, type Suppression } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { formatterNames, formatters, getFormatter, jsonResult } from '../packages/cli/dist/formatters/index.js';
import type { FileResult, FormatterContext } from '../packages/cli/dist/types.js';

const require = createRequire(import.meta.url);
const CWD = '/work/project';
const ctx = (over: Partial<FormatterContext> = {}): FormatterContext => ({
  cwd: CWD,
  rules: builtinRules,
  color: false,
  version: '1.2.3',
  ...over,
});

const ESC = '\u001b[';

function diag(
  over: Partial<Diagnostic> & Pick<Diagnostic, 'ruleId' | 'severity' | 'message' | 'line' | 'column'>,
): Diagnostic {
  return { endLine: over.line, endColumn: over.column + 1, offset: 0, endOffset: 1, ...over };
}

function fileResult(
  filePath: string,
  messages: Diagnostic[],
  suppressed: Suppression[] = [],
  output?: string,
): FileResult {
  const s = summarise(messages, suppressed);
  return {
    filePath,
    messages: s.messages,
    suppressed: s.suppressed,
    errorCount: s.errorCount,
    warningCount: s.warningCount,
    fixableErrorCount: s.fixableErrorCount,
    fixableWarningCount: s.fixableWarningCount,
    ...(output !== undefined ? { output } : {}),
  };
}

const syntaxError = diag({
  ruleId: 'placeholder-syntax',
  severity: 2,
  message: '"{{amount}" is missing its closing braces. Write {{amount}}.',
  messageId: 'unclosed',
  line: 16,
  column: 4,
  endColumn: 13,
  offset: 200,
  endOffset: 209,
  fix: { range: [200, 209], text: '{{amount}}' },
});
const unusedWarning = diag({
  ruleId: 'placeholder-unused',
  severity: 1,
  message: 'The variable "due_date" is declared but\nthe message never uses it.',
  messageId: 'unused',
  line: 9,
  column: 3,
  endColumn: 11,
  suggestions: [
    { messageId: 'remove', desc: 'Remove the declaration of "due_date"', fix: { range: [120, 160], text: '' } },
  ],
});
const schemaError = diag({
  ruleId: 'frontmatter-schema',
  severity: 2,
  message: 'Unknown key "chanel" in the front matter. Did you mean "channel"?',
  line: 4,
  column: 1,
  endColumn: 7,
});
const fatal = diag({ ruleId: null, severity: 2, message: 'File is too large', line: 1, column: 1, fatal: true });

const suppression: Suppression = {
  ruleId: 'placeholder-syntax',
  line: 20,
  column: 1,
  reason: 'approved by legal, LEG-42',
  directiveLine: 19,
  message: '"{x}" uses single braces.',
};

const a = fileResult(`${CWD}/templates/a.md`, [schemaError, syntaxError, unusedWarning], [suppression]);
const b = fileResult(`${CWD}/templates/b.md`, [unusedWarning]);
const clean = fileResult(`${CWD}/templates/clean.md`, []);

describe('formatter registry', () => {
  it('has the five formats of SPEC §4', () => {
    expect([...formatterNames].sort()).toEqual(['github', 'gitlab', 'json', 'junit', 'sarif', 'stylish']);
    for (const name of formatterNames) expect(getFormatter(name)).toBe(formatters[name]);
    expect(() => getFormatter('xml')).toThrow(/unknown format "xml"; use one of stylish, json, sarif, junit, github/);
  });
});

describe('stylish', () => {
  const out = formatters.stylish!([a, clean, b], ctx());

  it('groups messages under each file (relative path), skips clean files, aligns columns', () => {
    expect(out).toBe(
      [
        'templates/a.md',
        '   4:1  error    Unknown key "chanel" in the front matter. Did you mean "channel"?  frontmatter-schema',
        '  16:4  error    "{{amount}" is missing its closing braces. Write {{amount}}.  placeholder-syntax',
        '   9:3  warning  The variable "due_date" is declared but the message never uses it.  placeholder-unused',
        '',
        'templates/b.md',
        '  9:3  warning  The variable "due_date" is declared but the message never uses it.  placeholder-unused',
        '',
        '✖ 4 problems (2 errors, 2 warnings)',
        '  1 error and 0 warnings potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
  });

  it('has no colours when color is false, and colours when it is true', () => {
    expect(out).not.toContain(ESC);
    const coloured = formatters.stylish!([a], ctx({ color: true }));
    expect(coloured).toContain(ESC);
    // Same text once the escape codes are removed.
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(formatters.stylish!([a], ctx()));
  });

  it('prints nothing when there are no problems', () => {
    expect(formatters.stylish!([], ctx())).toBe('');
    expect(formatters.stylish!([clean, clean], ctx({ color: true }))).toBe('');
  });

  it('uses singular words and omits the fixable hint when nothing is fixable', () => {
    const only = fileResult(`${CWD}/x.md`, [schemaError]);
    expect(formatters.stylish!([only], ctx()).split('\n').slice(-2)).toEqual(['✖ 1 problem (1 error, 0 warnings)', '']);
  });

  it('shows paths outside the working directory in full, and fatal messages without a rule id', () => {
    const out2 = formatters.stylish!([fileResult('/elsewhere/x.md', [fatal])], ctx());
    expect(out2.split('\n').slice(0, 2)).toEqual(['/elsewhere/x.md', '  1:1  error  File is too large']);
  });
});

describe('json', () => {
  const parsed = JSON.parse(formatters.json!([a, clean], ctx())) as Record<string, unknown>[];

  it('is an array with one object per file with exactly the SPEC §4 keys plus suppressedMessages', () => {
    expect(parsed).toHaveLength(2);
    for (const file of parsed)
      expect(Object.keys(file).sort()).toEqual(
        [
          'errorCount',
          'filePath',
          'fixableErrorCount',
          'fixableWarningCount',
          'messages',
          'suppressedMessages',
          'warningCount',
        ].sort(),
      );
    expect(parsed[0]).toMatchObject({
      filePath: `${CWD}/templates/a.md`,
      errorCount: 2,
      warningCount: 1,
      fixableErrorCount: 1,
      fixableWarningCount: 0,
    });
  });

  it('messages have the ESLint keys, fix and suggestions only when present', () => {
    const messages = parsed[0]!.messages as Record<string, unknown>[];
    const base = ['column', 'endColumn', 'endLine', 'line', 'message', 'ruleId', 'severity'];
    expect(Object.keys(messages[0]!).sort()).toEqual(base);
    expect(Object.keys(messages[1]!).sort()).toEqual([...base, 'fix'].sort());
    expect(Object.keys(messages[2]!).sort()).toEqual([...base, 'suggestions'].sort());
    expect(messages[1]).toEqual({
      ruleId: 'placeholder-syntax',
      severity: 2,
      message: syntaxError.message,
      line: 16,
      column: 4,
      endLine: 16,
      endColumn: 13,
      fix: { range: [200, 209], text: '{{amount}}' },
    });
    expect(messages[2]!.suggestions).toEqual([
      { desc: 'Remove the declaration of "due_date"', fix: { range: [120, 160], text: '' } },
    ]);
  });

  it('suppressedMessages carry the directive reason (ESLint shape)', () => {
    expect(parsed[0]!.suppressedMessages).toEqual([
      {
        ruleId: 'placeholder-syntax',
        message: '"{x}" uses single braces.',
        line: 20,
        column: 1,
        suppressions: [{ kind: 'directive', justification: 'approved by legal, LEG-42', line: 19 }],
      },
    ]);
    expect(parsed[1]!.suppressedMessages).toEqual([]);
  });

  it('includes output only when there is one', () => {
    const withOutput = jsonResult(fileResult(`${CWD}/x.md`, [syntaxError], [], 'fixed text'));
    expect(withOutput.output).toBe('fixed text');
    expect('output' in jsonResult(a)).toBe(false);
  });

  it('is the empty array for no files, and null ruleId for fatal messages', () => {
    expect(formatters.json!([], ctx())).toBe('[]');
    const [f] = JSON.parse(formatters.json!([fileResult('/x.md', [fatal])], ctx())) as {
      messages: { ruleId: unknown }[];
    }[];
    expect(f!.messages[0]!.ruleId).toBeNull();
  });
});

describe('sarif', () => {
  // The SARIF 2.1.0 schema is JSON Schema draft-04.
  const ajvModule = require('ajv-draft-04') as { default?: unknown };
  const Ajv04 = (ajvModule.default ?? ajvModule) as new (options: object) => {
    compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
  };
  const formatsModule = require('ajv-formats') as { default?: unknown };
  const addFormats = (formatsModule.default ?? formatsModule) as (ajv: unknown) => unknown;
  const schema = JSON.parse(
    readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  ) as object;
  // The schema has a pattern that is not valid with the "u" flag (`^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`).
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  const real = (() => {
    const text = readFileSync(new URL('../templates/en/us-reminder-sms.md', import.meta.url), 'utf8')
      .replace('{{amount}}', '{{amount}')
      .replace('consent: { basis: contract }', 'consnt: { basis: contract }');
    const r = lint(text, { filePath: `${CWD}/us.md` });
    return fileResult(`${CWD}/us.md`, r.messages, r.suppressed);
  })();

  const logOf = (results: FileResult[]) =>
    JSON.parse(formatters.sarif!(results, ctx())) as {
      version: string;
      runs: {
        tool: { driver: { name: string; version: string; rules: Record<string, unknown>[] } };
        results: Record<string, unknown>[];
        originalUriBaseIds: Record<string, { uri: string }>;
      }[];
    };

  it('the schema validator really rejects invalid logs', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });

  const schemaErrors = (log: unknown) => (validate(log) ? [] : (validate.errors ?? []));

  it.each([
    ['no files', [] as FileResult[]],
    ['a clean file', [clean]],
    ['synthetic messages (fix, suggestion, fatal, file outside cwd)', [a, b, fileResult('/elsewhere/x.md', [fatal])]],
    ['a real lint result', [real]],
  ])('is valid SARIF 2.1.0: %s', (_name, results) => {
    const log = logOf(results);
    expect(schemaErrors(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    // The validation is not vacuous: breaking the log makes it fail.
    expect(schemaErrors({ ...log, runs: [{ ...log.runs[0], tool: {} }] })).not.toEqual([]);
  });

  it('rule tags have no duplicates (SARIF uniqueItems)', () => {
    const { rules } = logOf([]).runs[0]!.tool.driver;
    for (const r of rules) {
      const tags = (r.properties as { tags: string[] }).tags;
      expect(new Set(tags).size, String(r.id)).toBe(tags.length);
    }
  });

  it('describes every registered rule once, with helpUri and the legal basis in help', () => {
    const { driver } = logOf([a]).runs[0]!.tool;
    expect(driver).toMatchObject({ name: 'dunlint', version: '1.2.3' });
    expect(driver.rules.map((r) => r.id)).toEqual([...builtinRules.keys()]);
    let legalRules = 0;
    for (const descriptor of driver.rules) {
      const rule = builtinRules.get(descriptor.id as string)!;
      expect(descriptor.helpUri).toBe(rule.meta.docs.url);
      expect(descriptor.helpUri).toMatch(/^https:\/\/.+\/docs\/rules\/[a-z-]+\.md$/);
      const help = descriptor.help as { text: string; markdown: string };
      expect(help.text).toContain(rule.meta.docs.url);
      const laws = rule.meta.legal?.map((l) => l.law) ?? [];
      if (laws.length > 0) {
        legalRules++;
        expect(help.text).toContain(`Legal basis: ${laws.join('; ')}`);
        for (const law of laws) expect(help.markdown).toContain(`- ${law}`);
      } else {
        expect(help.text).not.toContain('Legal basis');
      }
    }
    expect(legalRules, 'some rules have a legal basis').toBeGreaterThan(0);
  });

  it('maps each message to a result with its rule index, level, region and fix', () => {
    const run = logOf([a, fileResult('/elsewhere/x.md', [fatal])]).runs[0]!;
    const ruleIds = run.tool.driver.rules.map((r) => r.id);
    expect(run.results).toHaveLength(4);
    const [schemaResult, syntaxResult, unusedResult, fatalResult] = run.results as {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: object } }[];
      fixes?: { artifactChanges: { replacements: { deletedRegion: object; insertedContent: object }[] }[] }[];
    }[];
    expect(ruleIds[schemaResult!.ruleIndex!]).toBe('frontmatter-schema');
    expect(schemaResult!.level).toBe('error');
    expect(unusedResult!.level).toBe('warning');
    expect(syntaxResult!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'templates/a.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 16, startColumn: 4, endLine: 16, endColumn: 13 },
    });
    expect(syntaxResult!.fixes![0]!.artifactChanges[0]!.replacements).toEqual([
      { deletedRegion: { charOffset: 200, charLength: 9 }, insertedContent: { text: '{{amount}}' } },
    ]);
    expect(schemaResult!.fixes).toBeUndefined();
    expect(fatalResult!.ruleId).toBe('dunlint/fatal');
    expect(fatalResult!.ruleIndex).toBeUndefined();
    expect(fatalResult!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/x.md' });
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${CWD}/`);
  });
});

/** A minimal, strict XML 1.0 well-formedness check: balanced tags, quoted attributes, only the five entities. */
function checkXml(xml: string): { name: string; attrs: Record<string, string>; text: string }[] {
  const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const checkText = (s: string, where: string) => {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s)) throw new Error(`control character in ${where}`);
    for (let i = s.indexOf('&'); i !== -1; i = s.indexOf('&', i + 1)) {
      ENTITY.lastIndex = i;
      if (!ENTITY.test(s)) throw new Error(`bare "&" in ${where}: ${s.slice(i, i + 10)}`);
    }
    if (s.includes('<')) throw new Error(`bare "<" in ${where}`);
  };
  if (!xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')) throw new Error('no XML declaration');
  const elements: { name: string; attrs: Record<string, string>; text: string }[] = [];
  const stack: { name: string; attrs: Record<string, string>; text: string }[] = [];
  const TAG = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"]*")*)\s*(\/?)>/y;
  let i = xml.indexOf('?>') + 2;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    checkText(text, 'text');
    if (stack.length > 0) stack[stack.length - 1]!.text += unescape(text);
    else if (text.trim() !== '') throw new Error('text outside the root element');
    if (lt === -1) break;
    TAG.lastIndex = lt;
    const m = TAG.exec(xml);
    if (!m) throw new Error(`malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`);
    const [, close, name, rawAttrs, selfClosing] = m;
    if (close) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
    } else {
      const attrs: Record<string, string> = {};
      for (const [, key, value] of rawAttrs!.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
        if (key! in attrs) throw new Error(`duplicate attribute ${key}`);
        checkText(value!, `attribute ${key}`);
        attrs[key!] = unescape(value!);
      }
      const el = { name: name!, attrs, text: '' };
      elements.push(el);
      if (!selfClosing) stack.push(el);
    }
    i = TAG.lastIndex;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  return elements;
}

describe('junit', () => {
  it('the XML check really rejects broken XML', () => {
    const head = '<?xml version="1.0" encoding="utf-8"?>\n';
    expect(() => checkXml(`${head}<a><b></a>`)).toThrow(/closes/);
    expect(() => checkXml(`${head}<a x="1 & 2"/>`)).toThrow(/bare "&"/);
    expect(() => checkXml(`${head}<a>1 < 2</a>`)).toThrow(/malformed tag|bare "<"/);
    expect(() => checkXml(`${head}<a>\u0001</a>`)).toThrow(/control character/);
    expect(() => checkXml(`${head}<a>`)).toThrow(/unclosed/);
    expect(checkXml(`${head}<a x="&lt;&amp;">t &gt; &#38;</a>`)).toEqual([
      { name: 'a', attrs: { x: '<&' }, text: 't > &#38;' },
    ]);
  });

  it('is well-formed: one suite per file, one failing case per message, a passing case for a clean file', () => {
    const elements = checkXml(formatters.junit!([a, clean], ctx()));
    expect(elements.map((e) => e.name)).toEqual([
      'testsuites',
      'testsuite',
      ...['testcase', 'failure', 'testcase', 'failure', 'testcase', 'failure'],
      'testsuite',
      'testcase',
    ]);
    const suites = elements.filter((e) => e.name === 'testsuite');
    expect(suites.map((s) => [s.attrs.name, s.attrs.tests, s.attrs.failures])).toEqual([
      ['templates/a.md', '3', '3'],
      ['templates/clean.md', '1', '0'],
    ]);
    const failures = elements.filter((e) => e.name === 'failure');
    expect(failures.map((f) => f.attrs.type)).toEqual(['error', 'error', 'warning']);
    expect(failures[0]!.attrs.message).toBe(schemaError.message);
    expect(failures[0]!.text).toBe(`error templates/a.md:4:1 ${schemaError.message} (frontmatter-schema)`);
  });

  it('escapes markup, quotes and ampersands in names, attributes and text, and drops control characters', () => {
    const nasty = diag({
      ruleId: 'placeholder-syntax',
      severity: 2,
      message: `Don't write <b>"{x}"</b> & co.\u0007\u001b[31m`,
      line: 2,
      column: 3,
    });
    const xml = formatters.junit!([fileResult(`${CWD}/a&b <"c">'.md`, [nasty])], ctx());
    expect(xml).not.toContain('\u0007');
    expect(xml).not.toContain('\u001b');
    expect(xml).toContain('&lt;b&gt;&quot;{x}&quot;&lt;/b&gt; &amp; co.');
    const elements = checkXml(xml);
    const suite = elements.find((e) => e.name === 'testsuite')!;
    expect(suite.attrs.name).toBe(`a&b <"c">'.md`);
    const failure = elements.find((e) => e.name === 'failure')!;
    expect(failure.attrs.message).toBe(`Don't write <b>"{x}"</b> & co.[31m`);
    expect(failure.text).toContain(`a&b <"c">'.md:2:3 Don't write <b>"{x}"</b> & co.[31m (placeholder-syntax)`);
  });

  it('is an empty suite list for no files', () => {
    expect(checkXml(formatters.junit!([], ctx())).map((e) => e.name)).toEqual(['testsuites']);
  });
});

describe('github', () => {
  /** The inverse of actions/toolkit's escaping. */
  const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const COMMAND = /^::(error|warning) ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*)::(.*)$/;

  const parse = (line: string) => {
    const m = COMMAND.exec(line);
    if (!m) throw new Error(`not a workflow command: ${line}`);
    const props = Object.fromEntries(
      m[2]!.split(',').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]),
    );
    return { command: m[1], props, data: m[3]! };
  };

  it('writes one annotation per message and a summary line', () => {
    const lines = formatters.github!([a, clean], ctx()).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe('dunlint: 3 problems (2 errors, 1 warning)');
    const commands = lines.slice(0, -2).map(parse);
    expect(commands.map((c) => c.command)).toEqual(['error', 'error', 'warning']);
    expect(commands[1]!.props).toEqual({
      file: 'templates/a.md',
      line: '16',
      col: '4',
      endLine: '16',
      endColumn: '13',
      title: `dunlint (placeholder-syntax)`,
    });
  });

  it('escapes %, CR and LF in the message, and also "," and ":" in properties', () => {
    const message = 'Pay 100% now,\r\nor else: really';
    const file = `${CWD}/odd, name: 50%.md`;
    const out = formatters.github!(
      [fileResult(file, [diag({ ruleId: null, severity: 1, message, line: 1, column: 1 })])],
      ctx(),
    );
    const first = out.split('\n')[0]!;
    expect(first).toBe(
      '::warning file=odd%2C name%3A 50%25.md,line=1,col=1,endLine=1,endColumn=2,title=dunlint (fatal)::Pay 100%25 now,%0D%0Aor else: really',
    );
    const { props, data } = parse(first);
    expect(unescapeData(data)).toBe(message);
    expect(unescapeProperty(props.file!)).toBe('odd, name: 50%.md');
    expect(out.split('\n')).toHaveLength(3); // the annotation, the summary, the final newline
  });

  it('prints nothing when there are no problems', () => {
    expect(formatters.github!([clean], ctx())).toBe('');
    expect(formatters.github!([], ctx())).toBe('');
  });
});
