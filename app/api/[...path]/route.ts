import { apiRoute } from "@/lib/http/api";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

// Unknown API paths answer in the same JSON error shape as every other route.
const notFound = apiRoute(async () => {
  await requireUser();
  throw new AppError("NOT_FOUND", "There is no API route at this address.");
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
