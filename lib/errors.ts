import { z } from "zod";

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 422,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldErrors = Record<string, string[]>;

/** The one error type of the domain layer; its code decides the HTTP status and the form message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  static fromZod(error: z.ZodError, message = "Some fields are not valid."): AppError {
    const fields = z.flattenError(error).fieldErrors as FieldErrors;
    const formErrors = z.flattenError(error).formErrors;
    if (formErrors.length) fields._form = formErrors;
    return new AppError("VALIDATION", message, fields);
  }
}

export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldErrors; details?: unknown } };

/** Anything thrown becomes a safe AppError: unknown errors are logged, never shown. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return AppError.fromZod(error);
  console.error(error);
  return new AppError("INTERNAL", "Something went wrong on our side. The error has been logged.");
}

export function toErrorBody(error: AppError): ErrorBody {
  const { code, message, fields, details } = error;
  return { error: { code, message, ...(fields && { fields }), ...(details !== undefined && { details }) } };
}

/** The shape every server action returns to its form. */
export type ActionState = { ok: boolean; message?: string; fieldErrors?: FieldErrors };

export function toActionState(error: unknown): ActionState {
  const appError = toAppError(error);
  return { ok: false, message: appError.message, fieldErrors: appError.fields };
}

/** Validates input against a schema: failure is a VALIDATION error naming each bad field. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.fromZod(result.error);
  return result.data;
}
