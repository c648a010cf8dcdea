"""SPARQL text before it reaches a store: kgraph's prefixes, updates told from queries, SERVICE
refused, syntax errors placed in the text the user wrote."""

from __future__ import annotations

import re

from pyoxigraph import Store

from kgraph.errors import QueryError
from kgraph.vocab import PREFIXES


def with_prefixes(query: str) -> str:
    """The query with kgraph's prefixes declared, unless it declares them itself."""
    declared = {line.split(":")[0].split()[-1].lower() for line in query.splitlines()
                if line.strip().upper().startswith("PREFIX")}
    header = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p not in declared)
    return header + query


def is_update(query: str) -> bool:
    """Whether a SPARQL request is an update (INSERT, DELETE, LOAD, CLEAR, DROP...)."""
    import re

    body = re.sub(r"#[^\n]*", " ", query)
    body = re.sub(r"(?is)^\s*((PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", "", body)
    return bool(re.match(r"(?i)(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", body.lstrip()))


# A SPARQL text's comments, strings and IRIs: keywords are looked for outside them.
_LEXEMES = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\s]*>'
    r"|#[^\n]*"
)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE\b(?!\s*:)", re.IGNORECASE)


def uses_service(query: str) -> bool:
    """Whether a SPARQL query or update holds a SERVICE clause (a federated call to another
    endpoint): not in a comment, a string or an IRI, and not a variable or prefixed name."""
    return bool(_SERVICE.search(_LEXEMES.sub(" ", query)))


def check_service(query: str, allowed: bool) -> None:
    if not allowed and uses_service(query):
        raise QueryError("SERVICE (a call to another SPARQL endpoint) is disabled: kgraph answers from "
                         "the graph alone; pass --allow-service to let the query reach the network")


def run_update(store: Store, update: str, *, allow_service: bool = False) -> None:
    """Run a SPARQL Update on a writable store."""
    check_service(update, allow_service)
    text = with_prefixes(update)
    try:
        store.update(text)
    except SyntaxError as err:
        raise QueryError(f"SPARQL syntax error: {_shift_position(str(err), text, update)}") from err


def _shift_position(message: str, sent: str, original: str) -> str:
    """Error positions refer to the query as the user wrote it, not with the prefix header."""
    import re

    added = sent.count("\n") - original.count("\n")

    def fix(m: re.Match[str]) -> str:
        return f"{m.group(1)}{int(m.group(2)) - added}"

    message = re.sub(r"(at |line )(\d+)(?=:\d)", fix, message, count=1)
    if "Prefix not found" in message:  # the parser lists every character a name may hold
        at = re.search(r"error at (\d+:\d+)", message)
        where = f" at {at.group(1)}" if at else ""
        return (f"error{where}: unknown prefix; kgraph declares {', '.join(f'{p}:' for p in PREFIXES)}: "
                "declare others with PREFIX name: <IRI>")
    if len(message) > 300:
        message = message[:300].rsplit(",", 1)[0] + ", ..."
    return message
