import type { TokenCaller } from "@/lib/api-tokens/bearer";
import type { CurrentUser } from "@/lib/auth/session";

/** Who changes a level: a person, or another system through its API token (levels:write). */
export type LevelActor = { userId: string | null; apiToken?: { id: string; name: string } };

export const personActor = (user: CurrentUser): LevelActor => ({ userId: user.id });
export const systemActor = (token: TokenCaller): LevelActor => ({
  userId: null,
  apiToken: { id: token.tokenId, name: token.name },
});

/** The level change's and the audit event's record of a system's change. */
export const actorRecord = (actor: LevelActor) => ({ actorId: actor.userId, apiTokenId: actor.apiToken?.id ?? null });
export const actorPayload = (actor: LevelActor) => (actor.apiToken ? { apiToken: actor.apiToken.name } : {});
