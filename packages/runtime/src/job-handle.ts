/**
 * Everything needed to find a job again. Plain JSON: store it, send it to another process, and call
 * `wait(handle)` there to resume.
 */
export interface JobHandle {
  provider: string;
  /** The provider's job id. */
  id: string;
  /** The operation that submitted the job. */
  operationId: string;
  /** The operation that reports its state. */
  statusOperationId: string;
  /** Parameters of the status operation, by name. */
  params: Record<string, string>;
  /** When the job was submitted (ISO 8601). */
  createdAt: string;
}

export function isJobHandle(value: unknown): value is JobHandle {
  const v = value as Partial<JobHandle> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.provider === 'string' &&
    typeof v.id === 'string' &&
    typeof v.operationId === 'string' &&
    typeof v.statusOperationId === 'string' &&
    typeof v.params === 'object'
  );
}
