/**
 * The preview server: one page on the loopback interface showing the current pages as SVG beside what vitae
 * knows of them, told of each rebuild through server-sent events. It answers only the fixed paths below, from
 * memory: no part of a request names a file. A request whose Host is not this server's loopback address and
 * port is refused, so a web page cannot reach it through a name that resolves to 127.0.0.1 (DNS rebinding).
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { userError } from "../diagnostics.js";
import type { FontId } from "../layout/frame.js";
import { FONT_IDS, facesOf, fontFaceRules } from "../render/svgFonts.js";
import type { BuildSession, Round } from "../watch/session.js";
import type { WatchLoop } from "../watch/watchLoop.js";
import { pageAssets } from "./assets.js";
import { previewState } from "./state.js";

export const LOOPBACK = "127.0.0.1";

export interface PreviewOptions {
  /** The port to listen on; 0 picks a free one. */
  port: number;
  /** The editor URL template (see editorUrl.ts). */
  editor: string;
}

export interface PreviewServer {
  url: string;
  /** Tells every open page that a round is done. */
  publish(round: Round): void;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  type: string;
  body: string | Buffer;
}

/** A selection is a version's name: a variant name or "default", nothing longer. */
const MAX_BODY = 256;

export async function startPreviewServer(
  session: BuildSession,
  loop: WatchLoop,
  options: PreviewOptions,
): Promise<PreviewServer> {
  const assets = pageAssets();
  const listeners = new Set<ServerResponse>();
  let port = 0;
  const server = createServer((request, response) => {
    try {
      respond(request, response);
    } catch {
      send(response, 500, "text/plain", "internal error");
    }
  });

  function respond(request: IncomingMessage, response: ServerResponse): void {
    const path = (request.url ?? "").split("?")[0] ?? "";
    if (!isOurHost(request.headers.host)) {
      send(response, 421, "text/plain", `refused: this server answers only to ${LOOPBACK}:${port}\n`);
    } else if (request.method === "POST" && path === "/select") {
      select(request, response);
    } else if (request.method !== "GET" && request.method !== "HEAD") {
      send(response, 405, "text/plain", "only GET here\n");
    } else if (path === "/events") {
      openEvents(response);
    } else {
      const reply = staticReply(path) ?? { status: 404, type: "text/plain", body: "not found\n" };
      send(response, reply.status, reply.type, reply.body);
    }
  }

  function isOurHost(host: string | undefined): boolean {
    return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
  }

  /** The page, its assets, the state and the fonts: each a fixed path, answered from memory. */
  function staticReply(path: string): Reply | undefined {
    const asset = assets.get(path);
    if (asset) return { status: 200, ...asset };
    if (path === "/state.json")
      return {
        status: 200,
        type: "application/json",
        body: JSON.stringify(previewState(session, options.editor)),
      };
    if (path === "/fonts.css") return { status: 200, type: "text/css", body: fontsCss() };
    const font = /^\/fonts\/([A-Za-z]+)\.otf$/.exec(path)?.[1];
    const file = FONT_IDS.find((id) => id === font) && currentFonts()?.[font as FontId];
    if (file) return { status: 200, type: "font/otf", body: fontBytes(file) };
    return undefined;
  }

  function openEvents(response: ServerResponse): void {
    response.writeHead(200, {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-store",
      Connection: "keep-alive",
    });
    response.write(": vitae preview\n\n");
    listeners.add(response);
    response.on("close", () => listeners.delete(response));
  }

  function select(request: IncomingMessage, response: ServerResponse): void {
    // A page of another origin may post here (no Host trick needed for a simple form post): only our own page.
    const origin = request.headers.origin;
    if (
      origin !== undefined &&
      origin !== `http://${LOOPBACK}:${port}` &&
      origin !== `http://localhost:${port}`
    ) {
      send(response, 403, "text/plain", "refused: another site's page\n");
      return;
    }
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY) request.destroy();
    });
    request.on("end", () => {
      const versions = session.lastRound()?.versions ?? [];
      const wanted = body.trim();
      if (!versions.includes(wanted)) {
        send(response, 400, "text/plain", "no such version\n");
        return;
      }
      send(response, 204, "text/plain", "");
      if (wanted === session.selected) return;
      session.selected = wanted;
      // With --all every version is built each round already: the page only shows another one.
      if (session.options.all) broadcast();
      else void loop.rebuild();
    });
  }

  function broadcast(): void {
    for (const listener of listeners) listener.write(`event: round\ndata: {}\n\n`);
  }

  function currentFonts(): Record<FontId, string> | undefined {
    return session.goodBuild(session.selected)?.fonts;
  }

  function fontsCss(): string {
    const fonts = currentFonts();
    return fonts ? `${fontFaceRules(facesOf(fonts), (id) => `/fonts/${id}.otf`)}\n` : "";
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? userError(
              `--port ${options.port} is taken by another program; leave --port out to pick a free one`,
            )
          : error,
      ),
    );
    server.listen(options.port, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  // Comments keep the event streams open through proxies and idle timeouts.
  const keepAlive = setInterval(() => {
    for (const listener of listeners) listener.write(": alive\n\n");
  }, 15_000);
  keepAlive.unref();
  return {
    url: `http://${LOOPBACK}:${port}/`,
    publish: () => broadcast(),
    close: async () => {
      clearInterval(keepAlive);
      for (const listener of listeners) listener.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    "Content-Type": type.startsWith("text/") || type.endsWith("json") ? `${type}; charset=utf-8` : type,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    // The page runs its own script and nothing else; pages are inline SVG, fonts come from here.
    "Content-Security-Policy":
      "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; connect-src 'self'; img-src 'self'",
    "Referrer-Policy": "no-referrer",
  });
  response.end(body);
}

/** Font files, read once per path: the preview's pages use the fonts of the build. */
const fontFiles = new Map<string, Buffer>();
function fontBytes(path: string): Buffer {
  let bytes = fontFiles.get(path);
  if (bytes === undefined) {
    bytes = readFileSync(path);
    fontFiles.set(path, bytes);
  }
  return bytes;
}
