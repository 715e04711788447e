"""The files a file iterator's path parameter names, found as MXNet's file splitter finds them.

A path is one or more patterns joined by ``;``. A pattern without a directory part (or ending in
``/``) names a file or a directory (whose non-empty files are read); one with a directory part names
that file if the directory lists it, otherwise the directory's non-empty files whose path matches it
as a regular expression. Empty files are skipped; finding no file at all is an error.
"""
import os
import re

from ..base import MXNetError, local_file


def input_files(uri):
    """The non-empty files ``uri`` names, in the order the core reads them."""
    uri = str(uri)
    parts = uri.split("#") if uri else []       # name#cachefile: the cache file is not read here
    if len(parts) not in (1, 2):
        raise MXNetError(f"Check failed: name_cache.size() == 1U ({len(parts)} vs. 1) : only one `#` is allowed in "
                         "file path for cachefile specification")
    found = []
    for pattern in parts[0].split(";"):
        for path in _expand(local_file(pattern)):
            found.extend(_files_at(path))
    if not found:
        raise MXNetError("Check failed: files_.size() != 0U (0 vs. 0) : Cannot find any files that matches the URI "
                         f"pattern {uri}")
    return found


def _expand(name):
    slash = name.rfind("/")
    if slash < 0 or slash == len(name) - 1:
        return [name]
    listed = _list_directory(name[:slash])
    if name in listed:
        return [name]
    try:
        regex = re.compile(name)
    except re.error:
        return []
    return [p for p in listed if os.path.isfile(p) and os.path.getsize(p) and regex.fullmatch(p.rstrip("/"))]


def _list_directory(directory):
    """The entries of ``directory`` as ``directory/name`` (its own error words when it cannot be listed)."""
    try:
        names = os.listdir(directory or "\0")       # an empty name is no directory, as for the core
    except (OSError, ValueError) as e:
        reason = getattr(e, "strerror", None) or "No such file or directory"
        raise MXNetError(f"LocalFileSystem.ListDirectory {directory} error: {reason}") from None
    prefix = directory if directory.endswith("/") else directory + "/"
    return [prefix + n for n in names]


def _files_at(path):
    """``path`` if it is a non-empty file, a directory's non-empty files, or nothing."""
    try:
        info = os.stat(path)
    except OSError as e:
        raise MXNetError(f"LocalFileSystem.GetPathInfo: {path} error: {e.strerror}") from None
    if os.path.isdir(path):
        return [p for p in _list_directory(path) if os.path.isfile(p) and os.path.getsize(p)]
    return [path] if info.st_size else []
