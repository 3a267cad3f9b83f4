"""`make serve`: MkDocs's own server, watching content/, regenerates a page after an edit."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

from conftest import make_project

ARTICLE = "articles/joint-russian-belarusian-military-exercises-nearing-completion/"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(url: str, text: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if page and text in page:
            return True
        time.sleep(0.3)
    return False


def test_serve_regenerates_after_an_edit(tmp_path):
    config = make_project(tmp_path)
    (tmp_path / "build" / "docs").mkdir(parents=True)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--config-file", str(config), "--dev-addr", f"127.0.0.1:{port}",
         "--dirty"], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}/knowledge-site/"
        assert wait_for(base + ARTICLE, "Union Resolve 2022", 60), "the server did not come up"
        seed = tmp_path / "content" / "articles" / "union-resolve-2022.txt"
        with seed.open("a", encoding="utf-8") as handle:
            handle.write("\nA paragraph added while the preview server runs, naming the Su-35 again.\n")
        started = time.monotonic()
        assert wait_for(base + ARTICLE, "added while the preview server runs", 30)
        print(f"change visible after {time.monotonic() - started:.1f}s")
        (tmp_path / "content" / "articles" / "new.txt").write_text(
            "A Brand New Article\n\nIt was added while the server ran. Defense Minister Odalys Quenneville "
            "said so.\n", encoding="utf-8")
        assert wait_for(base + "articles/a-brand-new-article/", "It was added while the server ran.", 30)
        assert wait_for(base + "people/odalys-quenneville/", "Defense Minister", 30)  # a new name, a new page
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_preview_index_stops_with_the_server(tmp_path):
    """A preview indexes its site in the background after each rebuild; when the server stops, the
    indexer (Pagefind's wrapper and the indexer it starts) stops too, not minutes later."""
    import os
    from generator.mkdocs_plugin import KnowledgePlugin

    site = tmp_path / "site"
    site.mkdir()
    for number in range(3000):  # enough pages that indexing is still under way when the server stops
        (site / f"page{number}.html").write_text(
            f"<html><body><main><h1>Page {number}</h1><p>{'words to index ' * 200}</p></main></body></html>",
            encoding="utf-8")
    plugin = KnowledgePlugin()
    plugin.on_startup(command="serve", dirty=True)
    plugin.on_post_build(config=type("Config", (), {"site_dir": str(site)})())
    deadline = time.monotonic() + 20
    while plugin._indexing is None and time.monotonic() < deadline:
        time.sleep(0.05)
    process = plugin._indexing
    assert process is not None and process.poll() is None  # under way
    plugin.on_shutdown()
    assert process.poll() is not None
    time.sleep(0.5)
    try:
        os.killpg(process.pid, 0)
        still_running = True
    except ProcessLookupError:
        still_running = False
    assert not still_running  # nor the indexer it started
