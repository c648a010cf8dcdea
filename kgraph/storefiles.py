"""What a store keeps of each article, and how its files are written and checked: whole or not at
all, with checksums, and a damaged file stops the run with its name and what to do."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from kgraph.errors import StoreError
from kgraph.link import DocLinks
from kgraph.types import Article, DocFacts, Relation


def sha256(text: str | bytes) -> str:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


def damaged(store: Path, path: Path, why: str) -> str:
    return (f"{path}: this store file is damaged: {why}. Run `kgraph store check {store}` to see what is "
            f"wrong, and `kgraph store repair {store}` to rebuild the store from its facts files")


def read_json(path: Path, store: Path):  # type: ignore[no-untyped-def]
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StoreError(damaged(store, path, "it is missing")) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise StoreError(damaged(store, path, f"it is not JSON ({err})")) from None


def check_sum(path: Path, expected: str | None, store: Path) -> None:
    """Stop unless ``path`` has the SHA-256 the store recorded for it (when it recorded one)."""
    if expected is None:
        return
    try:
        found = sha256(path.read_bytes())
    except FileNotFoundError:
        raise StoreError(damaged(store, path, "it is missing")) from None
    if found != expected:
        raise StoreError(damaged(store, path, "its checksum does not match what the store recorded"))


@dataclass
class Stored:
    """One article as a line of the store's links.jsonl keeps it."""

    links: DocLinks
    relations: tuple[Relation, ...]  # the direct layer is recomputed from them when entities move
    mentions: int
    facts: int
    iris: dict[str, str]  # entity key -> IRI, as last linked
    line: str = ""  # the JSON line read from disk, written again as it is while nothing changed

    @classmethod
    def of(cls, f: DocFacts) -> Stored:
        return cls(DocLinks.of(f), f.relations, len(f.mentions),
                   len(f.quotes) + len(f.relations) + len(f.events) + len(f.counts), {})

    def to_line(self) -> str:
        return json.dumps({"links": self.links.to_dict(), "relations": [asdict(r) for r in self.relations],
                           "mentions": self.mentions, "facts": self.facts, "iris": self.iris},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_line(cls, line: str) -> Stored:
        data = json.loads(line)
        relations = DocFacts.from_dict({"article": {"id": "", "text": "", "source": ""},
                                        "relations": data["relations"]}).relations
        return cls(DocLinks.from_dict(data["links"]), relations, data["mentions"], data["facts"],
                   data["iris"], line)

    def direct_facts(self, article: Article) -> DocFacts:
        """A DocFacts with only what the direct layer reads: the article's id and its relations."""
        return DocFacts(article=article, relations=self.relations)


def facts_name(doc_id: str, content_hash: str) -> str:
    digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{digest[:32]}-{content_hash[:16]}.json"


def write_text(path: Path, text: str) -> None:
    """Write ``path`` whole or not at all: a temporary file, synced to disk, then renamed (so the
    manifest never names a facts file a power cut could leave empty)."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def check_sizes(store: Path, manifest: dict) -> None:  # type: ignore[type-arg]
    """Stop if a facts file is missing or not the size the store recorded (``kgraph store check``
    also compares their checksums)."""
    folder = store / "facts"
    for info in manifest["docs"].values():
        path = folder / info["file"]
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise StoreError(damaged(store, path, "it is missing")) from None
        if "bytes" in info and size != info["bytes"]:
            raise StoreError(damaged(store, path, f"it has {size} bytes, the store recorded {info['bytes']}"))
