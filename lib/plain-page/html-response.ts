import "server-only";
import type { ReactElement } from "react";

/**
 * A whole page as HTML, rendered on the server with no React runtime sent to the browser. React's
 * server renderer is loaded on first use: route handlers are bundled for React Server Components,
 * which may not import it statically.
 */
export async function htmlResponse(page: ReactElement, status = 200): Promise<Response> {
  const { renderToStaticMarkup } = await import("react-dom/server");
  return new Response(`<!DOCTYPE html>${renderToStaticMarkup(page)}`, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
