/** Extra exported names for operation ids the spec misspells. */
export const operationAliases: Record<string, string> = {
  submitToolOuputsToRun: 'submitToolOutputsToRun',
}
