-- Publishing a Menu of Options records who approved it, by name and role as they were then (decision 015).

-- AlterTable
ALTER TABLE "PolicyVersion" ADD COLUMN     "approvedById" UUID,
ADD COLUMN     "approverName" TEXT,
ADD COLUMN     "approverRole" TEXT;

-- AddForeignKey
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


