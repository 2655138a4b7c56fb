/** What a fetch failure says about itself, read from its `cause` chain. */
export interface FailureCause {
  /** The system or TLS code (`ENOTFOUND`, `ECONNREFUSED`, `CERT_HAS_EXPIRED`), or `BAD_PORT`. */
  code?: string;
  /** The request provably never reached the server. */
  notSent: boolean;
  /** Sending it again cannot help: a name that does not resolve, a refused certificate or port. */
  permanent: boolean;
  /** One sentence for the error message. */
  explanation?: string;
}

const CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ALTNAME|^ERR_TLS_/;

const EXPLAINED: Record<string, [notSent: boolean, permanent: boolean, explanation: string]> = {
  ENOTFOUND: [true, true, 'the host name does not resolve (DNS); check baseUrl and the network'],
  EAI_AGAIN: [true, false, 'the DNS lookup failed for now, so it was tried again'],
  ECONNREFUSED: [true, false, 'the connection was refused: nothing listens at that address'],
  EHOSTUNREACH: [true, false, 'the host is unreachable from this network'],
  ENETUNREACH: [true, false, 'the network is unreachable'],
  UND_ERR_CONNECT_TIMEOUT: [true, false, 'connecting took too long'],
  ECONNRESET: [false, false, 'the connection was reset by the server or a proxy'],
  EPIPE: [false, false, 'the connection was closed while the request was being sent'],
  UND_ERR_SOCKET: [false, false, 'the connection closed unexpectedly'],
  BAD_PORT: [
    true,
    true,
    "fetch refuses to connect to this port (a port browsers block); use the API's own port",
  ],
};

function codeIn(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 8; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string') return code;
    // undici names a blocked port only in a message, with no code.
    if (message === 'bad port') return 'BAD_PORT';
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Reads a fetch failure: its code, whether it was sent, whether to try again, and why. */
export function failureCause(error: unknown): FailureCause {
  const code = codeIn(error);
  if (code === undefined) return { notSent: false, permanent: false };
  const known = EXPLAINED[code];
  if (known) {
    const [notSent, permanent, explanation] = known;
    return { code, notSent, permanent, explanation };
  }
  if (CERTIFICATE.test(code)) {
    return {
      code,
      notSent: true,
      permanent: true,
      explanation:
        "the server's TLS certificate was refused; check baseUrl's host, or the proxy between",
    };
  }
  return { code, notSent: false, permanent: false };
}
