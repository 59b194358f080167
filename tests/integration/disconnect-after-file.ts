import { afterAll } from "vitest";
import { db } from "@/lib/db";

// Frees the embedded database's single connection for the next test file.
afterAll(async () => {
  await db.$disconnect();
});
