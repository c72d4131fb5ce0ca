/** One line of the request log (`WharfDeps.requestLog`). */
export interface RequestLogEntry {
  time: string;
  requestId: string;
  method: string;
  route: string;
  path: string;
  status: number;
  ms: number;
}
