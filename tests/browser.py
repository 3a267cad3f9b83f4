"""A real browser for the tests that need one: Debian's Chromium driven by Playwright, and a
local HTTP server for a built site (the search fetches its index, which file:// URLs forbid)."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextmanager
def served(folder: Path):
    """The folder served over HTTP on a free local port; yields its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def chromium_path() -> str:
    """Debian's Chromium (what .ci/run installs), or another build of it where that is what a runner has."""
    path = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
    if path is None and not os.environ.get("CI"):
        pytest.skip("chromium is not installed (.ci/run installs it)")
    assert path, "chromium is not installed"
    return path


class Console:
    """A page's console errors and failed requests, and the bytes it received."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.received = 0
        page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("requestfailed", self._failed)
        page.on("response", self._count)

    def _failed(self, request) -> None:
        # A request the browser itself cancels because the page moved on ("net::ERR_ABORTED", such as
        # the favicon of a page left by a click) is no failure of the site; any other is.
        if request.failure != "net::ERR_ABORTED":
            self.errors.append(f"{request.url}: {request.failure}")

    def _count(self, response) -> None:
        try:
            self.received += len(response.body())
        except Exception:  # a redirect or an aborted request has no body
            pass
