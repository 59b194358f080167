-- Recurring checks: an option's cadence, and its confirmations in the site log (decision 015).

-- CreateEnum
CREATE TYPE "OptionCadence" AS ENUM ('ONCE', 'EVERY_SHIFT', 'DAILY', 'WEEKLY');

-- AlterEnum
ALTER TYPE "SiteLogKind" ADD VALUE 'CHECK';

-- AlterTable
ALTER TABLE "PolicyOption" ADD COLUMN     "cadence" "OptionCadence" NOT NULL DEFAULT 'ONCE';

-- AlterTable
ALTER TABLE "SiteLogEntry" ADD COLUMN     "optionCode" TEXT;


