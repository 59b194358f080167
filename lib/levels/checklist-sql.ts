import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** `isItemOverdue`'s "still awaited", in SQL over an item `i` joined to its option `o`. */
export const OVERDUE_SQL = Prisma.sql`(i."status" = 'PENDING' OR (i."status" = 'IMPLEMENTED' AND o."cadence" <> 'ONCE'))`;
