"""ASGI middleware that guards every request of the web app.

- :class:`SecurityHeaders`: a Content-Security-Policy that allows scripts, styles and images
  from the app alone (no inline script, no ``eval``, no framing), ``nosniff``, frame denial,
  no referrer sent to other sites, a same-origin opener.
- :class:`BodyLimit`: a request body larger than the limit is refused with 413 before the
  app sees it: at once when ``Content-Length`` says so, else as soon as the chunks received
  pass it. The body is read here (at most the limit) and handed to the app whole.
- :class:`SameOrigin`: a POST (PUT, PATCH, DELETE) sent by a page of another site is refused
  with 403, so a web page cannot make a visitor's browser code or store articles here.
- :class:`AllowedHosts`: on a loopback address, only requests addressed to a loopback name
  are answered (DNS rebinding).

They are plain ASGI wrappers (not Starlette's ``BaseHTTPMiddleware``), which add little to
each request. A refusal answers JSON for ``/api/`` paths and a short text page otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
)
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


async def refuse(scope: Scope, send: Send, status: int, message: str, code: str) -> None:
    """Answer a request with an error: JSON ``{"error", "code"}`` for the API, text
    otherwise. The body is ours, never the request's."""
    if scope.get("path", "").startswith("/api/"):
        body = json.dumps({"error": message, "code": code}).encode()
        kind = b"application/json"
    else:
        body = f"{status}: {message} [{code}]\n".encode()
        kind = b"text/plain; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", kind),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """Adds :data:`HEADERS` to every HTTP response (keeping any the app set itself)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(n, v) for n, v in HEADERS if n not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses request bodies over ``max_bytes`` with 413 (code W413)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in UNSAFE_METHODS:
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._too_large(scope, send, declared)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._too_large(scope, send, None)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(b"".join(chunks), receive), send)

    async def _too_large(self, scope: Scope, send: Send, declared: str | None) -> None:
        size = f" ({int(declared):,} bytes)" if declared and declared.isdigit() else ""
        await refuse(scope, send, 413, f"request body too large{size}: the limit is "
                                       f"{self.max_bytes:,} bytes", "W413")


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives the whole body once, then waits for the client to leave."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


class SameOrigin:
    """Refuses unsafe requests that a browser marks as coming from another site (code W403).

    A browser sends ``Sec-Fetch-Site`` with every request and ``Origin`` with every POST
    from a page: a request that a browser says comes from another site, or whose origin is
    not this server's own (scheme, host and port of its ``Host`` header), is refused.
    Clients that are not browsers (curl, scripts) send neither and are let through: they
    are not acting for a visitor."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in UNSAFE_METHODS \
                and self._cross_site(scope):
            await refuse(scope, send, 403, "cross-site request refused", "W403")
            return
        await self.app(scope, receive, send)

    @staticmethod
    def _cross_site(scope: Scope) -> bool:
        site = _header(scope, b"sec-fetch-site")
        if site in ("same-origin", "none"):
            return False
        if site in ("cross-site", "same-site"):
            return True
        origin = _header(scope, b"origin")
        if origin is None:
            return False
        if origin == "null":
            return True
        host = _header(scope, b"host") or ""
        parts = urlsplit(origin)
        return parts.netloc.lower() != host.lower() or parts.scheme not in ("http", "https")


class AllowedHosts:
    """Answers only requests whose ``Host`` header names one of ``hosts`` (any port), so
    that a page of another site whose name was made to resolve to this machine (DNS
    rebinding) cannot read the app's answers; others get 400 (code W400)."""

    def __init__(self, app: ASGIApp, hosts: tuple[str, ...]) -> None:
        self.app = app
        self.hosts = {h.strip("[]").lower() for h in hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and host_name(_header(scope, b"host") or "") \
                not in self.hosts:
            await refuse(scope, send, 400, "this server does not answer for that host name",
                         "W400")
            return
        await self.app(scope, receive, send)


def host_name(host: str) -> str:
    """The name in a ``Host`` header, without its port: ``[::1]:8000`` -> ``::1``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin-1").strip()
    return None
