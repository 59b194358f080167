import "server-only";
import { can, type Permission } from "@/lib/auth/permissions";
import { CHANGE_PASSWORD_PATH, getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

const MAX_FORM_BYTES = 10_000;
const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", `The form is larger than ${MAX_FORM_BYTES.toLocaleString("en-GB")} bytes.`);

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

/**
 * `requirePageUser` for a page a route handler renders: to sign-in without a session, to choosing a
 * password while the user has only the administrator's, 403 without the permission.
 */
export async function plainPageUser(permission: Permission): Promise<CurrentUser | Response> {
  const user = await getCurrentUser();
  if (!user) return seeOther("/login");
  if (user.mustChangePassword) return seeOther(CHANGE_PASSWORD_PATH);
  if (!can(user.roles, permission)) {
    return new Response("You do not have access to this page: your roles do not allow it.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return user;
}

/** A plain HTML form's fields (URL-encoded, small), or an error naming what is wrong with the body. */
export async function plainFormFields(request: Request): Promise<URLSearchParams> {
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the form as application/x-www-form-urlencoded.");
  }
  if (Number(request.headers.get("content-length") ?? "0") > MAX_FORM_BYTES) throw tooLarge();
  const text = await request.text();
  if (text.length > MAX_FORM_BYTES) throw tooLarge();
  return new URLSearchParams(text);
}
