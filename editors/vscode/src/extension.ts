// The figcheck extension: a language client for `figcheck lsp`. The server does the work
// (diagnostics, and hovers and quick fixes where it offers them); this file only starts it
// for Markdown, plain text and HTML and passes the user's settings on.

import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

/** The languages figcheck reads: the formats its command line checks. */
const LANGUAGES = ["markdown", "plaintext", "html"];

let client: LanguageClient | undefined;

/** The settings the server reads (`date`, `select`, `ignore`, `rules`); empty ones left out. */
function serverSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration("figcheck");
  const settings: Record<string, unknown> = {};
  const date = config.get<string>("date", "").trim();
  if (date !== "") {
    settings.date = date;
  }
  const rules = config.get<string>("rules", "").trim();
  if (rules !== "") {
    settings.rules = rules;
  }
  for (const key of ["select", "ignore"]) {
    const codes = config.get<string[]>(key, []).filter((c) => c.trim() !== "");
    if (codes.length > 0) {
      settings[key] = codes;
    }
  }
  return settings;
}

function newClient(): LanguageClient {
  const command = vscode.workspace.getConfiguration("figcheck").get<string>("path", "figcheck") || "figcheck";
  const serverOptions: ServerOptions = {
    command,
    args: ["lsp"],
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: "file", language },
      { scheme: "untitled", language },
    ]),
    initializationOptions: serverSettings(),
  };
  return new LanguageClient("figcheck", "figcheck", serverOptions, clientOptions);
}

async function start(): Promise<void> {
  client = newClient();
  try {
    await client.start();
  } catch (error) {
    const command = vscode.workspace.getConfiguration("figcheck").get<string>("path", "figcheck");
    void vscode.window.showErrorMessage(
      `figcheck: could not start \`${command} lsp\` (${String(error)}). ` +
        "Install it with `cargo install --path .` in the figcheck repository, or set figcheck.path.",
    );
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.isRunning()) {
    await running.stop();
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("figcheck.restart", async () => {
      await stop();
      await start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration("figcheck")) {
        return;
      }
      if (event.affectsConfiguration("figcheck.path")) {
        // another binary: a new server
        await stop();
        await start();
      } else if (client?.isRunning()) {
        // the server checks its open documents again under the new settings
        await client.sendNotification(DidChangeConfigurationNotification.type, {
          settings: { figcheck: serverSettings() },
        });
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}
