-- Indexes for force scale (issue 17): checklist progress is counted from an index alone (an
-- index-only scan instead of reading every item); a site's staff and a role's holders are found
-- without reading every user.

-- CreateIndex
CREATE INDEX "ChecklistItem_activationId_status_dueAt_idx" ON "ChecklistItem"("activationId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "User_homeSiteId_idx" ON "User"("homeSiteId");

-- CreateIndex
CREATE INDEX "User_roles_idx" ON "User" USING GIN ("roles");


