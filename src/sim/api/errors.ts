// API errors as data (k8s StatusReason). kubectl renders them; the engine never throws them.

/** One validation cause, already rendered the way apimachinery's field.Error prints it. */
export interface FieldCause {
  /** Field path in Kubernetes notation: `spec.template.spec.containers[0].image`. */
  readonly field: string;
  readonly type: 'Required' | 'Invalid' | 'Unsupported' | 'Forbidden' | 'Duplicate' | 'NotFound' | 'TooLong' | 'TooMany';
  /** The full text, e.g. `spec.selector: Required value`. */
  readonly message: string;
}

export type ApiError =
  /** `The StatefulSet "web" is invalid: ...` */
  | { readonly reason: 'Invalid'; readonly kind: string; readonly name: string; readonly causes: readonly FieldCause[] }
  /** `Error from server (NotFound): statefulsets.apps "web" not found` */
  | { readonly reason: 'NotFound'; readonly resource: string; readonly name: string }
  /** `Error from server (AlreadyExists): ... statefulsets.apps "web" already exists` */
  | { readonly reason: 'AlreadyExists'; readonly resource: string; readonly name: string }
  | { readonly reason: 'BadRequest' | 'Forbidden' | 'Conflict' | 'MethodNotAllowed' | 'TooManyRequests' | 'InternalError'; readonly message: string };

/** The message part of an API error, as the API server's Status.message has it. */
export function apiErrorMessage(err: ApiError): string {
  switch (err.reason) {
    case 'Invalid': {
      const head = `${err.kind} "${err.name}" is invalid: `;
      if (err.causes.length === 1) return head + err.causes[0]!.message;
      return head + '\n' + err.causes.map((c) => `* ${c.message}`).join('\n');
    }
    case 'NotFound':
      return `${err.resource} "${err.name}" not found`;
    case 'AlreadyExists':
      return `${err.resource} "${err.name}" already exists`;
    default:
      return err.message;
  }
}
