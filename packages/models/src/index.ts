export { type ListModelsResponse, listModels, type Model } from './list-models.ts'
