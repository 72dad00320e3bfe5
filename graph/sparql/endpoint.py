"""A read-only SPARQL 1.1 Protocol endpoint over one graph, with a query page and the explorer.

``/sparql`` answers ``GET ?query=`` and ``POST`` (form-encoded or ``application/sparql-query``)
with SPARQL JSON, XML, CSV or TSV chosen by the ``format`` parameter or the Accept header, so
standard clients such as SPARQLWrapper work. Updates and ``SERVICE`` are refused (403),
malformed queries get 400, queries too long or deep 413, queries past the time limit 503;
results past ``max_rows`` are cut off and flagged in the ``X-Actorgraph-Truncated`` header.

Defences, because the endpoint faces other people: queries run in worker processes
(:mod:`.pool`); at most ``max_connections`` connections are served at once (the rest wait in
a listen backlog of 1,024, or get 503 after a second); every connection has a deadline and an
idle timeout; the ``Host`` header must name the bound address (DNS rebinding) unless
``allowed_hosts`` says otherwise; a body needs a valid ``Content-Length`` within the limit.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from actorgraph.graph.errors import QueryError
from actorgraph.graph.sparql.guard import QueryRefused, QueryTooBig
from actorgraph.graph.sparql.page import PAGE_CSP, Answerer, query_page
from actorgraph.graph.sparql.protocol import HTTPError, choose_format, host_name, is_ip, negotiate
from actorgraph.graph.sparql.query import QueryTimeout
from actorgraph.graph.sparql.results import format_result, media_type

__all__ = ["DEFAULT_HOST", "DEFAULT_MAX_ROWS", "DEFAULT_PORT", "DEFAULT_TIMEOUT", "Endpoint",
           "make_server"]

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 7878
DEFAULT_TIMEOUT = 30.0  # seconds per query
DEFAULT_MAX_ROWS = 10_000  # rows per answer
MAX_BODY = 1_000_000  # bytes: a query is text; anything bigger is not one
_BUSY = (b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain\r\nConnection: close"
         b"\r\nContent-Length: 43\r\n\r\ntoo many connections; try again in a while\n")


@dataclass
class Endpoint:
    """What the server serves, and its limits."""

    store: Answerer
    timeout: float = DEFAULT_TIMEOUT
    max_rows: int = DEFAULT_MAX_ROWS
    explorer: str | None = None
    max_body: int = MAX_BODY
    quiet: bool = False
    allowed_hosts: tuple[str, ...] = ()  # names besides the bound address; "*": any
    max_connections: int = 64
    idle_timeout: float = 10.0  # seconds a client may take to send its request


class _Handler(BaseHTTPRequestHandler):
    """One request: check it, route it, turn refusals into statuses, never let one escape."""

    server_version = "actorgraph"
    sys_version = ""
    server: _Server

    def setup(self) -> None:
        end = self.server.endpoint
        self.request.settimeout(end.idle_timeout)  # each read and write on the socket
        # The whole exchange has a deadline too, or a byte every few seconds holds a slot.
        self.server.deadlines.add(self.request, 2 * end.idle_timeout + end.timeout)
        super().setup()

    def finish(self) -> None:
        self.server.deadlines.remove(self.request)
        with contextlib.suppress(OSError):
            super().finish()

    def do_GET(self) -> None:
        self._guard(self._get)

    def do_POST(self) -> None:
        self._guard(self._post)

    def _guard(self, action: Any) -> None:
        try:
            self._check_host()
            action()
        except HTTPError as err:
            self._text(err.status, str(err))
        except QueryTooBig as err:
            self._text(413, str(err))
        except QueryRefused as err:
            self._text(403, str(err))
        except QueryTimeout as err:
            self._text(503, str(err))
        except QueryError as err:
            self._text(400, str(err))
        except Exception as err:  # a bug must cost one answer, not the connection's thread
            self.log_error("internal error: %s: %s", type(err).__name__, err)
            self._text(500, "internal error; the server log has the details")

    def _check_host(self) -> None:
        header = self.headers.get_all("Host") or []
        if len(header) != 1:
            raise HTTPError(400, "a request needs exactly one Host header")
        if not self.server.host_allowed(header[0].strip()):
            raise HTTPError(421, f"Host {header[0].strip()!r} is not this endpoint's address "
                                 "(serve with --allow-host to accept it)")

    def _get(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        end = self.server.endpoint
        if url.path in ("/sparql", "/query"):
            self._sparql(params)
        elif url.path == "/":
            page = query_page(end, params)
            self._send(200, page.encode(), "text/html; charset=utf-8", csp=PAGE_CSP)
        elif url.path == "/explorer" and end.explorer is not None:
            self._send(200, end.explorer.encode(), "text/html; charset=utf-8")
        else:
            raise HTTPError(404, f"no such page: {url.path} (the endpoint is /sparql)")

    def _post(self) -> None:
        url = urlsplit(self.path)
        if url.path not in ("/sparql", "/query"):
            raise HTTPError(404, f"no such endpoint: {url.path} (POST queries to /sparql)")
        params = parse_qs(url.query, keep_blank_values=True)
        body = self._body()
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif kind == "application/sparql-query":
            params["query"] = [body]
        elif kind == "application/sparql-update":
            raise QueryRefused("SPARQL updates are refused: this endpoint is read-only")
        else:
            raise HTTPError(415, f"unsupported Content-Type {kind or '(none)'!r}: send "
                                 "application/x-www-form-urlencoded or application/sparql-query")
        self._sparql(params)

    def _body(self) -> str:
        """The body, read only when its declared length is a plain number within the limit."""
        self.close_connection = True  # on any refusal below the body is left unread
        if self.headers.get("Transfer-Encoding"):
            raise HTTPError(411, "send the body with a Content-Length, not a Transfer-Encoding")
        lengths = self.headers.get_all("Content-Length") or []
        if not lengths:
            raise HTTPError(411, "a POST needs a Content-Length")
        raw = lengths[0].strip()
        if len(set(lengths)) != 1 or not (raw.isascii() and raw.isdigit()):
            raise HTTPError(400, f"bad Content-Length {', '.join(lengths)!r}")
        length, limit = int(raw), self.server.endpoint.max_body
        if length > limit:
            raise HTTPError(413, f"request body of {length} bytes is over the limit of {limit}")
        data = self.rfile.read(length)
        if len(data) != length:
            raise HTTPError(400, f"the body ended after {len(data)} of {length} bytes")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as err:
            raise HTTPError(400, "the request body is not UTF-8") from err

    def _sparql(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            raise QueryRefused("SPARQL updates are refused: this endpoint is read-only")
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            raise HTTPError(400, "give exactly one non-empty 'query' parameter")
        wanted = negotiate(params, self.headers.get("Accept"))
        end = self.server.endpoint
        result = end.store.query(queries[0], timeout=end.timeout, max_rows=end.max_rows,
                                 default_graphs=params.get("default-graph-uri"),
                                 named_graphs=params.get("named-graph-uri"))
        fmt = choose_format(result, wanted)
        extra = {"X-Actorgraph-Truncated": f"true; max-rows={end.max_rows}"} \
            if result.truncated else {}
        self._send(200, format_result(result, fmt), media_type(result, fmt), **extra)

    def _text(self, status: int, message: str) -> None:
        self._send(status, f"{message}\n".encode(), "text/plain; charset=utf-8")

    def _send(self, status: int, body: bytes, content_type: str, csp: str | None = None,
              **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if csp:
            self.send_header("Content-Security-Policy", csp)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.endpoint.quiet:
            super().log_message(format, *args)


class _Deadlines:
    """One thread that cuts every connection past its deadline (shuts its socket down)."""

    def __init__(self) -> None:
        self._due: dict[socket.socket, float] = {}
        self._lock = threading.Lock()
        threading.Thread(target=self._watch, daemon=True).start()

    def add(self, conn: socket.socket, seconds: float) -> None:
        with self._lock:
            self._due[conn] = time.monotonic() + seconds

    def remove(self, conn: socket.socket) -> None:
        with self._lock:
            self._due.pop(conn, None)

    def _watch(self) -> None:
        while True:
            time.sleep(0.25)
            now = time.monotonic()
            with self._lock:
                late = [c for c, due in self._due.items() if due < now]
                for conn in late:
                    del self._due[conn]
            for conn in late:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)


class _Server(ThreadingHTTPServer):
    """A thread per connection, at most ``max_connections`` at once, a deep listen backlog."""

    request_queue_size = 1024
    daemon_threads = True
    block_on_close = False  # a stuck client must not hold up shutting down

    def __init__(self, endpoint: Endpoint, host: str, port: int) -> None:
        self.endpoint = endpoint
        self._slots = threading.BoundedSemaphore(endpoint.max_connections)
        self.deadlines = _Deadlines()
        super().__init__((host, port), _Handler)
        bound = host.lower().strip("[]")
        self._names = {bound, *(h.lower() for h in endpoint.allowed_hosts)}
        if bound == "localhost" or (is_ip(bound) and ipaddress.ip_address(bound).is_loopback):
            self._names |= {"localhost", "127.0.0.1", "::1"}
        self._any = is_ip(bound) and ipaddress.ip_address(bound).is_unspecified

    def host_allowed(self, header: str) -> bool:
        """Whether a Host header names this server: a name it was bound or allowed to, or,
        bound to every interface, any IP address (rebinding needs a DNS name)."""
        name, port = host_name(header)
        if "*" in self._names:
            return True
        if port and port != str(self.server_port):
            return False
        return name in self._names or (self._any and is_ip(name))

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(timeout=1.0):
            with contextlib.suppress(OSError):
                request.sendall(_BUSY)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()


def make_server(endpoint: Endpoint, host: str = DEFAULT_HOST,
                port: int = DEFAULT_PORT) -> ThreadingHTTPServer:
    """A server bound to ``host:port`` (loopback unless told otherwise); call serve_forever."""
    return _Server(endpoint, host, port)
