import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve.js';
import { allCheckDocs } from '../../src/check/registry.js';
import { GkmlError } from '../../src/errors.js';

async function refusal(ruleOptions: Record<string, Record<string, unknown>>): Promise<GkmlError> {
  const error = await resolveConfig({ ruleOptions }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GkmlError);
  return error as GkmlError;
}

describe('rule options', () => {
  it('accepts options that match the rule\'s declared schema', async () => {
    const config = await resolveConfig({ ruleOptions: { 'overlap/similar': { warn: 0.5, error: 0.9, minLength: 3 } } });
    expect(config.ruleOptions['overlap/similar']).toEqual({ warn: 0.5, error: 0.9, minLength: 3 });
  });

  it('refuses a value of the wrong type instead of falling back to the default', async () => {
    const error = await refusal({ 'overlap/similar': { warn: '0.5' } });
    expect(error.text.zh).toContain('overlap/similar');
    expect(error.text.zh).toContain('warn');
    expect(error.exitCode).toBe(2);
  });

  it('refuses an out-of-range threshold and a misspelt option, naming it', async () => {
    expect((await refusal({ 'overlap/similar': { warn: 1.5 } })).text.en).toContain('warn');
    expect((await refusal({ 'overlap/similar': { wran: 0.5 } })).text.zh).toContain('没有“wran”这个选项');
  });

  it('refuses options for a rule without options, and for an unknown rule', async () => {
    expect((await refusal({ 'subject/generic': { x: 1 } })).text.en).toBe('Rule subject/generic takes no options.');
    expect((await refusal({ 'overlap/nope': {} })).text.en).toContain('There is no rule "overlap/nope"');
  });

  it('lists each rule\'s options schema in the registry', () => {
    const similar = allCheckDocs().find((d) => d.id === 'overlap/similar');
    expect(Object.keys(similar?.rule?.options?.properties ?? {})).toEqual(['warn', 'error', 'minLength']);
  });
});
