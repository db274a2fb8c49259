/**
 * Linear-time matching for patterns that come from the user's configuration (team lexicons, the
 * `extraTerms` of no-insult). A pattern is compiled by `patterns.ts` to a JavaScript regular
 * expression; V8 runs those by backtracking, and a hostile pattern ("- - - - … - zzz" on a line of
 * dashes) can then run for longer than anyone will wait. `LinearRegExp` runs the very same expression
 * on an automaton instead: a Pike VM (Thompson's NFA simulation with capture slots, as in RE2), which
 * reads each character of the text once per search and keeps at most one thread per instruction, so a
 * search costs at most (text length × program size) steps, whatever the pattern. Threads are kept in
 * priority order, so the match (and its groups) is the one a backtracking engine finds first —
 * leftmost, then by the order of alternatives and the greediness of quantifiers — and the test suite
 * checks that it finds exactly what V8 finds on every built-in lexicon.
 *
 * Why not re2js: it has no look-aheads, and the pattern language needs them (a word must not be
 * followed by a letter, a number by a digit); its look-behinds run a separate automaton per
 * look-behind over the whole text, which made ordinary team patterns 100–1,000 times slower than V8
 * (50–100 ms per pattern on a short template, seconds on 20 KB). Every look-around the pattern
 * language generates reads a fixed number of characters next to the position, so here it is a
 * constant-time check of those characters.
 *
 * Only the regular-expression subset that `patterns.ts` and `inflect.ts` generate is accepted
 * (characters, classes, `\d \s \w`, groups, named groups, alternation, greedy and lazy quantifiers,
 * fixed-length look-arounds, `^`, `$`); anything else throws, so a new construct in the pattern
 * compiler fails the test suite rather than matching differently. Like V8 without the `u` flag, the
 * text is read as UTF-16 code units.
 */

type Range = [number, number];
type Node =
  | { t: 'char'; c: number }
  | { t: 'class'; negated: boolean; ranges: Range[] }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; capture: boolean; name?: string; body: Node }
  | { t: 'look'; ahead: boolean; negative: boolean; body: Node }
  | { t: 'repeat'; body: Node; min: number; max: number; lazy: boolean }
  | { t: 'bol' }
  | { t: 'eol' };

/** What JavaScript's `\s` matches. */
const SPACE: Range[] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const DIGIT: Range[] = [[0x30, 0x39]];
const WORD: Range[] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
const LINE_END: Range[] = [
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
];

