"""A small HTTP proxy on loopback that breaks requests on demand (tests only).

Each client connection carries one request; the proxy forwards it to the server on a fresh
connection (``Connection: close``) unless a fault says otherwise. Faults are taken from the
queue :attr:`FaultProxy.faults` one per request (when empty, :attr:`FaultProxy.mode` is used;
``None`` passes requests through). A fault is a name or a callable that takes the request
bytes and returns a name (or None).

- ``hang``: accept and never answer (the client times out);
- ``drop``: close the connection without an answer;
- ``reset_after_commit``: forward (the server commits), then reset the connection halfway
  through the response — the classic lost answer;
- ``truncate``: forward, then answer with half the body and a matching Content-Length
  (truncated JSON with valid HTTP framing);
- ``500``, ``502``, ``503``, ``429``, ``413``: answer with that status (``Retry-After`` of
  :attr:`FaultProxy.retry_after` seconds, default 1, for 503 and 429) without forwarding.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Callable

Fault = str | Callable[[bytes], str | None] | None

_REASONS = {
    413: "Payload Too Large",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head + b"\r\n\r\n" + body


def _close_request(request: bytes) -> bytes:
    head, _, body = request.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n" + body


def _status(code: int, retry_after: int = 1) -> bytes:
    body = b'{"detail":"injected fault"}'
    retry = f"Retry-After: {retry_after}\r\n".encode() if code in (429, 503) else b""
    return (
        f"HTTP/1.1 {code} {_REASONS[code]}\r\n".encode()
        + retry
        + b"Content-Type: application/json\r\nConnection: close\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )


def _truncated(response: bytes) -> bytes:
    head, _, body = response.partition(b"\r\n\r\n")
    cut = body[: max(1, len(body) // 2)]
    lines = [
        line
        for line in head.split(b"\r\n")
        if not line.lower().startswith((b"content-length:", b"transfer-encoding:"))
    ]
    return b"\r\n".join([*lines, f"Content-Length: {len(cut)}".encode()]) + b"\r\n\r\n" + cut


class FaultProxy:
    """Listens on a free loopback port and forwards to ``upstream_port``."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.faults: list[Fault] = []
        self.mode: Fault = None
        self.retry_after = 1  # seconds, in 503 and 429 answers
        self.seen: list[str] = []  # the fault applied to each request ("pass" for none)
        self.requests: list[bytes] = []  # the request line of each request
        self._lock = threading.Lock()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = int(self._sock.getsockname()[1])
        self._open: list[socket.socket] = []
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(OSError):
            self._sock.close()
        for conn in list(self._open):
            with contextlib.suppress(OSError):
                conn.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self._open.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _next_fault(self, request: bytes) -> str | None:
        self.requests.append(request.split(b"\r\n", 1)[0])
        with self._lock:
            fault = self.faults.pop(0) if self.faults else self.mode
        name = fault(request) if callable(fault) else fault
        self.seen.append(name or "pass")
        return name

    def _serve(self, conn: socket.socket) -> None:
        try:
            request = _read_request(conn)
            if request is None:
                return
            fault = self._next_fault(request)
            if fault == "hang":
                while not self._closed and conn.recv(1):
                    pass
                return
            if fault == "drop":
                return
            if fault is not None and fault.isdigit():
                conn.sendall(_status(int(fault), self.retry_after))
                return
            response = self._forward(request)
            if fault == "truncate":
                conn.sendall(_truncated(response))
            elif fault == "reset_after_commit":
                conn.sendall(response[: len(response) // 2])
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            else:
                conn.sendall(response)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                conn.close()
            with contextlib.suppress(ValueError):
                self._open.remove(conn)

    def _forward(self, request: bytes) -> bytes:
        with socket.create_connection(self.upstream, timeout=60) as up:
            up.sendall(_close_request(request))
            chunks = []
            while chunk := up.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks)
