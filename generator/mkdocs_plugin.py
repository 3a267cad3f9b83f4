"""The MkDocs plugin `knowledge` (named under `plugins:` in site_config.yml): it regenerates the
docs folder before every build, so `mkdocs build` and each reload of `mkdocs serve` (which
watches content/) see current content."""
from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from .config import ConfigError, load_site
from .knowledge_base import KnowledgeBaseError
from .pipeline import generate

STRICT_INPUT = "KNOWLEDGE_STRICT_INPUT"  # set by `python -m generator build --strict-input`


class KnowledgePlugin(BasePlugin):
    def on_pre_build(self, *, config) -> None:
        try:
            summary = generate(load_site(Path(config.config_file_path)))
        except (ConfigError, KnowledgeBaseError) as error:
            raise PluginError(f"knowledge base not built, nothing changed:\n{error}") from error
        if summary.skipped and os.environ.get(STRICT_INPUT):
            raise PluginError(f"{len(summary.skipped)} article file(s) skipped and --strict-input is set")
