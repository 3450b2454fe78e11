"""Expand input paths: folders (recursive, sorted) and archives (zip, tar, tar.gz), safely."""

from __future__ import annotations

import os
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from .detect import ZIP_ERRORS, detect_archive
from .models import InputItem

_SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class ArchiveLimits:
    """Safety limits applied while expanding archives."""

    max_members: int = 10_000  # files per top-level archive, nested ones included
    max_total_size: int = 2 * 1024**3  # bytes extracted per top-level archive
    max_member_size: int = 512 * 1024**2
    max_ratio: float = 200.0  # uncompressed / compressed size of one member
    max_depth: int = 2  # archive in archive = depth 2


class _Budget:
    """Members and bytes still allowed for one top-level archive."""

    def __init__(self, limits: ArchiveLimits) -> None:
        self.limits = limits
        self.members = 0
        self.bytes = 0


class _MemberError(Exception):
    pass


def _safe_parts(name: str) -> list[str]:
    """Split an archive member name; raise if it could land outside the extraction root."""
    raw = name.replace("\\", "/")
    if raw.startswith("/") or (len(raw) > 1 and raw[1] == ":"):
        raise _MemberError("absolute path in archive (unsafe, skipped)")
    parts = [p for p in PurePosixPath(raw).parts if p not in ("", ".")]
    if any(p == ".." for p in parts):
        raise _MemberError("path escapes the archive root ('..', zip-slip; skipped)")
    if not parts:
        raise _MemberError("empty member name")
    return parts


def _skippable(parts: list[str]) -> bool:
    return parts[0] == "__MACOSX" or parts[-1] in _SKIP_NAMES or parts[-1].startswith("._")


def _copy_limited(src: IO[bytes], dest: Path, budget: _Budget, declared: int, compressed: int | None) -> None:
    lim = budget.limits
    written = 0
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(dest, "xb") as out:
            while True:
                chunk = src.read(1 << 20)
                if not chunk:
                    break
                written += len(chunk)
                if declared >= 0 and written > declared:
                    raise _MemberError("member larger than its declared size (corrupt or malicious archive)")
                if written > lim.max_member_size:
                    raise _MemberError(f"member exceeds {lim.max_member_size} bytes (skipped)")
                if budget.bytes + written > lim.max_total_size:
                    raise _MemberError(f"archive exceeds {lim.max_total_size} bytes uncompressed (possible bomb)")
                if compressed is not None and written > 1 << 20 and written / max(compressed, 1) > lim.max_ratio:
                    raise _MemberError(f"compression ratio above {lim.max_ratio:g} (possible zip bomb)")
                out.write(chunk)
    except _MemberError:
        dest.unlink(missing_ok=True)
        raise
    budget.bytes += written


def _precheck(budget: _Budget, size: int, compressed: int | None) -> None:
    lim = budget.limits
    budget.members += 1
    if budget.members > lim.max_members:
        raise _MemberError(f"archive has more than {lim.max_members} members (skipped)")
    if size > lim.max_member_size:
        raise _MemberError(f"member is {size} bytes uncompressed, above the {lim.max_member_size} limit (skipped)")
    if budget.bytes + size > lim.max_total_size:
        raise _MemberError(f"archive exceeds {lim.max_total_size} bytes uncompressed (possible bomb; skipped)")
    if compressed is not None and size > 1 << 16 and size / max(compressed, 1) > lim.max_ratio:
        raise _MemberError(
            f"compression ratio {size / max(compressed, 1):.0f} above {lim.max_ratio:g} (possible zip bomb; skipped)"
        )


