// How Chromium is launched here: Debian's build (or CHROMIUM_PATH), headless, without the sandbox
// and without any background traffic. Shared by vitest's browser mode and the scripts that drive
// pages with playwright-core (the API reference check, the browser example).

/** The launch options for playwright's `chromium.launch`. */
export const chromiumLaunchOptions: { executablePath: string; args: string[] } = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}
