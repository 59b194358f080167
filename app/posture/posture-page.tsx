import "server-only";
import { postureLive, type PostureLiveConfig } from "@/app/posture/posture-live";
import { PostureView } from "@/app/posture/posture-view";
import { LEVEL_STYLE, LevelBadge } from "@/components/level-badge";
import { LIVE_LABELS } from "@/components/live-labels";
import { PlainDocument } from "@/components/plain-document";
import { SOON_MS, FORCE_WIDE_SPREAD_MS } from "@/components/refresh-delay";
import { countAlarmWork } from "@/lib/alarms/list-alarms";
import type { CurrentUser } from "@/lib/auth/session";
import { readStaffPosture } from "@/lib/levels/read-staff-posture";
import { RESPONSE_LEVELS } from "@/lib/levels/response-levels";
import { htmlResponse } from "@/lib/plain-page/html-response";
import { appStylesheets } from "@/lib/plain-page/stylesheets";
import { readPolicyReminder } from "@/lib/policy/read-policy";

let liveScript: Promise<string> | undefined;

/** The page's script: `postureLive` as source text, called with its settings (JSON safe inside <script>). */
function postureLiveScript(): Promise<string> {
  liveScript ??= (async () => {
    const { renderToStaticMarkup } = await import("react-dom/server");
    const config: PostureLiveConfig = {
      labels: LIVE_LABELS,
      badges: Object.fromEntries(
        RESPONSE_LEVELS.map((level) => [level, renderToStaticMarkup(<LevelBadge level={level} large />)]),
      ) as PostureLiveConfig["badges"],
      meanings: Object.fromEntries(
        RESPONSE_LEVELS.map((level) => [level, LEVEL_STYLE[level].meaning]),
      ) as PostureLiveConfig["meanings"],
      updatingMeasures: "Updating what this level asks of you…",
      soonMs: SOON_MS,
      spreadMs: FORCE_WIDE_SPREAD_MS,
    };
    return `(${postureLive.toString()})(${JSON.stringify(config).replaceAll("<", "\\u003c")})`;
  })();
  return liveScript;
}

/**
 * The staff posture page — the one page every member of staff opens, often on a phone at a
 * station door — as plain HTML and one small script: no React client runtime, no RSC payload
 * (docs/decisions/020-staff-page-without-react.md).
 */
export async function posturePage(
  request: Request,
  user: CurrentUser,
  { error, status = 200 }: { error?: string; status?: number } = {},
): Promise<Response> {
  const [posture, otherSites, alarmWork, reminder, code] = await Promise.all([
    readStaffPosture(user),
    Promise.all(user.ledSiteIds.filter((id) => id !== user.homeSiteId).map((id) => readStaffPosture(user, id))),
    countAlarmWork(user),
    readPolicyReminder(user),
    postureLiveScript(),
  ]);
  const nonce = request.headers.get("x-nonce") ?? "";
  return htmlResponse(
    <PlainDocument
      title="Security posture"
      user={user}
      alarmWork={alarmWork}
      reminder={reminder}
      stylesheets={appStylesheets()}
      script={{ nonce, code }}
    >
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">Security posture</h1>
        <p className="text-sm text-gray-700" role="status" data-live-status="connecting">
          <span aria-hidden="true">○ </span>
          <span data-live-label>{LIVE_LABELS.connecting}</span>
        </p>
        <div id="level-change-notice" role="status" aria-live="assertive" aria-atomic="true" />
        <PostureView posture={posture} otherSites={otherSites} error={error} />
      </div>
    </PlainDocument>,
    status,
  );
}
