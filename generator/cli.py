"""Command line: `python -m generator build|generate ...`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .config import CONFIG_FILE, ConfigError, load_site
from .engines import ENGINES, build_site
from .knowledge_base import KnowledgeBaseError
from .pipeline import generate


def write_stubs(config_file: Path, output: Path | None) -> int:
    """List what discovery found that the knowledge base lacks, and write it as YAML stubs that a
    user can move into content/entities/ (promote, rename) or list in content/rejected.yml."""
    import yaml

    from .knowledge_base import load_knowledge_base
    from .pipeline import REJECTED_FILE, Summary, extract_all, read_articles
    from .discover import load_rejected

    site = load_site(config_file)
    summary = Summary()
    articles, _ = read_articles(site, summary)
    curated = load_knowledge_base(site.content_dir / "entities", set(site.types), site.root)
    entities = extract_all(articles, curated, load_rejected(site.content_dir / REJECTED_FILE)).entities
    found = sorted((e for e in entities.values() if e.discovered), key=lambda e: (e.type, e.name.casefold()))
    output = output or site.root / "build" / "discovered.yml"
    output.parent.mkdir(parents=True, exist_ok=True)
    parts = [f"# {len(found)} entities found in the articles that content/entities/ lacks.\n"
             "# Move an entry into a file under content/entities/ to curate it (edit name, aliases,\n"
             f"# description, fields), or list its name in content/{REJECTED_FILE} to keep it out for good.\n"]
    for entity in found:
        provenance = entity.provenance
        sentence = " ".join(provenance.sentence.split()) if provenance else ""
        parts.append(f"\n# {provenance.pattern if provenance else 'discovered'} in {provenance.article_id if provenance else '?'}:"
                     f" {sentence[:200]}\n")
        record = {"id": entity.id, "name": entity.name, "type": entity.type, "aliases": list(entity.aliases),
                  "description": "", "fields": dict(entity.fields)}
        parts.append(yaml.safe_dump([record], allow_unicode=True, sort_keys=False, width=100))
        print(f"{entity.type:<13} {entity.name}  ({provenance.pattern if provenance else ''})")
    output.write_text("".join(parts), encoding="utf-8")
    print(f"{len(found)} stubs written to {output}", file=sys.stderr)
    return 0


def print_score(gold: Path, articles: Path | None, errors: bool) -> int:
    from .scoring import AnnotationError, score

    try:
        scores = score(gold, articles)
    except AnnotationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for unread in scores.unread:
        print(f"warning: {unread} (its annotation is not scored)", file=sys.stderr)
    print(scores.table())
    if errors:
        print("\n".join(scores.errors))
    for failure in scores.failures():
        print(f"below target: {failure}")
    return 1 if scores.failures() else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--config", type=Path, default=Path(CONFIG_FILE), help="site configuration file")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="generate the pages, build the site (--strict) and index it for search")
    build.add_argument("--strict-input", action="store_true", help="fail if any article file is skipped")
    build.add_argument("--engine", choices=ENGINES, default="mkdocs",
                       help="MkDocs with Material (default), or Zensical on the same configuration")
    commands.add_parser("generate", help="only generate the Markdown pages into the docs folder")
    discover = commands.add_parser("discover", help="list entities found that the knowledge base lacks; write YAML stubs")
    discover.add_argument("--output", type=Path, help="where to write the stubs (default: build/discovered.yml)")
    score = commands.add_parser("score", help="precision and recall of extraction on a hand-annotated gold set")
    score.add_argument("--gold", type=Path, default=Path("tests/gold"),
                       help="annotation file, or a folder with gold.yml and articles/ (default: tests/gold)")
    score.add_argument("--articles", type=Path, help="folder of the annotated articles (default: articles/ beside the annotations)")
    score.add_argument("--errors", action="store_true", help="list every miss and every wrong find")
    importer = commands.add_parser("import", help="import saved web pages, text or Markdown files into content/articles/")
    importer.add_argument("paths", type=Path, nargs="+", metavar="PATH", help="files or folders to import")
    args = parser.parse_args(argv)
    if args.command == "import":
        from .importer import import_paths

        return import_paths(args.paths, load_site(args.config).content_dir / "articles")
    if args.command == "score":
        return print_score(args.gold, args.articles, args.errors)
    try:
        if args.command == "build":
            return build_site(args.config, args.strict_input, args.engine)
        if args.command == "discover":
            return write_stubs(args.config, args.output)
        generate(load_site(args.config))
        return 0
    except (ConfigError, KnowledgeBaseError) as error:
        print(f"error: nothing generated:\n{error}", file=sys.stderr)
        return 1
