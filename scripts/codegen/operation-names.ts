import { camelCase } from './names.ts'

/**
 * Function names for operation ids the generator cannot name by rule: ids without word boundaries
 * (`Getinputtokencounts`), ids of a `?beta=true` duplicate of an endpoint (named after the endpoint
 * with `Beta` appended), and ids whose words would mislead (`CancelChatSessionMethod`).
 */
export const operationNames: Record<string, string> = {
  Compactconversation: 'compactConversation',
  Getinputtokencounts: 'getInputTokenCounts',
  Createcontentprovenancecheck: 'createContentProvenanceCheck',
  CreateanAPIkeyforaserviceaccount: 'createProjectServiceAccountApiKey',
  Getorganizationspendlimit: 'getOrganizationSpendLimit',
  Updateorganizationspendlimit: 'updateOrganizationSpendLimit',
  Deleteorganizationspendlimit: 'deleteOrganizationSpendLimit',
  Getprojectspendlimit: 'getProjectSpendLimit',
  Updateprojectspendlimit: 'updateProjectSpendLimit',
  Deleteprojectspendlimit: 'deleteProjectSpendLimit',
  CreateChatSessionMethod: 'createChatKitSession',
  CancelChatSessionMethod: 'cancelChatKitSession',
  ListThreadsMethod: 'listChatKitThreads',
  GetThreadMethod: 'getChatKitThread',
  DeleteThreadMethod: 'deleteChatKitThread',
  ListThreadItemsMethod: 'listChatKitThreadItems',
  beta_createResponse: 'createResponseBeta',
  beta_getResponse: 'getResponseBeta',
  beta_deleteResponse: 'deleteResponseBeta',
  beta_cancelResponse: 'cancelResponseBeta',
  beta_listInputItems: 'listInputItemsBeta',
  beta_Compactconversation: 'compactConversationBeta',
  beta_Getinputtokencounts: 'getInputTokenCountsBeta',
}

/** The longest word of a legitimate id (`transcriptions`); a longer one is several words run together. */
const longestWord = 14

/**
 * Why an id cannot be named by rule, or `undefined` when `camelCase(id)` is a good name: words run
 * together, a `beta_` prefix or `?beta` path, a `Method` suffix.
 */
const unnameable = (id: string, path: string): string | undefined => {
  const long = camelCase(id)
    .split(/(?=[A-Z])/)
    .find((word) => word.length > longestWord)
  if (long) return `its word "${long}" runs several words together`
  if (/^beta_/i.test(id) || path.includes('?beta')) return 'it names a beta duplicate of an endpoint'
  if (/Method$/.test(id)) return 'it ends in "Method"'
  return undefined
}

/**
 * The exported function name of an operation: its entry in {@link operationNames}, else its id in
 * camelCase (`admin-api-keys-list` → `adminApiKeysList`).
 * @throws Error for an id the rule cannot name and the table does not list, so a new spec never
 * yields a silent bad name.
 */
export const functionNameOf = (id: string, path: string): string => {
  const listed = operationNames[id]
  if (listed) return listed
  const reason = unnameable(id, path)
  if (reason) {
    throw new Error(`Cannot name operation ${id} (${path}): ${reason}; add it to operationNames`)
  }
  return camelCase(id)
}
