import { describe, expect, it } from 'vitest'
import { functionNameOf } from '../operation-names.ts'
import { placeOperation } from '../packages.ts'
import { streamSwitchOf } from '../streams.ts'

describe('operation names', () => {
  it('names ids by rule, and by the table where the rule cannot', () => {
    expect(functionNameOf('admin-api-keys-list', '/organization/admin_api_keys')).toBe('adminApiKeysList')
    expect(functionNameOf('createChatCompletion', '/chat/completions')).toBe('createChatCompletion')
    expect(functionNameOf('Getinputtokencounts', '/responses/input_tokens')).toBe('getInputTokenCounts')
    expect(functionNameOf('beta_createResponse', '/responses?beta=true')).toBe('createResponseBeta')
  })

  it('fails loudly on an id it cannot name that the table does not list', () => {
    expect(() => functionNameOf('Listallthewidgetsnow', '/widgets')).toThrow(/runs several words together/)
    expect(() => functionNameOf('beta_listWidgets', '/widgets?beta=true')).toThrow(/beta duplicate/)
    expect(() => functionNameOf('ListWidgetsMethod', '/widgets')).toThrow(/"Method"/)
  })
})

describe('the package map', () => {
  it('places administration paths in admin whatever their tag, others by tag or path', () => {
    expect(placeOperation('list-project-roles', 'Roles', '/projects/{project_id}/roles')).toEqual({
      pkg: 'admin',
      file: 'roles',
    })
    expect(placeOperation('Getorganizationspendlimit', undefined, '/organization/spend_limit')).toEqual({
      pkg: 'admin',
      file: 'spend-limit',
    })
    expect(placeOperation('ListContainers', undefined, '/containers')).toEqual({
      pkg: 'containers',
      file: 'containers',
    })
    expect(placeOperation('beta_Compactconversation', undefined, '/responses/compact?beta=true')).toEqual({
      pkg: 'chat',
      file: 'responses',
    })
  })

  it('fails loudly on an operation no tag or rule places', () => {
    expect(() => placeOperation('listWidgets', undefined, '/widgets')).toThrow(/no tag and no rule/)
    expect(() => placeOperation('listWidgets', 'Widgets', '/widgets')).toThrow(/packageOfTag does not map/)
  })
})

describe('stream switches', () => {
  const spec = { openapi: '3.1.0', info: { title: '', version: '' }, paths: {}, components: { schemas: {} } }
  const parameter = { name: 'stream', in: 'query' as const, required: false, description: '', schema: {} }

  it('finds a stream body field, a stream_format that offers sse, or a stream query parameter', () => {
    expect(streamSwitchOf(spec, { stream: {} }, [])).toEqual({ in: 'body', field: 'stream', value: true })
    expect(streamSwitchOf(spec, { stream_format: { enum: ['sse', 'audio'] } }, [])).toEqual({
      in: 'body',
      field: 'stream_format',
      value: 'sse',
    })
    expect(streamSwitchOf(spec, {}, [parameter])).toEqual({ in: 'query', field: 'stream', value: true })
    expect(streamSwitchOf(spec, { stream_format: { enum: ['audio'] } }, [])).toBeUndefined()
  })
})