/** The most instructions a program may have (a pattern that needs more is refused when it is loaded). */
export const MAX_PROGRAM_SIZE = 50_000;

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) this.fail(`unexpected "${this.src[this.i]}"`);
    return node;
  }

  private fail(message: string): never {
    throw new Error(`cannot run this expression in linear time: ${message} (at ${this.i})`);
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  private quantified(node: Node): Node {
    const s = this.src;
    let min: number;
    let max: number;
    const ch = s[this.i];
    if (ch === '*' || ch === '+' || ch === '?') {
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Infinity;
      this.i++;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return node; // a literal "{", as in V8 without the u flag
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
    } else {
      return node;
    }
    if (node.t === 'look' || node.t === 'bol' || node.t === 'eol') this.fail('a quantified assertion');
    const lazy = s[this.i] === '?';
    if (lazy) this.i++;
    return { t: 'repeat', body: node, min, max, lazy };
  }

  private atom(): Node {
    const s = this.src;
    const ch = s[this.i]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape(false) as Node;
    this.i++;
    if (ch === '.') return { t: 'class', negated: true, ranges: LINE_END };
    if (ch === '^') return { t: 'bol' };
    if (ch === '$') return { t: 'eol' };
    if (ch === '*' || ch === '+' || ch === '?') this.fail('a quantifier without an operand');
    return { t: 'char', c: ch.charCodeAt(0) };
  }

  private group(): Node {
    const s = this.src;
    let node: (body: Node) => Node;
    const rest = s.slice(this.i);
    let m: RegExpExecArray | null;
    if (rest.startsWith('(?:')) {
      this.i += 3;
      node = (body) => ({ t: 'group', capture: false, body });
    } else if ((m = /^\(\?(<?)([=!])/.exec(rest))) {
      this.i += m[0].length;
      const ahead = m[1] === '';
      const negative = m[2] === '!';
      node = (body) => ({ t: 'look', ahead, negative, body });
    } else if ((m = /^\(\?<([A-Za-z_$][\w$\u0080-\uffff]*)>/.exec(rest))) {
      this.i += m[0].length;
      const name = m[1]!;
      node = (body) => ({ t: 'group', capture: true, name, body });
    } else if (rest.startsWith('(?')) {
      this.fail('an unsupported group');
    } else {
      this.i += 1;
      node = (body) => ({ t: 'group', capture: true, body });
    }
    const body = this.alternation();
    if (s[this.i] !== ')') this.fail('a missing ")"');
    this.i++;
    return node(body);
  }

  /** An escape; inside a class, `\b` is a backspace and the result may be a set of ranges. */
  private escape(inClass: boolean): Node | Range[] {
    const s = this.src;
    const next = s[this.i + 1];
    if (next === undefined) this.fail('a trailing "\\"');
    this.i += 2;
    const set = (ranges: Range[], negated: boolean): Node | Range[] => {
      if (!inClass) return { t: 'class', negated, ranges };
      if (negated) this.fail(`"\\${next}" inside a class`);
      return ranges;
    };
    switch (next) {
      case 'd':
        return set(DIGIT, false);
      case 'D':
        return set(DIGIT, true);
      case 's':
        return set(SPACE, false);
      case 'S':
        return set(SPACE, true);
      case 'w':
        return set(WORD, false);
      case 'W':
        return set(WORD, true);
      case 'n':
        return this.unit(0x0a, inClass);
      case 'r':
        return this.unit(0x0d, inClass);
      case 't':
        return this.unit(0x09, inClass);
      case 'f':
        return this.unit(0x0c, inClass);
      case 'v':
        return this.unit(0x0b, inClass);
      case '0':
        return this.unit(0, inClass);
      case 'u':
      case 'x': {
        const len = next === 'u' ? 4 : 2;
        const hex = s.slice(this.i, this.i + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) this.fail(`a malformed "\\${next}" escape`);
        this.i += len;
        return this.unit(parseInt(hex, 16), inClass);
      }
      default:
        if (/[A-Za-z0-9]/.test(next!)) this.fail(`the escape "\\${next}"`);
        return this.unit(next!.charCodeAt(0), inClass);
    }
  }

  private unit(c: number, inClass: boolean): Node | Range[] {
    return inClass ? [[c, c]] : { t: 'char', c };
  }

  private charClass(): Node {
    const s = this.src;
    this.i++;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const ranges: Range[] = [];
    const single = (): Range[] => {
      if (s[this.i] === '\\') return this.escape(true) as Range[];
      const c = s.charCodeAt(this.i);
      this.i++;
      return [[c, c]];
    };
    while (this.i < s.length && s[this.i] !== ']') {
      const first = single();
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length && first.length === 1) {
        const [lo] = first[0]!;
        if (first[0]![0] === first[0]![1]) {
          this.i++;
          const second = single();
          if (second.length !== 1 || second[0]![0] !== second[0]![1]) this.fail('a range ending in a class');
          const hi = second[0]![0];
          if (hi < lo) this.fail('a range out of order');
          ranges.push([lo, hi]);
          continue;
        }
      }
      ranges.push(...first);
    }
    if (s[this.i] !== ']') this.fail('a missing "]"');
    this.i++;
    return { t: 'class', negated, ranges };
  }
}

/** A set of UTF-16 code units: a table for ASCII, sorted ranges for the rest. */
class CharSet {
  private readonly ascii = new Uint8Array(128);
  private readonly lo: number[] = [];
  private readonly hi: number[] = [];

  constructor(readonly ranges: readonly Range[]) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    for (const [a, b] of sorted) {
      for (let c = a; c <= Math.min(b, 127); c++) this.ascii[c] = 1;
      if (b < 128) continue;
      const from = Math.max(a, 128);
      const last = this.hi.length - 1;
      if (last >= 0 && from <= this.hi[last]! + 1) this.hi[last] = Math.max(this.hi[last]!, b);
      else {
        this.lo.push(from);
        this.hi.push(b);
      }
    }
  }

  /** The positive ranges of a (possibly negated) class. */
  static of(negated: boolean, ranges: readonly Range[]): CharSet {
    if (!negated) return new CharSet(ranges);
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out: Range[] = [];
    let next = 0;
    for (const [a, b] of sorted) {
      if (a > next) out.push([next, a - 1]);
      next = Math.max(next, b + 1);
    }
    if (next <= 0xffff) out.push([next, 0xffff]);
    return new CharSet(out);
  }

  has(c: number): boolean {
    if (c < 128) return this.ascii[c] === 1;
    const { lo, hi } = this;
    let l = 0;
    let h = lo.length - 1;
    while (l <= h) {
      const m = (l + h) >> 1;
      if (c < lo[m]!) h = m - 1;
      else if (c > hi[m]!) l = m + 1;
      else return true;
    }
    return false;
  }
}

