export { type ApiKey, type Client, type ClientOptions, createClient, type Transport } from './client.ts'
export { type HttpMethod, type Operation, type RequestOptions, request } from './request.ts'
