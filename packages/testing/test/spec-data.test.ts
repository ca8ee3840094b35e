import { createContractClient, findOperation, responseIssue, spec, streamEventIssue } from '@oaikit/testing'
import { describe, expect, it } from 'vitest'

describe('the generated spec data', () => {
  it('holds all 288 operations of the spec', () => {
    expect(spec.operations).toHaveLength(288)
    expect(new Set(spec.operations.map((operation) => operation.id)).size).toBe(288)
  })

  it("serves only answers that match the operation's response schema", () => {
    for (const operation of spec.operations) {
      if (operation.response.kind !== 'json') continue
      expect([operation.id, responseIssue(operation.id, operation.response.example)]).toEqual([
        operation.id,
        undefined,
      ])
    }
    // Compiling the schemas of every operation takes seconds on a loaded machine.
  }, 30_000)

  it("streams only events that match the stream's event schema", () => {
    for (const operation of spec.operations.filter((candidate) => candidate.stream)) {
      expect(operation.stream!.events.length).toBeGreaterThan(0)
      for (const event of operation.stream!.events) {
        const value = operation.stream!.named ? event : event.data
        expect([operation.id, streamEventIssue(operation.id, value)]).toEqual([operation.id, undefined])
      }
    }
  })

  it('reports a value that does not match', () => {
    expect(responseIssue('retrieveModel', { id: 'gpt-4o' })).toMatchObject({
      code: 'missing_required_parameter',
    })
    expect(() => findOperation('noSuchOperation')).toThrow('noSuchOperation')
  })

  it('records an unmatched request in a contract client', async () => {
    const contract = createContractClient()
    const response = await contract.client.options.transport!(
      new Request('https://api.openai.com/v1/nowhere'),
    )
    expect(response.status).toBe(404)
    expect(contract.operations).toEqual(['unmatched GET /v1/nowhere'])
  })
})
