import { ConfigError, parseConfigText, type ConfigData, type RuleSetting } from '@dunlint/core';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type DunlintSettings, type RunMode } from './protocol.js';

/** What the store needs from the connection: the client's `workspace/configuration`, when it has one. */
export interface SettingsSource {
  /** Settings for a resource (undefined when the client has no `workspace/configuration`). */
  fetch?(uri: string): Promise<unknown>;
  warn(message: string): void;
}

/** Client settings (`dunlint.*`) per resource, cached; dropped on close and on change (like lsp-sample). */
export class SettingsStore {
  private readonly perUri = new Map<string, Promise<DunlintSettings>>();
  private global: DunlintSettings = { ...DEFAULT_SETTINGS };
  private readonly warned = new Set<string>();
  private readonly ruleLayers = new Map<string, ConfigData | undefined>();
  /** Changes whenever settings may have changed; part of every result id. */
  generation = 0;

  constructor(private readonly source: SettingsSource) {}

  get(uri: string): Promise<DunlintSettings> {
    const fetch = this.source.fetch;
    if (!fetch) return Promise.resolve(this.global);
    let settings = this.perUri.get(uri);
    if (!settings) {
      settings = fetch(uri).then(
        (raw) => normalizeSettings(raw),
        () => ({ ...DEFAULT_SETTINGS }),
      );
      this.perUri.set(uri, settings);
    }
    return settings;
  }

  /** `workspace/didChangeConfiguration`: drop every cached value; keep a pushed value for clients without pull. */
  changed(pushed: unknown): void {
    this.perUri.clear();
    const section = (pushed as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
    if (!this.source.fetch) this.global = normalizeSettings(section);
    this.generation++;
  }

  drop(uri: string): void {
    this.perUri.delete(uri);
  }

  /**
   * `dunlint.rules` as a config layer, validated by the core like a config file's `rules:` (an
   * invalid setting is reported to the user once and ignored).
   */
  rulesLayer(rules: Record<string, RuleSetting>): ConfigData | undefined {
    if (Object.keys(rules).length === 0) return undefined;
    const key = JSON.stringify(rules);
    if (this.ruleLayers.has(key)) return this.ruleLayers.get(key);
    let layer: ConfigData | undefined;
    try {
      layer = parseConfigText(JSON.stringify({ rules }, null, 1), 'settings.json');
    } catch (error) {
      const message = error instanceof ConfigError ? error.message : String(error);
      const text = `dunlint: the setting "dunlint.rules" is ignored: ${message.replace(/\n\s*settings\.json:\d+:\d+:/g, ';')}`;
      if (!this.warned.has(text)) {
        this.warned.add(text);
        this.source.warn(text);
      }
      layer = undefined;
    }
    this.ruleLayers.set(key, layer);
    return layer;
  }
}

export function normalizeSettings(raw: unknown): DunlintSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const run: RunMode = value.run === 'onSave' ? 'onSave' : 'onType';
  const rules =
    value.rules && typeof value.rules === 'object' && !Array.isArray(value.rules)
      ? (value.rules as Record<string, RuleSetting>)
      : {};
  return { enable: value.enable !== false, run, rules };
}
