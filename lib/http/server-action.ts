import "server-only";
import { unstable_rethrow } from "next/navigation";
import { requireUser, requireUserBeforePasswordChange, type CurrentUser } from "@/lib/auth/session";
import { toActionState, toAppError, type ActionState, type AppError } from "@/lib/errors";

type UseCase<State> = (user: CurrentUser, form: FormData) => Promise<NoInfer<State>>;

/**
 * Every server action goes through here: the user comes from the session, the use case parses
 * the form with its own schema, and any failure becomes the one `ActionState` its form shows.
 * Next.js's own control flow (redirect, notFound) passes through untouched.
 */
export function serverAction<State extends ActionState = ActionState>(
  useCase: UseCase<State>,
  onFailure?: (error: AppError) => Partial<State>,
  { beforePasswordChange = false } = {},
): (previous: State, form: FormData) => Promise<State> {
  return async (_previous, form) => {
    try {
      const user = beforePasswordChange ? await requireUserBeforePasswordChange() : await requireUser();
      return await useCase(user, form);
    } catch (error) {
      unstable_rethrow(error);
      const appError = toAppError(error);
      return { ...toActionState(appError), ...onFailure?.(appError) } as State;
    }
  };
}
