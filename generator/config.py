"""Settings the generator reads from `site_config.yml`, which is also the MkDocs configuration:
the generator's own keys live under `extra.knowledge`, so every MkDocs option passes through."""
from __future__ import annotations

from functools import cached_property
from typing import Literal
from pathlib import Path

from mkdocs.utils.yaml import yaml_load
from pydantic import BaseModel, ConfigDict, Field, ValidationError

CONFIG_FILE = "site_config.yml"


class EntityType(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    label: str  # plural heading, e.g. "People"
    singular: str  # e.g. "Person"
    folder: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    icon: str = "material/tag"


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    content_dir: str = "content"
    entity_types: tuple[EntityType, ...]
    latest_articles: int = 10
    # "Mentioned in" on an entity page lists this many articles, the newest; a longer list gets a
    # page of its own, linked from there (pages of much-mentioned entities stay a bounded size).
    mentions_shown: int = Field(default=100, ge=1)


class Site(BaseModel):
    """What the generator needs from the whole config file."""

    model_config = ConfigDict(frozen=True)
    root: Path
    docs_dir: Path
    site_dir: Path
    use_directory_urls: bool
    site_name: str
    settings: Settings
    site_url: str = ""  # where the site is published; feeds and metadata need absolute URLs
    site_description: str = ""
    engine: Literal["mkdocs", "zensical"] = "mkdocs"  # what turns the docs folder into the site

    @property
    def content_dir(self) -> Path:
        return self.root / self.settings.content_dir

    @cached_property
    def types(self) -> dict[str, EntityType]:
        return {t.id: t for t in self.settings.entity_types}


class ConfigError(Exception):
    pass


def load_site(config_file: Path) -> Site:
    config_file = config_file.resolve()
    try:
        with config_file.open("rb") as handle:
            raw = yaml_load(handle) or {}
        knowledge = (raw.get("extra") or {}).get("knowledge")
        if knowledge is None:
            raise ConfigError(f"{config_file.name}: missing 'extra: knowledge:' settings")
        return Site(root=config_file.parent,
                    docs_dir=config_file.parent / raw.get("docs_dir", "docs"),
                    site_dir=config_file.parent / raw.get("site_dir", "site"),
                    use_directory_urls=raw.get("use_directory_urls", True),
                    site_name=raw.get("site_name", ""),
                    site_url=raw.get("site_url") or "", site_description=raw.get("site_description") or "",
                    settings=Settings.model_validate(knowledge))
    except (OSError, ValidationError) as error:
        raise ConfigError(f"{config_file.name}: {error}") from error
