import { describe, expect, it } from "vitest";
import {
  commanderSummaryEmail,
  postureEmail,
  postureWebhookBody,
  teamsCard,
  type SiteNotice,
} from "@/lib/notify/messages";

const site = (code: string, to: SiteNotice["to"], measures: SiteNotice["measures"] = []): SiteNotice => ({
  siteId: `id-${code}`,
  code,
  name: `Station <${code}>`,
  from: "NORMAL",
  to,
  since: new Date("2026-11-24T14:05:00Z"),
  measures,
});

describe("messages that leave the app", () => {
  it("gives one person one email for every site of theirs that moved, with the level in words and the link", () => {
    const one = postureEmail(
      "Sam Taylor",
      [site("CEN01", "HEIGHTENED", [{ title: "Wear passes", guidance: "Always." }])],
      "https://estate.example",
    );
    expect(one.subject).toBe("CEN01 Station <CEN01>: the security response level is now HEIGHTENED");
    expect(one.text).toContain("CEN01 Station <CEN01>: HEIGHTENED since 24 Nov 2026, 14:05 (raised from NORMAL).");
    expect(one.text).toContain("Additional security measures are in force.");
    expect(one.text).toContain("- Wear passes. Always.");
    expect(one.text).toContain("https://estate.example/posture");
    expect(one.html).toContain("Station &#60;CEN01&#62;");
    expect(one.html).not.toContain("<CEN01>");
    const two = postureEmail("Sam", [site("CEN01", "EXCEPTIONAL"), site("CEN02", "EXCEPTIONAL")], "https://x");
    expect(two.subject).toBe("The security response level has changed at 2 of your sites");
    expect(two.text).toContain("No additional measures apply to staff at this site.");
  });

  it("summarises a force-wide change for commanders, and carries only levels to Teams and webhooks", () => {
    const sites = [site("CEN01", "HEIGHTENED"), site("NOR01", "HEIGHTENED")];
    expect(commanderSummaryEmail(true, sites, "https://x").subject).toBe(
      "Force response level change: 2 sites now at HEIGHTENED",
    );
    const card = teamsCard(true, sites, new Date("2026-11-24T14:05:00Z"), "https://x");
    expect(card.attachments[0].content.body[0]).toMatchObject({ text: "Force security response level: HEIGHTENED" });
    expect(postureWebhookBody(false, sites, new Date("2026-11-24T14:05:00Z"))).toEqual({
      event: "posture.changed",
      occurredAt: "2026-11-24T14:05:00.000Z",
      forceWide: false,
      sites: sites.map((entry) => ({
        siteId: entry.siteId,
        code: entry.code,
        name: entry.name,
        from: "NORMAL",
        to: "HEIGHTENED",
        since: "2026-11-24T14:05:00.000Z",
      })),
    });
  });
});
