import { z } from "zod";

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION: 422,
  TOO_MANY_REQUESTS: 429,
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
  // Input is parsed with parseInput, which throws AppError: a bare ZodError is our own data
  // (an audit payload, configuration) failing its schema, so it is a fault, not the user's.
  if (error instanceof z.ZodError) {
    console.error("Internal validation failed:", z.prettifyError(error));
    return INTERNAL_ERROR();
  }
  const fromDatabase = fromDatabaseError(error);
  if (fromDatabase) {
    if (fromDatabase.code === "UNAVAILABLE") console.error("Database unavailable:", (error as Error).message);
    return fromDatabase;
  }
  console.error(error);
  return INTERNAL_ERROR();
}

const INTERNAL_ERROR = () => new AppError("INTERNAL", "Something went wrong on our side. The error has been logged.");

type DatabaseErrorShape = {
  name?: string;
  code?: string;
  meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
};

const UNREACHABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "DatabaseDoesNotExist",
]);
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/**
 * Prisma's known errors, as the user should meet them: the database's own text never leaves.
 * A value the database cannot hold (SQLSTATE class 22) is the caller's mistake, not ours.
 */
function fromDatabaseError(error: unknown): AppError | null {
  if (typeof error !== "object" || error === null) return null;
  const { name, code, meta } = error as DatabaseErrorShape;
  if (!name?.startsWith("PrismaClient") && !code?.startsWith("P")) return null;
  const cause = meta?.driverAdapterError?.cause;
  if (
    name === "PrismaClientInitializationError" ||
    UNREACHABLE_CODES.has(code ?? "") ||
    UNREACHABLE_KINDS.has(cause?.kind ?? "")
  ) {
    return new AppError("UNAVAILABLE", "The service is unavailable just now. Try again in a minute.");
  }
  if (code === "P2002") return new AppError("CONFLICT", "That already exists.");
  if (code === "P2003")
    return new AppError("VALIDATION", "Something this refers to does not exist.", {
      _form: ["Something this refers to does not exist"],
    });
  if (code === "P2025") return new AppError("NOT_FOUND", "That record does not exist.");
  if (cause?.originalCode?.startsWith("22") || ["P2000", "P2006", "P2007", "P2020"].includes(code ?? "")) {
    return new AppError("VALIDATION", "A value is not one the service can hold.", {
      _form: ["A value is not one the service can hold"],
    });
  }
  return null;
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
  refuseUnstorableText(input);
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.fromZod(result.error);
  return result.data;
}

// NUL cannot be stored in PostgreSQL text; a lone surrogate is not UTF-8 at all.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/** Refuses, naming the field, any text that a database could not hold, wherever it sits in the input. */
export function refuseUnstorableText(input: unknown, path: string[] = []): void {
  if (typeof input === "string") {
    if (UNSTORABLE.test(input)) {
      const field = path.join(".") || "_form";
      throw new AppError("VALIDATION", "Some fields are not valid.", {
        [field]: ["Remove the control or invalid characters from this text"],
      });
    }
    return;
  }
  if (typeof input !== "object" || input === null) return;
  if (input instanceof Date) return;
  const entries = input instanceof FormData ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries) refuseUnstorableText(value, [...path, key]);
}
