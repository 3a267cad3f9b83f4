"""The MkDocs plugin `knowledge` (named under `plugins:` in site_config.yml): it regenerates the
docs folder before every build, so `mkdocs build` and each reload of `mkdocs serve` (which
watches content/) see current content, and indexes the built site for search afterwards. It also
spares MkDocs work that is the same on thousands of generated pages: re-parsing finished HTML,
and drawing Material's header and nav anew for every page."""
from __future__ import annotations

import logging
import os
import re
import threading
import zlib
from pathlib import Path

from jinja2 import BytecodeCache, ChoiceLoader, FileSystemLoader, PrefixLoader
from jinja2.bccache import Bucket
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from .cache import write_memory
from .config import ConfigError, load_site
from .knowledge_base import KnowledgeBaseError
from .pipeline import generate
from .search import SearchIndexError, index_site, stop
from .shared_parts import SharedParts


class KnowledgeConfig(Config):
    # Fail the build when an article file is skipped (default: report it and build the rest).
    strict_input = config_options.Type(bool, default=False)


THEME_DIR = str(Path(__file__).resolve().parent / "theme")
HEAD_DIR = str(Path(__file__).resolve().parent / "page_head")  # the page head's metadata, for either engine
log = logging.getLogger("mkdocs.plugins.knowledge")
_PLACEHOLDER = re.compile(r"<p>KNOWLEDGEHTML(\d+)</p>")


class _CompiledTemplates(BytecodeCache):
    """Compiled theme templates kept in memory: MkDocs makes a new template environment for each
    rebuild of `mkdocs serve`, which would compile Material's fifty templates again every time.
    Jinja checks each entry against its template's source before using it."""

    def __init__(self):
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


