import type { Rule } from '../rules/api.js';
import type { ConfigData, RuleSetting } from './types.js';

export const PRESET_NAMES = ['recommended', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/**
 * `recommended`: each rule at its default severity. `strict`: every rule on; rules that are off
 * by default become warnings, and a rule may declare a stricter `strictSeverity`.
 */
export function presetConfig(name: PresetName, rules: ReadonlyMap<string, Rule>): ConfigData {
  const out: Record<string, RuleSetting> = {};
  for (const [id, rule] of rules) {
    const { severity, strictSeverity } = rule.meta;
    out[id] = name === 'recommended' ? severity : (strictSeverity ?? (severity === 'off' ? 'warn' : severity));
  }
  return { rules: out };
}
