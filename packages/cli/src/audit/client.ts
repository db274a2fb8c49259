/// <reference lib="dom" />
/**
 * The audit report's inline script. `html.ts` inlines `auditReportApp.toString()` and calls it, so
 * this function must be self-contained: it may use nothing from outside its own body (type-only
 * imports are fine; they are erased). It reads the data embedded once in the page and renders the
 * lists (paginated) from it, and applies the filters to the totals, the charts and the lists.
 * Every piece of template text goes into the page through `textContent`, never as HTML.
 */
import type { PageData, PageFinding, PageSuppression, PageTemplate } from './page-data.js';

export function auditReportApp(): void {
  const dataElement = document.getElementById('audit-data');
  if (!dataElement) return;
  const data = JSON.parse(dataElement.textContent || '{}') as PageData;
  const PAGE = data.page.size;

  type TemplateDim = 'jurisdiction' | 'language' | 'channel' | 'stage';
  type Dim = 'category' | 'rule' | TemplateDim;
  const FILTERS = [
    'category',
    'rule',
    'severity',
    'jurisdiction',
    'language',
    'channel',
    'stage',
    'file',
    'q',
  ] as const;
  type FilterKey = (typeof FILTERS)[number];
  const filters = Object.fromEntries(FILTERS.map((k) => [k, ''])) as Record<FilterKey, string>;
  const pages = { templates: 0, findings: 0, suppressions: 0 };
  let printing = false;

  const byId = (id: string): HTMLElement | null => document.getElementById(id);
  const make = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className?: string,
    text?: string | number,
  ): HTMLElementTagNameMap[K] => {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = String(text);
    return e;
  };
  const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  const fold = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const label = (dim: Dim, key: string): string =>
    dim === 'rule' ? key : ((data.labels[dim] as Record<string, string> | undefined)?.[key] ?? key);
  const categoryOf = (rule: string): string => data.rules[rule]?.c ?? 'internal';
  const templateValue = (t: PageTemplate, dim: TemplateDim): string =>
    dim === 'jurisdiction' ? t.j : dim === 'language' ? t.l : dim === 'channel' ? t.c : t.s;
  const findingValue = (f: PageFinding, dim: Dim): string =>
    dim === 'rule' ? f.r : dim === 'category' ? categoryOf(f.r) : templateValue(data.templates[f.t]!, dim);

  // Free-text search haystacks, built on first use (accents and case do not matter).
  let findingText: string[] | undefined;
  let suppressionText: string[] | undefined;
  const templateText = (t: PageTemplate): string => `${t.f} ${t.id}`;
  const textOfFinding = (i: number): string => {
    findingText ??= data.findings.map((f) => fold(`${templateText(data.templates[f.t]!)} ${f.r} ${f.m} ${f.x[1]}`));
    return findingText[i]!;
  };
  const textOfSuppression = (i: number): string => {
    suppressionText ??= data.suppressions.map((s) =>
      fold(`${templateText(data.templates[s.t]!)} ${s.r} ${s.why} ${s.d} ${s.m}`),
    );
    return suppressionText[i]!;
  };

  const suppressedPerTemplate = data.templates.map(() => 0);
  for (const s of data.suppressions) suppressedPerTemplate[s.t]!++;

  interface View {
    /** Templates that pass the template filters. */
    inScope: boolean[];
    scopeCount: number;
    findings: PageFinding[];
    suppressions: PageSuppression[];
    /** Per template: [errors, warnings] among the filtered findings. */
    counts: [number, number][];
    /** Template indices to list, ranked by filtered errors then warnings. */
    templates: number[];
    findingFilter: boolean;
  }

  function compute(): View {
    const inScope = data.templates.map(
      (t) =>
        (!filters.jurisdiction || t.j === filters.jurisdiction) &&
        (!filters.language || t.l === filters.language) &&
        (!filters.channel || t.c === filters.channel) &&
        (!filters.stage || t.s === filters.stage) &&
        (!filters.file || t.f === filters.file),
    );
    const q = fold(filters.q.trim());
    const severity = filters.severity === 'error' ? 2 : filters.severity === 'warning' ? 1 : 0;
    const ruleOk = (r: string): boolean =>
      (!filters.rule || r === filters.rule) && (!filters.category || categoryOf(r) === filters.category);
    const findings = data.findings.filter(
      (f, i) => inScope[f.t] && ruleOk(f.r) && (!severity || f.v === severity) && (!q || textOfFinding(i).includes(q)),
    );
    const suppressions = data.suppressions.filter(
      (s, i) => inScope[s.t] && ruleOk(s.r) && (!q || textOfSuppression(i).includes(q)),
    );
    const counts = data.templates.map((): [number, number] => [0, 0]);
    for (const f of findings) counts[f.t]![f.v === 2 ? 0 : 1]++;
    const findingFilter = Boolean(filters.rule || filters.category || severity || q);
    const templates: number[] = [];
    inScope.forEach((ok, i) => {
      if (ok && (!findingFilter || counts[i]![0] + counts[i]![1] > 0)) templates.push(i);
    });
    templates.sort((a, b) => counts[b]![0] - counts[a]![0] || counts[b]![1] - counts[a]![1] || a - b);
    return {
      inScope,
      scopeCount: inScope.filter(Boolean).length,
      findings,
      suppressions,
      counts,
      templates,
      findingFilter,
    };
  }

  // ---- totals ---------------------------------------------------------------------------------
  function setText(selector: string, text: string | number): void {
    document.querySelectorAll(selector).forEach((e) => (e.textContent = String(text)));
  }

  function renderTotals(v: View): void {
    const withFindings = v.counts.filter((c, i) => v.inScope[i] && c[0] + c[1] > 0).length;
    const withErrors = v.counts.filter((c, i) => v.inScope[i] && c[0] > 0).length;
    const errors = v.findings.filter((f) => f.v === 2).length;
    setText('[data-total="templates"]', v.scopeCount.toLocaleString('en'));
    setText('[data-total="withFindings"]', withFindings.toLocaleString('en'));
    setText('[data-total="clean"]', (v.scopeCount - withFindings).toLocaleString('en'));
    setText('[data-total="errors"]', errors.toLocaleString('en'));
    setText('[data-total="warnings"]', (v.findings.length - errors).toLocaleString('en'));
    setText('[data-total="suppressions"]', v.suppressions.length.toLocaleString('en'));
    // Under a rule, severity or text filter, "findings" means the findings that match it.
    const matching = v.findingFilter ? 'matching ' : '';
    setText('[data-label="templates"]', filtered() ? 'templates in view' : 'templates audited');
    setText('[data-label="withFindings"]', `templates with ${matching}findings`);
    setText('[data-label="clean"]', `templates without ${matching}findings`);
    const clean = document.querySelector('svg.donut-chart g.legend[data-key="clean"] text.legend-label');
    if (clean) clean.textContent = v.findingFilter ? 'No matching findings' : 'Without findings';
    renderDonut(v.scopeCount, withErrors, withFindings - withErrors);
  }

  // ---- charts ---------------------------------------------------------------------------------
  function renderBars(v: View): void {
    document.querySelectorAll<SVGSVGElement>('svg.bar-chart[data-dim]').forEach((svg) => {
      const dim = svg.getAttribute('data-dim') as Dim;
      const x0 = Number(svg.getAttribute('data-x0'));
      const width = Number(svg.getAttribute('data-w'));
      const totals = new Map<string, [number, number]>();
      for (const f of v.findings) {
        const key = findingValue(f, dim);
        const t = totals.get(key) ?? [0, 0];
        t[f.v === 2 ? 0 : 1]++;
        totals.set(key, t);
      }
      const bars = svg.querySelectorAll<SVGGElement>('g.bar');
      let max = 0;
      bars.forEach((g) => {
        const t = totals.get(g.getAttribute('data-key') ?? '') ?? [0, 0];
        max = Math.max(max, t[0] + t[1]);
      });
      const parts: string[] = [];
      bars.forEach((g) => {
        const [errors, warnings] = totals.get(g.getAttribute('data-key') ?? '') ?? [0, 0];
        const scale = max > 0 ? width / max : 0;
        const ew = Math.round(errors * scale * 10) / 10;
        const ww = Math.round(warnings * scale * 10) / 10;
        const err = g.querySelector('rect.err');
        const warn = g.querySelector('rect.warn');
        const value = g.querySelector('text.value');
        err?.setAttribute('width', String(ew));
        warn?.setAttribute('x', String(x0 + ew));
        warn?.setAttribute('width', String(ww));
        const total = errors + warnings;
        const split = [errors ? `${errors} E` : '', warnings ? `${warnings} W` : ''].filter(Boolean).join(', ');
        if (value) {
          value.setAttribute('x', String(x0 + ew + ww + 6));
          value.textContent = total ? `${total} (${split})` : '0';
        }
        g.classList.toggle('zero', total === 0);
        const spoken = `${g.getAttribute('data-label') ?? ''}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
        const title = g.querySelector('title');
        if (title) title.textContent = spoken;
        parts.push(spoken);
      });
      const desc = svg.querySelector('desc');
      const heading = svg.querySelector('title')?.textContent ?? '';
      if (desc) desc.textContent = `${heading}${filtered() ? ' (filtered view)' : ''}. ${parts.join('; ')}.`;
    });
  }

  function renderDonut(total: number, withErrors: number, warningsOnly: number): void {
    const svg = document.querySelector<SVGSVGElement>('svg.donut-chart');
    if (!svg) return;
    const c = Number(svg.getAttribute('data-c'));
    const values: Record<string, number> = {
      errors: withErrors,
      warnings: warningsOnly,
      clean: total - withErrors - warningsOnly,
    };
    let offset = 0;
    const spoken: string[] = [];
    svg.querySelectorAll('circle.slice').forEach((circle) => {
      const value = values[circle.getAttribute('data-key') ?? ''] ?? 0;
      const len = total > 0 ? (value / total) * c : 0;
      circle.setAttribute('stroke-dasharray', `${Math.round(len * 10) / 10} ${Math.round((c - len) * 10) / 10}`);
      circle.setAttribute('stroke-dashoffset', String(Math.round(-offset * 10) / 10));
      offset += len;
    });
    const pct = (n: number): string => {
      if (total === 0) return '0%';
      const p = (n / total) * 100;
      return `${p > 0 && p < 1 ? '<1' : Math.round(p)}%`;
    };
    svg.querySelectorAll('g.legend').forEach((g) => {
      const value = values[g.getAttribute('data-key') ?? ''] ?? 0;
      const text = g.querySelector('text.legend-value');
      if (text) text.textContent = `${value} · ${pct(value)}`;
      spoken.push(`${g.querySelector('text.legend-label')?.textContent ?? ''} ${value} (${pct(value)})`);
    });
    const totalText = svg.querySelector('text.total');
    if (totalText) totalText.textContent = String(total);
    const desc = svg.querySelector('desc');
    if (desc) desc.textContent = `${svg.querySelector('title')?.textContent ?? ''}: ${spoken.join(', ')}.`;
  }

  // ---- lists ----------------------------------------------------------------------------------
  function pager(id: string, key: keyof typeof pages, count: number, noun: string): [number, number] {
    const box = byId(id);
    const pagesTotal = Math.max(1, Math.ceil(count / PAGE));
    pages[key] = Math.min(pages[key], pagesTotal - 1);
    const start = printing ? 0 : pages[key] * PAGE;
    const end = printing ? count : Math.min(count, start + PAGE);
    if (box) {
      box.replaceChildren();
      if (count > PAGE) {
        const prev = make('button', '', '‹ Previous');
        prev.type = 'button';
        prev.disabled = pages[key] === 0;
        prev.addEventListener('click', () => {
          pages[key]--;
          render(false);
        });
        const next = make('button', '', 'Next ›');
        next.type = 'button';
        next.disabled = pages[key] >= pagesTotal - 1;
        next.addEventListener('click', () => {
          pages[key]++;
          render(false);
        });
        box.append(
          make(
            'span',
            'page-info',
            `${noun} ${(start + 1).toLocaleString('en')}–${end.toLocaleString('en')} of ${count.toLocaleString('en')} · page ${pages[key] + 1} of ${pagesTotal}`,
          ),
          prev,
          next,
        );
      }
    }
    return [start, end];
  }

  function chipsFor(t: PageTemplate): HTMLElement[] {
    return (
      [
        ['jurisdiction', t.j],
        ['language', t.l],
        ['channel', t.c],
        ['stage', t.s],
      ] as [TemplateDim, string][]
    ).map(([dim, value]) => {
      const chip = make('span', 'chip', label(dim, value));
      chip.title = dim;
      return chip;
    });
  }

  function showTemplate(file: string): void {
    filters.file = file;
    pages.findings = 0;
    render(true);
    byId('findings')?.scrollIntoView();
  }

  function renderTemplates(v: View): void {
    const body = byId('templates-body');
    if (!body) return;
    body.replaceChildren();
    const [start, end] = pager('templates-pager', 'templates', v.templates.length, 'Templates');
    if (v.templates.length === 0) {
      const row = make('tr');
      const cell = make('td', 'empty-state', 'No template matches the filters.');
      cell.colSpan = 9;
      row.append(cell);
      body.append(row);
    }
    for (let k = start; k < end; k++) {
      const i = v.templates[k]!;
      const t = data.templates[i]!;
      const [errors, warnings] = v.counts[i]!;
      const row = make('tr', errors + warnings === 0 ? 'zero' : '');
      const file = make('td', 'file', t.f);
      if (t.id) file.append(make('span', 'tid', `id: ${t.id}`));
      const sup = suppressedPerTemplate[i] ?? 0;
      const action = make('td', 'no-print');
      if (errors + warnings > 0 && filters.file !== t.f) {
        const button = make('button', 'link show', 'View findings');
        button.type = 'button';
        button.addEventListener('click', () => showTemplate(t.f));
        action.append(button);
      }
      const coded = (dim: TemplateDim, value: string): HTMLElement => {
        const cell = make('td', 'code', value);
        cell.title = label(dim, value);
        return cell;
      };
      row.append(
        make('td', 'num', k + 1),
        file,
        coded('jurisdiction', t.j),
        coded('language', t.l),
        make('td', '', label('channel', t.c)),
        make('td', '', label('stage', t.s)),
        make('td', `num${errors ? ' n-err' : ''}`, errors),
        make('td', `num${warnings ? ' n-warn' : ''}`, warnings),
        make('td', 'num', sup),
        action,
      );
      body.append(row);
    }
  }

  function renderFindings(v: View): void {
    const list = byId('findings-list');
    if (!list) return;
    list.replaceChildren();
    const [start, end] = pager('findings-pager', 'findings', v.findings.length, 'Findings');
    if (v.findings.length === 0) {
      list.append(make('p', 'empty-state', data.findings.length ? 'No finding matches the filters.' : 'No findings.'));
      return;
    }
    let group: HTMLElement | undefined;
    let groupTemplate = -1;
    for (let k = start; k < end; k++) {
      const f = v.findings[k]!;
      const t = data.templates[f.t]!;
      if (!group || groupTemplate !== f.t) {
        group = make('article', 'group');
        const head = make('div', 'group-head');
        const name = make('div');
        name.append(make('span', 'file', t.f));
        if (t.id) name.append(make('span', 'tid', `id: ${t.id}`));
        const chips = make('div');
        chips.append(...chipsFor(t));
        head.append(name, chips);
        group.append(head);
        list.append(group);
        groupTemplate = f.t;
      }
      const item = make('div', `finding sev-${f.v}`);
      const head = make('div', 'head');
      head.append(make('span', `badge ${f.v === 2 ? 'error' : 'warning'}`, f.v === 2 ? 'Error' : 'Warning'));
      const rule = data.rules[f.r];
      if (rule?.u) {
        const link = make('a', 'rule', f.r);
        link.href = rule.u;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        link.title = `${rule.d} (rule documentation)`;
        head.append(link);
      } else {
        head.append(make('span', 'rule', f.r));
      }
      head.append(make('span', 'fam', label('category', categoryOf(f.r))), make('span', 'loc', `${t.f}:${f.l}:${f.c}`));
      item.append(head, make('p', 'msg', f.m));
      const excerpt = make('pre', 'excerpt');
      excerpt.append(make('span', 'ln', String(f.l).padStart(4, ' ')));
      const [before, marked, after] = f.x;
      if (!before && !marked && !after) excerpt.append(make('span', 'blank', '(empty line)'));
      else excerpt.append(before, ...(marked ? [make('mark', '', marked)] : []), after);
      item.append(excerpt);
      const legal = data.legal[f.g];
      const basis = make('div', 'legal');
      if (!legal || legal.s === 'none') {
        basis.append(make('b', '', 'Legal basis: '), 'none (a quality and structure rule).');
      } else if (legal.s === 'specific') {
        basis.append(make('b', '', 'Legal basis: '), legal.laws.join('; '));
      } else {
        basis.append(
          make('b', '', 'Legal basis: '),
          `none listed for ${label('jurisdiction', t.j)}; the rule rests on: ${legal.laws.join('; ')}`,
        );
      }
      item.append(basis);
      group!.append(item);
    }
  }

  function renderSuppressions(v: View): void {
    const body = byId('suppressions-body');
    if (!body) return;
    body.replaceChildren();
    const [start, end] = pager('suppressions-pager', 'suppressions', v.suppressions.length, 'Suppressions');
    if (v.suppressions.length === 0) {
      const row = make('tr');
      const cell = make(
        'td',
        'empty-state',
        data.suppressions.length ? 'No suppression matches the filters.' : 'No finding was suppressed.',
      );
      cell.colSpan = 5;
      row.append(cell);
      body.append(row);
    }
    for (let k = start; k < end; k++) {
      const s = v.suppressions[k]!;
      const t = data.templates[s.t]!;
      const row = make('tr');
      const where = make('td', 'file', `${t.f}:${s.l}:${s.c}`);
      const rule = make('td');
      const info = data.rules[s.r];
      if (info?.u) {
        const link = make('a', 'rule', s.r);
        link.href = info.u;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        rule.append(link);
      } else rule.append(s.r);
      const directive = make('td');
      directive.append(make('code', '', s.d), make('span', 'tid', `line ${s.dl}`));
      const message = make('td');
      const text = make('div', 'clamp', s.m);
      text.title = s.m;
      message.append(text);
      row.append(where, rule, make('td', '', s.why), directive, message);
      body.append(row);
    }
  }

  // ---- filters --------------------------------------------------------------------------------
  const form = byId('filters') as HTMLFormElement | null;
  const filtered = (): boolean => FILTERS.some((k) => filters[k] !== '');

  function renderStatus(v: View): void {
    document.body.classList.toggle('is-filtered', filtered());
    const status = byId('filter-status');
    if (status) {
      status.replaceChildren();
      if (!filtered()) {
        status.append(
          make(
            'span',
            'no-print',
            'Showing the whole audit. Filters update the totals, the charts and the lists below.',
          ),
        );
      } else {
        const active = FILTERS.filter((k) => filters[k]).map((k) =>
          k === 'q'
            ? `text “${filters.q}”`
            : k === 'file'
              ? `template ${filters.file}`
              : k === 'severity'
                ? `${filters.severity}s only`
                : `${k} ${label(k as Dim, filters[k])}`,
        );
        status.append(
          'Filtered view: ',
          make('strong', '', active.join(' · ')),
          ` — ${plural(v.findings.length, 'finding')} in ${plural(v.templates.length, 'template')}.`,
        );
      }
    }
    const clear = byId('clear-filters') as HTMLButtonElement | null;
    if (clear) clear.disabled = !filtered();
    const note = byId('suppressions-severity-note');
    if (note) note.hidden = !filters.severity;
  }

  function syncForm(): void {
    if (!form) return;
    for (const key of FILTERS) {
      const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
      if (field && field.value !== filters[key]) field.value = filters[key];
    }
  }

  function writeHash(): void {
    const params = new URLSearchParams();
    for (const key of FILTERS) if (filters[key]) params.set(key, filters[key]);
    const hash = params.toString();
    try {
      history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
    } catch {
      // Some viewers do not allow history changes for local files; the filters still work.
    }
  }

  function readHash(): void {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    for (const key of FILTERS) {
      const value = params.get(key) ?? '';
      const field = form?.elements.namedItem(key) as HTMLSelectElement | null;
      const known =
        key === 'q' ||
        key === 'file' ||
        value === '' ||
        (field instanceof HTMLSelectElement && Array.from(field.options).some((o) => o.value === value));
      filters[key] = known ? value : '';
    }
    if (filters.file && !data.templates.some((t) => t.f === filters.file)) filters.file = '';
  }

  function render(resetPages: boolean): void {
    if (resetPages) {
      pages.templates = 0;
      pages.findings = 0;
      pages.suppressions = 0;
    }
    const v = compute();
    syncForm();
    renderStatus(v);
    renderTotals(v);
    renderBars(v);
    renderTemplates(v);
    renderFindings(v);
    renderSuppressions(v);
    const fileChip = byId('file-filter');
    if (fileChip) {
      fileChip.hidden = !filters.file;
      const name = fileChip.querySelector('.file');
      if (name) name.textContent = filters.file;
    }
    writeHash();
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  if (form) {
    form.hidden = false;
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', (e) => {
      const target = e.target as HTMLInputElement | HTMLSelectElement;
      if (!(FILTERS as readonly string[]).includes(target.name)) return;
      filters[target.name as FilterKey] = target.value;
      render(true);
    });
    form.addEventListener('input', (e) => {
      const target = e.target as HTMLInputElement;
      if (target.name !== 'q') return;
      clearTimeout(typing);
      typing = setTimeout(() => {
        filters.q = target.value;
        render(true);
      }, 150);
    });
  }
  byId('clear-filters')?.addEventListener('click', () => {
    for (const key of FILTERS) filters[key] = '';
    render(true);
  });
  byId('clear-file')?.addEventListener('click', () => {
    filters.file = '';
    render(true);
  });
  byId('print-report')?.addEventListener('click', () => window.print());
  window.addEventListener('beforeprint', () => {
    printing = true;
    render(false);
  });
  window.addEventListener('afterprint', () => {
    printing = false;
    render(false);
  });
  window.addEventListener('hashchange', () => {
    readHash();
    render(true);
  });

  readHash();
  render(true);
  document.body.classList.add('ready');
}