class KnowledgePlugin(BasePlugin[KnowledgeConfig]):
    summary = None  # the last run's Summary, for the benchmark and for tests

    def __init__(self):
        self._html: dict[str, list[str]] = {}
        self._packed: dict[str, bytes] = {}  # pages' HTML from rendering to writing, compressed
        self._marked: set[str] = set()  # pages with another plugin's marker: never packed
        self._templates = _CompiledTemplates()  # the plugin lives as long as the server (it has on_startup)
        self._serving = False
        self._set_epoch = False
        # A preview's search index is made in the background after each reload, the latest site first.
        self._index_lock = threading.Lock()
        self._indexer: threading.Thread | None = None
        self._to_index: Path | None = None
        self._indexing = None  # the index process under way, if any
        self._stopping = False

    def on_startup(self, *, command, dirty) -> None:
        self._serving = command == "serve"

    def on_shutdown(self) -> None:
        write_memory()  # a preview server kept the cache in memory between rebuilds
        # The index of a preview's last rebuild is of a folder the server deletes as it stops: the
        # indexer would go on without it (and without the server) for minutes.
        with self._index_lock:
            self._stopping, self._to_index = True, None
            indexer, process = self._indexer, self._indexing
        if process is not None:
            stop(process)
        if indexer is not None:
            indexer.join(timeout=10)

    def on_post_build(self, *, config) -> None:
        self._restore_epoch()
        site_dir = Path(config.site_dir)
        if not self._serving:
            try:
                log.info(f"search: {index_site(site_dir)}")
            except SearchIndexError as error:
                raise PluginError(str(error)) from error
            return
        # A preview shows an edit at once; its search follows when the index is made again.
        with self._index_lock:
            self._to_index = site_dir
            if self._indexer is None:
                self._indexer = threading.Thread(target=self._index_in_background, daemon=True)
                self._indexer.start()

    def _index_in_background(self) -> None:
        while True:
            with self._index_lock:
                site_dir, self._to_index = self._to_index, None
                if site_dir is None:
                    self._indexer = None
                    return
            try:
                index_site(site_dir, started=self._started, background=True)
            except SearchIndexError as error:
                if not self._stopping:
                    log.warning(str(error))
            finally:
                self._indexing = None

    def _started(self, process) -> None:
        with self._index_lock:
            self._indexing = process
            if self._stopping:
                stop(process)

    def on_build_error(self, *, error) -> None:
        self._restore_epoch()

    def _restore_epoch(self) -> None:
        if self._set_epoch:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
            self._set_epoch = False

    def on_page_markdown(self, markdown: str, *, page, config, files) -> str:
        """Generated pages are Markdown headings between blocks of finished HTML. Python-Markdown
        would re-parse that HTML tag by tag (most of the build's time), so the blocks are set
        aside here and put back in on_page_content. Article text only ever stands escaped inside
        such blocks, so it can neither open a block nor forge a placeholder."""
        blocks: list[str] = []
        parts: list[str] = []
        for part in markdown.split("\n\n"):
            if not part.startswith("<") or part.startswith("<!--"):  # comments may be other plugins' markers
                parts.append(part)
            elif parts and parts[-1] == f"KNOWLEDGEHTML{len(blocks) - 1}":
                blocks[-1] += "\n\n" + part  # one placeholder for a run of blocks: fewer for Markdown to walk
            else:
                parts.append(f"KNOWLEDGEHTML{len(blocks)}")
                blocks.append(part)
        self._html[page.file.src_uri] = blocks
        if "<!--" in markdown:
            self._marked.add(page.file.src_uri)
        return "\n\n".join(parts)

    def on_page_content(self, html: str, *, page, config, files) -> str:
        """The page's HTML, blocks put back, is kept compressed until the page is written: MkDocs
        renders every page before it writes the first, so the whole site's HTML would otherwise
        stay in memory (most of the build's memory, growing with the site). A page whose Markdown
        holds an HTML comment stays as it is: the comment may be another plugin's marker, which
        that plugin fills in after rendering, before pages are written (the tags listing)."""
        blocks = self._html.pop(page.file.src_uri, [])
        html = _PLACEHOLDER.sub(lambda match: blocks[int(match.group(1))], html)
        if page.file.src_uri in self._marked:
            return html
        self._packed[page.file.src_uri] = zlib.compress(html.encode("utf-8"), 1)
        return ""

    def on_page_context(self, context, *, page, config, nav):
        packed = self._packed.pop(page.file.src_uri, None)
        if packed is not None:
            page.content = zlib.decompress(packed).decode("utf-8")
        return context

    def on_post_page(self, output: str, *, page, config) -> str:
        page.content = ""  # written: its HTML is not needed again
        return output

    def on_config(self, config):
        """With Material, put generator/theme/ just before Material's templates (after any
        custom_dir): it overrides parts that come out the same on thousands of pages."""
        theme = config.theme
        material = next((d for d in theme.dirs if d != THEME_DIR and Path(d, "partials", "nav.html").exists()), None)
        if theme.name == "material" and material and THEME_DIR not in theme.dirs:
            theme.dirs.insert(theme.dirs.index(material), THEME_DIR)
            theme.dirs.insert(theme.dirs.index(material), HEAD_DIR)
        return config

    def on_env(self, env, *, config, files):
        """Material's own templates stay reachable as "material/..." for the overrides to include."""
        env.bytecode_cache = self._templates
        if THEME_DIR in config.theme.dirs:
            material = config.theme.dirs[config.theme.dirs.index(HEAD_DIR) + 1]
            env.loader = ChoiceLoader([env.loader, PrefixLoader({"material": FileSystemLoader(material)})])
            env.globals["knowledge_shared_html"] = SharedParts(env, config.theme.get("features") or [])
        return env

    def on_pre_build(self, *, config) -> None:
        self._packed.clear()  # what a failed build left
        self._marked.clear()
        try:
            summary = self.summary = generate(load_site(Path(config.config_file_path)), save_cache=not self._serving)
        except (ConfigError, KnowledgeBaseError) as error:
            raise PluginError(f"knowledge base not built, nothing changed:\n{error}") from error
        # Reproducible output: MkDocs dates the sitemap (and its gzip header) with the build time
        # unless SOURCE_DATE_EPOCH is set; the newest article's date is stable and meaningful.
        # Set for this build only, unless the user set it.
        self._set_epoch = "SOURCE_DATE_EPOCH" not in os.environ
        if self._set_epoch:
            os.environ["SOURCE_DATE_EPOCH"] = str(summary.newest_epoch)
        if summary.skipped and self.config.strict_input:
            raise PluginError(f"{len(summary.skipped)} article file(s) skipped and --strict-input is set")
