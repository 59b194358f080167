-- The site log: significant events and decisions (National Decision Model) at a site (decision 015).

-- CreateEnum
CREATE TYPE "SiteLogKind" AS ENUM ('EVENT', 'DECISION');

-- CreateTable
CREATE TABLE "SiteLogEntry" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "kind" "SiteLogKind" NOT NULL,
    "summary" TEXT NOT NULL,
    "information" TEXT,
    "assessment" TEXT,
    "powersAndPolicy" TEXT,
    "options" TEXT,
    "action" TEXT,
    "review" TEXT,
    "authorId" UUID NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SiteLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SiteLogEntry_siteId_occurredAt_idx" ON "SiteLogEntry"("siteId", "occurredAt");

-- AddForeignKey
ALTER TABLE "SiteLogEntry" ADD CONSTRAINT "SiteLogEntry_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteLogEntry" ADD CONSTRAINT "SiteLogEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


