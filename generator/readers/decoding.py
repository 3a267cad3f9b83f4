"""Bytes to text: BOMs first, then strict UTF-8, then charset detection for legacy encodings."""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .errors import ReadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Detection is only trusted for encodings that news archives actually use; anything else
# (EBCDIC, exotic code pages) on a text file is far more often a misfire on binary data.
_LEGACY = ("cp1251", "cp1252", "cp1250", "latin_1", "iso8859_5", "koi8_r", "mac_cyrillic", "cp1253",
           "cp1254", "iso8859_2", "iso8859_15", "cp866", "utf_8", "ascii", "gb18030", "big5",
           "shift_jis", "euc_jp", "euc_kr", "cp949")


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode(data: bytes, source: str) -> str:
    """Decode an article file and normalise line endings to \\n."""
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise ReadError(source, None, f"invalid {encoding} after its byte-order mark") from error
            break
    if text is None:
        if b"\x00" in data:
            raise ReadError(source, None, "binary file (contains NUL bytes), not article text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect(data, source)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text, 0, 4096):
        raise ReadError(source, None, "binary file (control characters), not article text")
    return text


def _detect(data: bytes, source: str) -> str:
    match = from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if match is None:
        raise ReadError(source, None, "not text in any known encoding")
    return str(match)
