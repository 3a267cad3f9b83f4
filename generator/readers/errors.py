from __future__ import annotations


class ReadError(Exception):
    """A file that cannot become an article; str() is the one-line message users see."""

    def __init__(self, source: str, line: int | None, reason: str):
        self.source, self.line, self.reason = source, line, reason
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {reason}")