/** A zero-width check of the characters next to a position. */
type Assertion =
  { kind: 'bol' } | { kind: 'eol' } | { kind: 'look'; behind: boolean; negative: boolean; alternatives: CharSet[][] };

const enum Op {
  /** Consume one code unit of set `a`. */
  Set,
  /** Continue at `a` (preferred) and at `b`. */
  Split,
  Jmp,
  /** Record the position in capture slot `a`. */
  Save,
  /** Continue only when assertion `a` holds. */
  Assert,
  Match,
}

interface Program {
  op: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  sets: CharSet[];
  assertions: Assertion[];
  /** Capture slots: 0/1 the match, then two per capturing group. */
  slots: number;
  /** Named groups and their group number (1-based). */
  names: [string, number][];
  /** The code units a match can start with, or `undefined` when a match may be empty. */
  first: CharSet | undefined;
}

function tooLarge(): never {
  throw new Error(`it is too large (more than ${MAX_PROGRAM_SIZE} instructions)`);
}

/** Fixed-length alternatives of a look-around body (each a sequence of character sets). */
function lookSequences(node: Node): CharSet[][] {
  switch (node.t) {
    case 'char':
      return [[new CharSet([[node.c, node.c]])]];
    case 'class':
      return [[CharSet.of(node.negated, node.ranges)]];
    case 'group':
      if (node.capture) throw new Error('cannot run this expression in linear time: a group inside a look-around');
      return lookSequences(node.body);
    case 'alt':
      return node.alts.flatMap(lookSequences);
    case 'seq': {
      let out: CharSet[][] = [[]];
      for (const item of node.items) {
        const next = lookSequences(item);
        out = out.flatMap((prefix) => next.map((tail) => [...prefix, ...tail]));
        if (out.length > 64) throw new Error('cannot run this expression in linear time: a look-around too complex');
      }
      return out;
    }
    default:
      throw new Error(`cannot run this expression in linear time: a look-around containing "${node.t}"`);
  }
}

