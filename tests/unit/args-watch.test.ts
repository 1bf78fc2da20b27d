import { expect, it } from 'vitest'
import { UsageError, parseCommand } from '../../src/cli/args.js'

it('reads `watch` with the build options', () => {
  expect(parseCommand(['watch', '--input', 'articles', '--out', 'site', '--title', 'Bridge'])).toEqual({ name: 'watch', input: 'articles', out: 'site', title: 'Bridge', quiet: false })
})

it('reads --serve with and without a port, and --host', () => {
  expect(parseCommand(['watch', '--serve'])).toMatchObject({ serve: {} })
  expect(parseCommand(['watch', '--serve', '--input', 'a'])).toMatchObject({ serve: {}, input: 'a' })
  expect(parseCommand(['watch', '--serve', '3000'])).toMatchObject({ serve: { port: 3000 } })
  expect(parseCommand(['watch', '--serve=0', '--host', '0.0.0.0'])).toMatchObject({ serve: { port: 0, host: '0.0.0.0' } })
})

it('refuses serving options outside watch, and a bad port', () => {
  expect(() => parseCommand(['build', '--serve'])).toThrow(UsageError)
  expect(() => parseCommand(['watch', '--host', '0.0.0.0'])).toThrow('Option --host needs --serve')
  expect(() => parseCommand(['watch', '--serve=99999'])).toThrow('Option --serve takes a port from 0 to 65535')
  expect(() => parseCommand(['watch', '--serve=65536'])).toThrow('Option --serve takes a port from 0 to 65535')
  expect(parseCommand(['watch', '--serve=65535'])).toMatchObject({ serve: { port: 65535 } })
  expect(() => parseCommand(['watch', '--explain'])).toThrow(UsageError)
})
