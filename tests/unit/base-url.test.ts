import { describe, expect, it } from 'vitest'
import { UsageError, parseCommand } from '../../src/cli/args.js'
import { OptionsError, parseBaseUrl, parseSourceDateEpoch, resolveOptions } from '../../src/options.js'

describe('parseBaseUrl', () => {
  it('makes an http(s) address the address of a folder', () => {
    expect(parseBaseUrl('https://user.github.io/repo')).toBe('https://user.github.io/repo/')
    expect(parseBaseUrl('https://user.github.io/repo/')).toBe('https://user.github.io/repo/')
    expect(parseBaseUrl('http://example.com')).toBe('http://example.com/')
    expect(parseBaseUrl('HTTPS://Example.COM/Digest')).toBe('https://example.com/Digest/')
  })

  it.each([
    ['/repo/', 'expected an absolute http(s) address'],
    ['repo', 'expected an absolute http(s) address'],
    ['', 'expected an absolute http(s) address'],
    ['ftp://example.com/', 'expected http or https, not `ftp`'],
    ['file:///var/www/', 'expected http or https, not `file`'],
    ['javascript:alert(1)', 'expected http or https, not `javascript`'],
    ['https://example.com/?page=1', 'expected no user name, query or fragment'],
    ['https://example.com/#top', 'expected no user name, query or fragment'],
    ['https://user:secret@example.com/', 'expected no user name, query or fragment']
  ])('refuses `%s`: %s', (value, reason) => {
    expect(() => parseBaseUrl(value)).toThrow(OptionsError)
    expect(() => parseBaseUrl(value)).toThrow(reason)
  })
})

describe('parseSourceDateEpoch', () => {
  it('reads whole seconds, and treats unset or empty as not given', () => {
    expect(parseSourceDateEpoch('1764000000')).toBe(1_764_000_000)
    expect(parseSourceDateEpoch(undefined)).toBeUndefined()
    expect(parseSourceDateEpoch('')).toBeUndefined()
  })

  it.each(['-1', '1.5', '2025-11-26', ' 1', 'now'])('refuses `%s`', (value) => {
    expect(() => parseSourceDateEpoch(value)).toThrow(OptionsError)
  })
})

describe('resolveOptions', () => {
  it('normalises the base URL and turns the source date epoch into milliseconds', () => {
    expect(resolveOptions({ baseUrl: 'https://user.github.io/repo', sourceDateEpoch: 1_764_000_000 })).toMatchObject({ baseUrl: 'https://user.github.io/repo/', sourceDate: 1_764_000_000_000 })
    expect(resolveOptions({ sourceDateEpoch: 0 })).toMatchObject({ baseUrl: null, sourceDate: 0 })
  })

  it('refuses a source date epoch that is no date', () => {
    expect(() => resolveOptions({ sourceDateEpoch: -5 })).toThrow(OptionsError)
    expect(() => resolveOptions({ sourceDateEpoch: 1e300 })).toThrow(OptionsError)
  })
})

describe('--base-url', () => {
  it('is passed on to the build, normalised', () => {
    expect(parseCommand(['build', '--base-url', 'https://user.github.io/repo'])).toMatchObject({ name: 'build', baseUrl: 'https://user.github.io/repo/' })
    expect(parseCommand(['build'])).not.toHaveProperty('baseUrl')
  })

  it('is a usage error when it is not an absolute http(s) address', () => {
    expect(() => parseCommand(['build', '--base-url', '/repo/'])).toThrow(UsageError)
    expect(() => parseCommand(['build', '--base-url', '/repo/'])).toThrow('Option --base-url: Invalid base URL `/repo/`')
    expect(() => parseCommand(['watch', '--base-url', 'https://example.com/'])).toThrow('Option --base-url is for `build`, not `watch`')
  })
})
