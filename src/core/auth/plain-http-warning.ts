const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["localhost", "[::1]", "::1"]);

/** Tells whether a host name is the local machine (where plain http is harmless). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOOPBACK_HOSTS.has(host) || host.endsWith(".localhost") || host.startsWith("127.");
}

/** Tells whether credentials sent to this base URL would cross the network unencrypted. */
export function isPlainHttpToRemoteHost(baseUrl: string): boolean {
  const url = new URL(baseUrl);
  return url.protocol === "http:" && !isLoopbackHost(url.hostname);
}