class _Expander:
    def __init__(self, workdir: Path, limits: ArchiveLimits) -> None:
        self.workdir = workdir
        self.limits = limits
        self.counter = 0

    def _new_dir(self) -> Path:
        while True:  # never reuse (or delete) a folder already in the caller's workdir
            self.counter += 1
            d = self.workdir / f"x{self.counter:04d}"
            try:
                d.mkdir(parents=True)
                return d
            except FileExistsError:
                continue

    def file(self, path: Path, display: str, depth: int, budget: _Budget | None) -> Iterator[InputItem]:
        kind = detect_archive(path)
        if kind is None:
            yield InputItem(display, path, None)
            return
        if depth >= self.limits.max_depth:
            yield InputItem(display, path, f"nested archive deeper than {self.limits.max_depth} levels (skipped)")
            return
        budget = budget or _Budget(self.limits)
        count = 0
        try:
            members = self._zip(path, display, depth + 1, budget) if kind == "zip" else self._tar(
                path, display, depth + 1, budget
            )
            for item in members:
                count += 1
                yield item
            if count == 0:
                yield InputItem(display, None, "archive holds no documents")
        except (*ZIP_ERRORS, tarfile.TarError) as e:  # a damaged central directory, tar header, …
            yield InputItem(display, path, f"corrupt archive ({type(e).__name__}: {e})")

    def _zip(self, path: Path, display: str, depth: int, budget: _Budget) -> Iterator[InputItem]:
        root = self._new_dir()
        seen: set[str] = set()
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            for info in infos:
                name = f"{display}/{info.filename.replace(chr(92), '/').lstrip('/')}"
                if info.is_dir():
                    continue
                try:
                    parts = _safe_parts(info.filename)
                    if _skippable(parts):
                        continue
                    name = f"{display}/{'/'.join(parts)}"
                    mode = info.external_attr >> 16
                    if info.create_system == 3 and stat.S_ISLNK(mode):
                        raise _MemberError("symbolic link skipped")
                    if info.flag_bits & 0x1:
                        raise _MemberError("encrypted archive member (password required)")
                    key = "/".join(parts).casefold()
                    if key in seen:
                        raise _MemberError("duplicate member name in archive (skipped)")
                    seen.add(key)
                    _precheck(budget, info.file_size, info.compress_size)
                    dest = root.joinpath(*parts)
                    with zf.open(info) as src:
                        _copy_limited(src, dest, budget, info.file_size, info.compress_size)
                except _MemberError as e:
                    yield InputItem(name, None, str(e))
                    continue
                except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError, zlib.error) as e:
                    yield InputItem(name, None, f"cannot extract ({type(e).__name__}: {e})")
                    continue
                yield from self.file(dest, name, depth, budget)

    def _tar(self, path: Path, display: str, depth: int, budget: _Budget) -> Iterator[InputItem]:
        root = self._new_dir()
        compressed = path.stat().st_size
        seen: set[str] = set()
        with tarfile.open(path, "r:*") as tf:
            for m in tf:
                if m.isdir():
                    continue
                name = f"{display}/{m.name.lstrip('/')}"
                try:
                    parts = _safe_parts(m.name)
                    name = f"{display}/{'/'.join(parts)}"
                    if m.issym():
                        raise _MemberError("symbolic link skipped")
                    if m.islnk():
                        raise _MemberError("hard link skipped")
                    if not m.isfile():
                        raise _MemberError("special file (device/fifo) skipped")
                    if _skippable(parts):
                        continue
                    key = "/".join(parts).casefold()
                    if key in seen:
                        raise _MemberError("duplicate member name in archive (skipped)")
                    seen.add(key)
                    # Whole-archive ratio: a tar.gz bomb inflates one small file to gigabytes.
                    _precheck(budget, m.size, None)
                    if (budget.bytes + m.size) > 1 << 20 and (budget.bytes + m.size) / max(
                        compressed, 1
                    ) > self.limits.max_ratio:
                        raise _MemberError(
                            f"compression ratio above {self.limits.max_ratio:g} (possible tar bomb; skipped)"
                        )
                    src = tf.extractfile(m)
                    if src is None:
                        raise _MemberError("cannot read member")
                    dest = root.joinpath(*parts)
                    with src:
                        _copy_limited(src, dest, budget, m.size, None)
                except _MemberError as e:
                    yield InputItem(name, None, str(e))
                    continue
                yield from self.file(dest, name, depth, budget)

    def folder(self, folder: Path, prefix: str) -> Iterator[InputItem]:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            yield InputItem(prefix or folder.name, None, f"cannot list folder ({e.strerror})")
            return
        for entry in entries:
            display = f"{prefix}{entry.name}"
            if entry.is_symlink():
                yield InputItem(display, None, "symbolic link skipped")
            elif entry.is_dir(follow_symlinks=False):
                yield from self.folder(Path(entry.path), display + "/")
            elif entry.is_file(follow_symlinks=False):
                if entry.name in _SKIP_NAMES or entry.name.startswith("._"):
                    continue
                yield from self.file(Path(entry.path), display, 0, None)
            else:
                yield InputItem(display, None, "special file (device/fifo/socket) skipped")


def iter_inputs(
    paths: Sequence[Path], workdir: Path, *, limits: ArchiveLimits | None = None
) -> Iterator[InputItem]:
    """Yield every document under ``paths``; archives are extracted below ``workdir``.

    Files given directly are named by their file name, files inside a given folder by their path
    relative to that folder, archive members as "<archive name>/<member path>".
    """
    exp = _Expander(Path(workdir), limits or ArchiveLimits())
    Path(workdir).mkdir(parents=True, exist_ok=True)
    for p in paths:
        p = Path(p)
        if p.is_symlink() and p.is_dir():
            yield InputItem(p.name, None, "symbolic link skipped")
        elif p.is_dir():
            yield from exp.folder(p, "")
        elif p.is_file():
            yield from exp.file(p, p.name, 0, None)
        else:
            yield InputItem(str(p), None, "no such file or folder")
