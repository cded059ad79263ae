/** A problem in the rota's input, with the path of the offending field. */
export interface RotaInputIssue {
  path: string;
  message: string;
}

export enum RotaErrorCode {
  InvalidInput = 'ROTA_INVALID_INPUT',
}

/** Thrown by `buildRota` when the input cannot be read; `issues` name every bad field. */
export class RotaInputError extends Error {
  readonly code = RotaErrorCode.InvalidInput;

  constructor(readonly issues: RotaInputIssue[]) {
    super(
      `invalid rota input: ${issues
        .slice(0, 5)
        .map((issue) => `${issue.path}: ${issue.message}`)
        .join('; ')}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`,
    );
  }
}
