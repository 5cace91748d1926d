import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('configuration of the HTTP edge', () => {
  it('reads CORS_ORIGINS as exact origins, with * for any, and none by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: ' http://127.0.0.1:8888 ,https://notebook.example' }).corsOrigins).toEqual([
      'http://127.0.0.1:8888',
      'https://notebook.example',
    ]);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, *' }).corsOrigins).toEqual(['*']);
  });

  it('refuses an origin with a path or without a scheme, saying what an origin looks like', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example/notebook' })).toThrow(/not an origin: write scheme, host and port only/);
    expect(() => loadConfig({ CORS_ORIGINS: 'a.example' })).toThrow(/CORS_ORIGINS lists "a.example"/);
  });

  it('keeps introspection on unless INTROSPECTION=off, and shows details only in development', () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ INTROSPECTION: 'off' }).introspection).toBe(false);
    expect(() => loadConfig({ INTROSPECTION: 'sometimes' })).toThrow(/INTROSPECTION must be on or off/);
    expect(loadConfig({ NODE_ENV: 'production' }).development).toBe(false);
    expect(loadConfig({}).development).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).development).toBe(true);
  });
});