function compile(ast: Node): Program {
  const op: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const sets: CharSet[] = [];
  const setIndex = new Map<string, number>();
  const assertions: Assertion[] = [];
  const names: [string, number][] = [];
  let groups = 0;
  const emit = (o: Op, x = 0, y = 0): number => {
    if (op.length >= MAX_PROGRAM_SIZE) tooLarge();
    op.push(o);
    a.push(x);
    b.push(y);
    return op.length - 1;
  };
  const set = (key: string, make: () => CharSet): number => {
    let i = setIndex.get(key);
    if (i === undefined) {
      i = sets.push(make()) - 1;
      setIndex.set(key, i);
    }
    return i;
  };
  const gen = (node: Node): void => {
    switch (node.t) {
      case 'char':
        emit(
          Op.Set,
          set(`c${node.c}`, () => new CharSet([[node.c, node.c]])),
        );
        return;
      case 'class':
        emit(
          Op.Set,
          set(`${node.negated ? '^' : ''}${JSON.stringify(node.ranges)}`, () => CharSet.of(node.negated, node.ranges)),
        );
        return;
      case 'seq':
        for (const item of node.items) gen(item);
        return;
      case 'alt': {
        const jumps: number[] = [];
        node.alts.forEach((alt, i) => {
          if (i < node.alts.length - 1) {
            const split = emit(Op.Split);
            a[split] = op.length;
            gen(alt);
            jumps.push(emit(Op.Jmp));
            b[split] = op.length;
          } else {
            gen(alt);
          }
        });
        for (const j of jumps) a[j] = op.length;
        return;
      }
      case 'group': {
        if (!node.capture) return gen(node.body);
        const g = ++groups;
        if (node.name !== undefined) names.push([node.name, g]);
        emit(Op.Save, 2 * g);
        gen(node.body);
        emit(Op.Save, 2 * g + 1);
        return;
      }
      case 'look':
        assertions.push({
          kind: 'look',
          behind: !node.ahead,
          negative: node.negative,
          alternatives: lookSequences(node.body),
        });
        emit(Op.Assert, assertions.length - 1);
        return;
      case 'bol':
      case 'eol':
        assertions.push({ kind: node.t });
        emit(Op.Assert, assertions.length - 1);
        return;
      case 'repeat': {
        const { body, min, max, lazy } = node;
        for (let i = 0; i < min; i++) gen(body);
        const prefer = (split: number, bodyAt: number, exitAt: number) => {
          a[split] = lazy ? exitAt : bodyAt;
          b[split] = lazy ? bodyAt : exitAt;
        };
        if (max === Infinity) {
          const split = emit(Op.Split);
          gen(body);
          const jmp = emit(Op.Jmp, split);
          a[jmp] = split;
          prefer(split, split + 1, op.length);
          return;
        }
        // x{0,3} is (x(x(x)?)?)?: once an optional copy is skipped, the following ones are too.
        const splits: number[] = [];
        for (let i = min; i < max; i++) {
          splits.push(emit(Op.Split));
          gen(body);
        }
        for (const split of splits) prefer(split, split + 1, op.length);
        return;
      }
    }
  };
  emit(Op.Save, 0);
  gen(ast);
  emit(Op.Save, 1);
  emit(Op.Match);
  const program: Program = {
    op: Uint8Array.from(op),
    a: Int32Array.from(a),
    b: Int32Array.from(b),
    sets,
    assertions,
    slots: 2 * (groups + 1),
    names,
    first: undefined,
  };
  program.first = firstSet(program);
  return program;
}

/** The code units a match can start with (assertions assumed to hold), or `undefined` if a match can be empty. */
function firstSet(p: Program): CharSet | undefined {
  const seen = new Uint8Array(p.op.length);
  const stack = [0];
  const ranges: Range[] = [];
  while (stack.length > 0) {
    const pc = stack.pop()!;
    if (seen[pc]) continue;
    seen[pc] = 1;
    switch (p.op[pc]) {
      case Op.Match:
        return undefined;
      case Op.Set:
        ranges.push(...p.sets[p.a[pc]!]!.ranges);
        break;
      case Op.Split:
        stack.push(p.b[pc]!, p.a[pc]!);
        break;
      case Op.Jmp:
        stack.push(p.a[pc]!);
        break;
      default:
        stack.push(pc + 1);
    }
  }
  return new CharSet(ranges);
}

