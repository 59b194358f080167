import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { csvResponse, toCsv } from "@/lib/http/csv";
import { idParam } from "@/lib/http/params";
import { readSiteChecklist } from "@/lib/levels/read-site-checklist";

export const dynamic = "force-dynamic";

/** A site's open checklist as CSV, for those who may see it (restricted options included). */
export const GET = apiRoute<RouteContext<"/api/sites/[id]/checklist/export">>(async (_request, { params }) => {
  const user = await requireUser();
  const checklist = await readSiteChecklist(user, idParam((await params).id));
  const header = [
    "code",
    "title",
    "category",
    "visibility",
    "level",
    "status",
    "rationale",
    "assignee",
    "dueAt",
    "overdue",
    "updatedBy",
    "updatedAt",
  ];
  const rows = checklist.items.map((item) => [
    item.option.code,
    item.option.title,
    item.option.category,
    item.option.visibility,
    item.level,
    item.status,
    item.rationale,
    item.assignee?.displayName,
    item.dueAt,
    item.isOverdue ? "yes" : "no",
    item.updatedBy?.displayName,
    item.updatedAt,
  ]);
  return csvResponse(`checklist-${checklist.site.code}.csv`, toCsv(header, rows));
});
