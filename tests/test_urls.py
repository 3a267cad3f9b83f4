from generator.urls import Urls


def test_directory_urls():
    urls = Urls(use_directory_urls=True)
    assert urls.url("index.md") == ""
    assert urls.url("articles/index.md") == "articles/"
    assert urls.url("articles/a.md") == "articles/a/"
    assert urls.href("articles/a.md", "people/p.md") == "../../people/p/"
    assert urls.href("articles/a.md", "articles/a.md", "p3") == "./#p3"
    assert urls.href("index.md", "articles/a.md") == "articles/a/"
    assert urls.href("people/index.md", "people/p.md") == "p/"
    assert urls.href("people/p.md", "index.md") == "../../"


def test_file_urls():
    urls = Urls(use_directory_urls=False)
    assert urls.url("articles/a.md") == "articles/a.html"
    assert urls.href("articles/a.md", "people/p.md", "x") == "../people/p.html#x"
    assert urls.href("articles/a.md", "articles/index.md") == "./"


def test_links_relative_to_the_markdown_file():
    # Zensical resolves a raw-HTML link from the Markdown file's folder, then writes it for the page.
    urls = Urls(use_directory_urls=True, relative_to_source=True)
    assert urls.href("articles/a.md", "people/p.md") == "../people/p/"
    assert urls.href("people/p.md", "index.md") == "../"
    assert urls.href("index.md", "articles/a.md") == "articles/a/"
    # A file the engine copies as it is keeps links from its own URL.
    assert urls.href("people/alias.md", "people/p.md", as_is=True) == "../p/"
