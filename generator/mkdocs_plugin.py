"""The MkDocs plugin `knowledge` (named under `plugins:` in site_config.yml): it regenerates the
docs folder before every build, so `mkdocs build` and each reload of `mkdocs serve` (which
watches content/) see current content."""
from __future__ import annotations

from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from .config import ConfigError, load_site
from .knowledge_base import KnowledgeBaseError
from .pipeline import generate

class KnowledgeConfig(Config):
    # Fail the build when an article file is skipped (default: report it and build the rest).
    strict_input = config_options.Type(bool, default=False)


class KnowledgePlugin(BasePlugin[KnowledgeConfig]):
    def on_pre_build(self, *, config) -> None:
        try:
            summary = generate(load_site(Path(config.config_file_path)))
        except (ConfigError, KnowledgeBaseError) as error:
            raise PluginError(f"knowledge base not built, nothing changed:\n{error}") from error
        if summary.skipped and self.config.strict_input:
            raise PluginError(f"{len(summary.skipped)} article file(s) skipped and --strict-input is set")