function holds(assertion: Assertion, text: string, pos: number): boolean {
  if (assertion.kind === 'bol') return pos === 0;
  if (assertion.kind === 'eol') return pos === text.length;
  let found = false;
  for (const seq of assertion.alternatives) {
    const from = assertion.behind ? pos - seq.length : pos;
    if (from < 0 || from + seq.length > text.length) continue;
    let ok = true;
    for (let i = 0; i < seq.length && ok; i++) ok = seq[i]!.has(text.charCodeAt(from + i));
    if (ok) {
      found = true;
      break;
    }
  }
  return found !== assertion.negative;
}

/**
 * The state of a search, allocated once per expression: two priority-ordered thread lists (program
 * counters and their capture slots) and the stack of `addThread`.
 */
class Machine {
  private pcs: Int32Array;
  private caps: number[][];
  private count = 0;
  private nextPcs: Int32Array;
  private nextCaps: number[][];
  private nextCount = 0;
  /** `mark[pc] === generation`: the instruction is already in the list being built. */
  private readonly mark: Int32Array;
  private generation = 0;
  private readonly stackPc: number[] = [];
  private readonly stackCaps: number[][] = [];
  private readonly none: number[];
  /** Instructions visited since `budget` was last set; a search stops when it passes the budget. */
  steps = 0;
  budget = Infinity;

  constructor(private readonly p: Program) {
    const size = p.op.length;
    this.pcs = new Int32Array(size);
    this.nextPcs = new Int32Array(size);
    this.caps = new Array<number[]>(size);
    this.nextCaps = new Array<number[]>(size);
    this.mark = new Int32Array(size);
    this.none = new Array<number>(p.slots).fill(-1);
  }

  /**
   * Adds a thread at `pc` to the next list, with everything reachable from it without consuming a
   * character, in priority order; only threads waiting on a character (or matching) are kept.
   */
  private add(pc0: number, caps0: number[], text: string, pos: number): void {
    const { p, mark, stackPc, stackCaps, generation } = this;
    stackPc.push(pc0);
    stackCaps.push(caps0);
    while (stackPc.length > 0) {
      const pc = stackPc.pop()!;
      const caps = stackCaps.pop()!;
      if (mark[pc] === generation) continue;
      mark[pc] = generation;
      this.steps++;
      switch (p.op[pc]) {
        case Op.Jmp:
          stackPc.push(p.a[pc]!);
          stackCaps.push(caps);
          break;
        case Op.Split:
          stackPc.push(p.b[pc]!, p.a[pc]!);
          stackCaps.push(caps, caps);
          break;
        case Op.Save: {
          const copy = caps.slice();
          copy[p.a[pc]!] = pos;
          stackPc.push(pc + 1);
          stackCaps.push(copy);
          break;
        }
        case Op.Assert:
          if (holds(p.assertions[p.a[pc]!]!, text, pos)) {
            stackPc.push(pc + 1);
            stackCaps.push(caps);
          }
          break;
        default:
          this.nextPcs[this.nextCount] = pc;
          this.nextCaps[this.nextCount++] = caps;
      }
    }
  }

  /** Makes the list being built the current one and starts a new one. */
  private swap(): void {
    const pcs = this.pcs;
    this.pcs = this.nextPcs;
    this.nextPcs = pcs;
    const caps = this.caps;
    this.caps = this.nextCaps;
    this.nextCaps = caps;
    this.count = this.nextCount;
    this.nextCount = 0;
    this.generation++;
  }

