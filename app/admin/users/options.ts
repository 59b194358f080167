import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { ALL_ROLES } from "@/lib/auth/permissions";
import { humanize } from "@/lib/format";
import { listSites } from "@/lib/sites/list-sites";

export const roleOptions = () => ALL_ROLES.map((role) => ({ value: role, label: humanize(role) }));

/** Every open site, for a home site or the sites a lead leads. */
export async function siteOptions(user: CurrentUser) {
  return (await listSites(user)).map((site) => ({ value: site.id, label: `${site.code} ${site.name}` }));
}
