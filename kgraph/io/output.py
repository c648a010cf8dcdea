"""An output folder that never misleads: checked before any analysis, replaced as a set of files,
and described by a manifest of the run that wrote it.

The files of one run are written into a staging folder inside the output folder. When all are
complete, a journal listing the moves is written, the files are moved into place, then
``manifest.json`` (the run's files with their sizes and SHA-256) replaces the old one and the
journal is removed. A run killed during the moves leaves the journal: the next run (or any reader
calling ``recover``) finishes the moves first, so the folder always holds one run's files. Files
an earlier run's manifest lists and this run did not write are removed: a folder never mixes
two runs' outputs.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from kgraph.errors import OutputError

MANIFEST = "manifest.json"
JOURNAL = ".kgraph-moves.json"


def check_writable(folder: str | os.PathLike[str], what: str = "output folder") -> Path:
    """Raise OutputError unless ``folder`` is, or can be made, a folder kgraph may write into.

    Nothing is created: the check looks at the folder, or at its nearest existing parent.
    """
    path = Path(folder)
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path}: the {what} is a file, not a folder")
    probe = path
    while not probe.exists():
        if probe.parent == probe:
            break
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError(f"{path}: cannot create the {what}: {probe} is not a folder")
    if not os.access(probe, os.W_OK | os.X_OK):
        where = "" if probe == path else f" (in {probe})"
        raise OutputError(f"{path}: the {what} cannot be written{where}: permission denied")
    try:
        usage = shutil.disk_usage(probe)
    except OSError:
        return path
    if usage.free < 1 << 20:
        raise OutputError(f"{path}: no space left for the {what} ({usage.free} bytes free)")
    return path


@dataclass(frozen=True)
class Replaced:
    """What replacing an output folder's files did."""

    written: dict[str, Path]  # format -> final path (the first file of a format of several)
    removed: tuple[str, ...]  # files of an earlier run, removed
    left: tuple[str, ...]  # files of an earlier run that no manifest lists (kept, named)


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _write_json(path: Path, data: object) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)


def recover(out: Path) -> None:
    """Finish the moves of a run killed while moving its files into ``out`` (if any)."""
    journal = out / JOURNAL
    if not journal.exists():
        return
    try:
        plan = json.loads(journal.read_text("utf-8"))
    except (OSError, json.JSONDecodeError):
        journal.unlink(missing_ok=True)  # written atomically: an unreadable one is no plan
        return
    for src, dst in plan["moves"]:
        if (out / src).exists():
            (out / src).replace(out / dst)
    _write_json(out / MANIFEST, plan["manifest"])
    for name in plan["remove"]:
        (out / name).unlink(missing_ok=True)
    shutil.rmtree(out / plan["staging"], ignore_errors=True)
    journal.unlink(missing_ok=True)


def old_manifest(out: Path) -> dict[str, object]:
    try:
        data = json.loads((out / MANIFEST).read_text("utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def replace_files(out: Path, staging: Path, files: list[tuple[str, Path]], run: dict[str, object],
                  known_names: tuple[str, ...] = ()) -> Replaced:
    """Move the complete ``files`` ((format, path inside ``staging``)) into ``out`` as one set.

    ``known_names`` are file names an earlier kgraph run may have left here without a manifest
    (older versions wrote none): those not written now are kept and named in the result.
    """
    before = old_manifest(out)
    earlier = {str(f["name"]) for f in before.get("files", []) if isinstance(f, dict)}  # type: ignore[union-attr]
    now = {p.name for _, p in files}
    manifest = {
        "written_by": "kgraph",
        **run,
        "files": [{"name": p.name, "format": fmt, "bytes": p.stat().st_size, "sha256": _digest(p)}
                  for fmt, p in files],
    }
    remove = sorted(n for n in earlier - now if n != MANIFEST)
    plan = {"staging": staging.name, "moves": [[f"{staging.name}/{p.name}", p.name] for _, p in files],
            "manifest": manifest, "remove": remove}
    _write_json(out / JOURNAL, plan)
    recover(out)
    left = tuple(sorted(n for n in known_names if n not in now and n not in earlier and (out / n).exists()))
    firsts: dict[str, Path] = {}
    for fmt, p in files:
        firsts.setdefault(fmt, out / p.name)
    return Replaced(firsts, tuple(remove), left)
