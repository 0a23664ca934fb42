"""A loopback HTTP server that publishes files the way the data publishers do, for the fetch tests.

It serves bytes with ETag and Last-Modified, answers conditional requests with 304 and
``Range`` requests (guarded by ``If-Range``) with 206, serves JSON listings (the UN Digital
Library's file list, the Dataverse dataset answer), and on demand breaks a transfer off half-way
once, answers like a browser check (202 and a web page), serves a changed file, or sends a file
slowly (a chunk at a time, for a transfer to be stopped with Ctrl-C half-way). Every request is
recorded with its headers and the status it got. It listens on 127.0.0.1 only.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import json
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

#: bytes sent at a time for a path served slowly
SLOW_CHUNK = 4096


@dataclass
class Resource:
    body: bytes
    etag: str | None
    last_modified: str | None
    content_type: str = "text/csv"


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    status: int = 0


@dataclass
class Loopback:
    files: dict[str, Resource] = field(default_factory=dict)
    listings: dict[str, object] = field(default_factory=dict)
    break_once: set[str] = field(default_factory=set)
    blocked: set[str] = field(default_factory=set)
    #: path -> seconds to wait before each chunk of SLOW_CHUNK bytes
    slow: dict[str, float] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)
    port: int = 0

    def publish(
        self,
        path: str,
        body: bytes,
        *,
        etag: bool = True,
        modified: float | None = None,
        content_type: str = "text/csv",
    ) -> str:
        """Serve ``body`` at ``path`` (replacing what was there); returns its address."""
        tag = f'"{hashlib.sha256(body).hexdigest()[:16]}"' if etag else None
        stamp = email.utils.formatdate(modified or time.time(), usegmt=True)
        self.files[path] = Resource(body, tag, stamp, content_type)
        return self.url(path)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def seen(self, path: str) -> list[Seen]:
        """The requests made for ``path`` (with its query), in order."""
        return [request for request in self.requests if request.path == path]

    def __enter__(self) -> Loopback:
        self._server = _Server(("127.0.0.1", 0), _handler(self))
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


class _Server(ThreadingHTTPServer):
    """Keeps a request's error off stderr (socketserver prints it there, into the output of
    the command under test when a client hangs up early) and on the server instead."""

    def __init__(self, *arguments: Any, **options: Any) -> None:
        super().__init__(*arguments, **options)
        self.errors: list[BaseException | None] = []

    def handle_error(self, request: object, client_address: object) -> None:
        self.errors.append(sys.exc_info()[1])


def _handler(site: Loopback) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            self.seen = Seen("GET", self.path, dict(self.headers.items()))
            site.requests.append(self.seen)
            self._answer()

        def _answer(self) -> int:
            if self.path in site.blocked:
                return self._send(202, b"<html><body>checking your browser</body></html>",
                                  {"Content-Type": "text/html"})  # fmt: skip
            if self.path in site.listings:
                body = json.dumps(site.listings[self.path]).encode()
                return self._send(200, body, {"Content-Type": "application/json"})
            resource = site.files.get(self.path)
            if resource is None:
                return self._send(404, b"not found", {"Content-Type": "text/plain"})
            headers = {"Content-Type": resource.content_type}
            if resource.etag:
                headers["ETag"] = resource.etag
            if resource.last_modified:
                headers["Last-Modified"] = resource.last_modified
            validators = {resource.etag, resource.last_modified} - {None}
            # RFC 9110 13.2.2: If-None-Match, when sent, decides alone
            if "If-None-Match" in self.headers:
                unchanged = self.headers["If-None-Match"] == resource.etag
            else:
                unchanged = self.headers.get("If-Modified-Since") == resource.last_modified
            if unchanged:
                return self._send(304, b"", headers)
            body, status = resource.body, 200
            asked = self.headers.get("Range", "")
            guard = self.headers.get("If-Range")
            if asked.startswith("bytes=") and asked.endswith("-") and guard in validators:
                start = int(asked[6:-1])
                if start >= len(body):
                    return self._send(416, b"", {"Content-Range": f"bytes */{len(body)}"})
                headers["Content-Range"] = f"bytes {start}-{len(body) - 1}/{len(body)}"
                body, status = body[start:], 206
            if self.path in site.break_once:
                site.break_once.discard(self.path)
                return self._break_off(status, body, headers)
            return self._send(status, body, headers)

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> int:
            self.seen.status = status  # before the answer: the client may look at once
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            delay = site.slow.get(self.path)
            if body and delay:
                with contextlib.suppress(ConnectionError):  # the client may stop listening
                    for start in range(0, len(body), SLOW_CHUNK):
                        time.sleep(delay)
                        self.wfile.write(body[start : start + SLOW_CHUNK])
                        self.wfile.flush()
            elif body:
                self.wfile.write(body)
            return status

        def _break_off(self, status: int, body: bytes, headers: dict[str, str]) -> int:
            """Announce the whole body, send half of it, and drop the connection."""
            self.seen.status = status
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return status

    return Handler