  /**
   * The leftmost-first match at or after `from`: its capture slots, or `undefined`. Each position
   * costs at most one step per instruction. `anyMatch`: stop at the first match found (for `test`).
   */
  search(text: string, from: number, anyMatch: boolean): number[] | undefined {
    const { p } = this;
    const n = text.length;
    this.count = 0;
    this.nextCount = 0;
    this.generation++;
    let matched: number[] | undefined;
    for (let pos = from; pos <= n; pos++) {
      // The list for `pos` is being built: first the threads that came from `pos - 1`, then
      // (lowest priority) a new thread starting here, until a match is found.
      if (matched === undefined) {
        if (this.nextCount === 0 && p.first) {
          // Nothing in progress: jump to the next character a match can start with.
          while (pos < n && !p.first.has(text.charCodeAt(pos))) pos++;
          if (pos >= n) break;
        }
        this.add(0, this.none, text, pos);
      }
      this.swap();
      if (this.count === 0) {
        if (matched !== undefined) break;
        continue;
      }
      if (this.steps > this.budget) {
        this.stackPc.length = 0;
        this.stackCaps.length = 0;
        return undefined;
      }
      const c = pos < n ? text.charCodeAt(pos) : -1;
      const { pcs, caps, count } = this;
      for (let i = 0; i < count; i++) {
        const pc = pcs[i]!;
        if (p.op[pc] === Op.Match) {
          matched = caps[i]!;
          if (anyMatch) return matched;
          break; // the threads after this one have lower priority
        }
        if (c >= 0 && p.sets[p.a[pc]!]!.has(c)) this.add(pc + 1, caps[i]!, text, pos + 1);
      }
    }
    return matched;
  }
}

/** The part of `RegExpExecArray` that the phrase matcher reads. */
export interface LinearMatch extends Array<string> {
  0: string;
  index: number;
  input: string;
  groups: Record<string, string | undefined> | undefined;
}

/**
 * A regular expression of the pattern language that runs in linear time, with the part of the
 * `RegExp` interface the phrase matcher uses: `exec`, `test`, `lastIndex`, `source`, and the `g`
 * flag. Throws on construction when the expression uses a construct outside the supported subset or
 * needs more than `MAX_PROGRAM_SIZE` instructions.
 */
export class LinearRegExp {
  lastIndex = 0;
  readonly global: boolean;
  private readonly program: Program;
  private machine: Machine | undefined;

  constructor(
    readonly source: string,
    flags = '',
  ) {
    if (!/^g?$/.test(flags)) throw new Error(`unsupported flags "${flags}"`);
    this.global = flags === 'g';
    this.program = compile(new Parser(source).parse());
  }

  exec(text: string): LinearMatch | null {
    const from = this.global ? this.lastIndex : 0;
    const machine = (this.machine ??= new Machine(this.program));
    if (from === 0) {
      // One search costs at most (length + 1) × 3 × program size steps. Finding every match of a
      // global expression usually costs about as much in all, but a high-priority alternative that
      // keeps reading ahead could make each search re-read the rest of the text: the whole loop gets
      // a few searches' worth of steps, then reports no further match.
      machine.steps = 0;
      machine.budget = 4 * 3 * (text.length + 1) * this.program.op.length + 100_000;
    }
    const caps = from > text.length ? undefined : machine.search(text, from, false);
    if (!caps) {
      if (this.global) this.lastIndex = 0;
      return null;
    }
    const [start, end] = [caps[0]!, caps[1]!];
    const result = [text.slice(start, end)] as LinearMatch;
    result.index = start;
    result.input = text;
    result.groups = undefined;
    if (this.program.names.length > 0) {
      const groups: Record<string, string | undefined> = {};
      for (const [name, g] of this.program.names) {
        const s = caps[2 * g]!;
        const e = caps[2 * g + 1]!;
        groups[name] = s < 0 || e < 0 ? undefined : text.slice(s, e);
      }
      result.groups = groups;
    }
    if (this.global) this.lastIndex = end;
    return result;
  }

  test(text: string): boolean {
    if (this.global) return this.exec(text) !== null;
    const machine = (this.machine ??= new Machine(this.program));
    machine.budget = Infinity;
    return machine.search(text, 0, true) !== undefined;
  }
}
