"""The one writer for output files: write to a temporary file beside the target, then rename.

A reader never sees a half-written file, and a failure leaves the old file in place.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "out" / "hello.txt"
>>> write_atomic(target, "hello\\n")
PosixPath('...hello.txt')
>>> target.read_text()
'hello\\n'
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import BinaryIO

from kg.errors import UsageError


def write_atomic(path: Path | str, content: str | bytes | Callable[[BinaryIO], None]) -> Path:
    """Write ``content`` (text, bytes, or a function that writes to a binary file) to ``path``.

    A path that cannot be written (its folder is a file, no permission, a folder of that
    name) is a :class:`~kg.errors.UsageError` naming it, before anything is written.
    """
    path = Path(path)
    if path.is_dir():
        raise UsageError(f"{path} is a folder", fix="give the path of a file to write")
    output_folder(path.parent)
    try:
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise UsageError(
            f"cannot write in {path.parent}: {error.strerror or error}",
            fix="choose an output path in a folder you can write",
        ) from error
    try:
        # mkstemp creates the file private (0600); give it the mode a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        with os.fdopen(handle, "wb") as stream:
            if isinstance(content, str):
                stream.write(content.encode("utf-8"))
            elif isinstance(content, bytes):
                stream.write(content)
            else:
                content(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def output_folder(path: Path | str) -> Path:
    """``path`` as a folder to write into, made if missing; a path that is a file (or under
    one) or cannot be made is a :class:`~kg.errors.UsageError` (exit 2).

    >>> output_folder("README.md")
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: README.md is a file, not a folder (fix: give a folder to write into)
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise UsageError(f"{path} is a file, not a folder", fix="give a folder to write into")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(
            f"cannot make the folder {path}: {error.strerror or error}",
            fix="give a folder you can write into",
        ) from error
    return path


def write_set(
    directory: Path | str,
    contents: Mapping[str, str | bytes | Callable[[BinaryIO], None]],
    *,
    family: Iterable[str] = (),
    name: str = "kg",
) -> list[Path]:
    """Write ``contents`` (file name → content) into ``directory`` as one set: a reader sees
    every file of the old set or every file of the new one, never a mix, even if the writer
    is killed half-way.

    The files are written into ``directory/.NAME/set-<n>/``; ``directory/.NAME/current``
    links to the live set and each ``directory/FILE`` is a link through it, so one
    ``rename`` of ``current`` swaps them all. Files of ``family`` that the new set lacks are
    removed (they would be stale); a plain file of that name left by an older writer is
    first adopted into the live set, unchanged. Returns the paths ``directory/FILE``.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = write_set(folder, {"a.txt": "one", "b.txt": "one"})
    >>> _ = write_set(folder, {"a.txt": "two"}, family=["a.txt", "b.txt"])
    >>> (folder / "a.txt").read_text(), (folder / "b.txt").exists()
    ('two', False)
    """
    directory = output_folder(directory)
    base = directory / f".{name}"
    base.mkdir(exist_ok=True)
    current = base / "current"
    managed = set(family) | set(contents)
    if not current.is_symlink():
        _adopt(directory, base, current, managed)
    new = base / f"set-{time.time_ns()}"
    new.mkdir()
    for file_name, content in contents.items():
        write_atomic(new / file_name, content)
    _fsync_directory(new)
    _replace_link(current, new.name)
    _fsync_directory(base)
    for file_name in sorted(managed):
        link = directory / file_name
        if file_name in contents:
            target = f".{name}/current/{file_name}"
            if not (link.is_symlink() and os.readlink(link) == target):
                _replace_link(link, target)
        elif link.is_symlink() or link.is_file():
            link.unlink()
    for stale in base.glob("set-*"):
        if stale != new:
            shutil.rmtree(stale, ignore_errors=True)
    return [directory / file_name for file_name in contents]


def set_files(path: Path | str, *, name: str = "kg") -> list[str] | None:
    """The files of the set :func:`write_set` made that ``path`` belongs to, or ``None``
    when ``path`` is a file of its own (so a writer can rewrite the whole set, not one of
    its files).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = write_set(folder, {"kg.trig": "", "kg.nq": ""})
    >>> set_files(folder / "kg.trig"), set_files(folder / "other.trig")
    (['kg.nq', 'kg.trig'], None)
    """
    path = Path(path)
    if not (path.is_symlink() and os.readlink(path) == f".{name}/current/{path.name}"):
        return None
    live = path.parent / f".{name}" / "current"
    return sorted(member.name for member in live.iterdir() if member.is_file())


def _adopt(directory: Path, base: Path, current: Path, names: set[str]) -> None:
    """Make the plain files an older writer left the live set, each still readable."""
    legacy = base / f"set-{time.time_ns()}"
    legacy.mkdir()
    found = [
        n for n in sorted(names) if (directory / n).is_file() and not (directory / n).is_symlink()
    ]
    for file_name in found:
        os.link(directory / file_name, legacy / file_name)
    _replace_link(current, legacy.name)
    for file_name in found:
        _replace_link(directory / file_name, f"{base.name}/current/{file_name}")


def _replace_link(link: Path, target: str) -> None:
    temporary = link.with_name(f".{link.name}.{time.time_ns()}.link")
    temporary.symlink_to(target)
    os.replace(temporary, link)


def _fsync_directory(directory: Path) -> None:
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
