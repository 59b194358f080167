import { asPersonOrSystem } from "@/lib/api-tokens/bearer";
import { apiRoute, readJson } from "@/lib/http/api";
import { changeResponseLevel, changeResponseLevelAsSystem } from "@/lib/levels/change-response-level";

/** A commander's change, or another system's with an API token (levels:write): the same rules, recorded as theirs. */
export const POST = apiRoute(async (request) =>
  Response.json(
    await asPersonOrSystem(
      request,
      "levels:write",
      async (user) => changeResponseLevel(user, await readJson(request)),
      async (token) => changeResponseLevelAsSystem(token, await readJson(request)),
    ),
  ),
);
