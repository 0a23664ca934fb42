"""What a query may do before any engine sees it: no SERVICE unless allowed, bounded nesting.

Oxigraph and rdflib both execute ``SERVICE <iri> { … }`` by sending the inner pattern to that
address over HTTP and reading the answer back as solutions, so a query given to ``dkg
serve`` (or to ``dkg query`` on a local graph) could make this machine fetch internal
addresses for whoever wrote it. :func:`check_query` refuses every ``SERVICE`` whose target
is not on an explicit allow-list, and refuses queries nested so deeply that the engines'
recursive parsers overflow their stack (Oxigraph's process dies at about 3,000 nested
groups, or a chain of 10,000 ``||``).

The check reads the query's tokens (comments, strings, IRIs, prefixed names with their
escapes, variables, keywords) as the SPARQL grammar defines them, twice: as written, and
with the codepoint escapes (``\\u0053ERVICE``) that the SPARQL specification lets a
processor expand before parsing. A ``SERVICE`` whose target it cannot work out (a variable,
an unknown prefix, a relative IRI without ``BASE``) is refused.

>>> check_query("SELECT * { ?s ?p ?o }")
>>> check_query("SELECT * { SERVICE <http://127.0.0.1:8890/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
...
kg.errors.QueryError: SERVICE <http://127.0.0.1:8890/sparql> is refused: ...
>>> check_query("SELECT * {" + "{" * 500 + "}" * 500 + "}")
Traceback (most recent call last):
...
kg.errors.QueryError: the query nests groups or brackets 501 deep, more than 100 ...
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from kg.errors import QueryError

__all__ = [
    "LEXICAL_SKIP",
    "MAX_NESTING",
    "MAX_OPERATORS",
    "check_query",
    "host_and_port",
    "is_address",
    "service_targets",
]

#: deepest nesting of ``{ ( [`` a query may have (Oxigraph crashes near 3,000)
MAX_NESTING = 100
#: operators and pattern keywords a query may hold (Oxigraph crashes on a 10,000-long chain)
MAX_OPERATORS = 2000

# Tokens inside which a `{` or a keyword does not count: a comment, a long or short string, an
# IRI (a `<` followed by a space or `=` is a comparison, not an IRI). kg.query finds the WHERE
# group with it.
LEXICAL_SKIP = re.compile(
    r"#[^\n]*"
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|"(?:[^"\\\n]|\\.)*"'
    r'|<[^<>"{}|^`\\\x00-\x20=]*>'
)

_PN_CHARS_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_PN_CHARS_U = _PN_CHARS_BASE + "_"
_PN_CHARS = _PN_CHARS_U + r"\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PN_PREFIX = f"[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PN_LOCAL = (
    f"(?:[{_PN_CHARS_U}:0-9]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?"
)
_IRI_BODY = r'(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*'
# One token of SPARQL (section 19.8 of the specification), longest forms first; what matches
# none of them is one character of punctuation or an operator.
_TOKEN = re.compile(
    rf"""
    (?P<space>\s+)
    |(?P<comment>\#[^\n\r]*)
    |(?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
        |\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
        |'(?:[^'\\\n\r]|\\.)*'
        |"(?:[^"\\\n\r]|\\.)*")
    |(?P<iri><{_IRI_BODY}>)
    |(?P<bnode>_:[{_PN_CHARS_U}0-9](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)
    |(?P<pname>(?:{_PN_PREFIX})?:(?:{_PN_LOCAL})?)
    |(?P<variable>[?$][{_PN_CHARS_U}0-9][{_PN_CHARS_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*)
    |(?P<langtag>@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)
    |(?P<word>[A-Za-z_][A-Za-z_0-9]*)
    |(?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)
    |(?P<operator>\|\||&&|!=|<=|>=|\^\^|[!=<>+\-*/|^])
    |(?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_OPENING, _CLOSING = "{([", "})]"
# Operators and keywords that the engines turn into one level of a recursive tree each.
_CHAINING_KEYWORDS = frozenset({"UNION", "OPTIONAL", "MINUS", "FILTER", "BIND", "EXISTS"})
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_LOCAL_ESCAPE = re.compile(r"\\(.)")


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    position: int


def _tokens(text: str) -> Iterator[_Token]:
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind not in ("space", "comment"):
            yield _Token(kind, match.group(), match.start())


def _expand_codepoints(text: str) -> str:
    """``\\uXXXX`` and ``\\UXXXXXXXX`` replaced by their characters (an invalid code point
    is left as written).

    >>> _expand_codepoints(r"\\u0053ERVICE <http\\u003a//x>")
    'SERVICE <http://x>'
    """

    def character(match: re.Match) -> str:
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except (ValueError, OverflowError):
            return match.group()

    return _CODEPOINT.sub(character, text)


def service_targets(text: str, prefixes: Mapping[str, str] | None = None) -> list[str | None]:
    """The addresses the query's ``SERVICE`` clauses name, in order; ``None`` for a target
    that cannot be known before the query runs (a variable, an unknown prefix, a relative IRI
    without ``BASE``). Both readings of the text are searched (see the module's notes).

    >>> service_targets('''PREFIX e: <http://example.org/>
    ... SELECT * { SERVICE SILENT e:sparql { ?s ?p ?o } # SERVICE <http://a/>
    ...   FILTER (?o = "SERVICE <http://b/>") SERVICE ?where { } }''')
    ['http://example.org/sparql', None]
    >>> service_targets(r"SELECT * { \\u0053ERVICE <http://c/> { } }")
    ['http://c/']
    """
    found: list[str | None] = []
    readings = [text]
    expanded = _expand_codepoints(text)
    if expanded != text:
        readings.append(expanded)
    for reading in readings:
        for target in _service_targets(list(_tokens(reading)), prefixes or {}):
            if target not in found or target is None:
                found.append(target)
    return found


def _service_targets(
    tokens: list[_Token], given_prefixes: Mapping[str, str]
) -> Iterator[str | None]:
    prefixes = dict(given_prefixes)
    base: str | None = None
    for index, token in enumerate(tokens):
        keyword = token.text.upper() if token.kind == "word" else ""
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if keyword == "BASE" and following is not None and following.kind == "iri":
            base = _iri(following.text, base)
        elif keyword == "PREFIX" and index + 2 < len(tokens):
            name, iri = tokens[index + 1], tokens[index + 2]
            if name.kind == "pname" and name.text.endswith(":") and iri.kind == "iri":
                prefixes[name.text[:-1]] = _iri(iri.text, base) or ""
        elif keyword == "SERVICE":
            target = following
            if target is not None and target.kind == "word" and target.text.upper() == "SILENT":
                target = tokens[index + 2] if index + 2 < len(tokens) else None
            yield _target(target, prefixes, base)


def _target(token: _Token | None, prefixes: Mapping[str, str], base: str | None) -> str | None:
    if token is None:
        return None
    if token.kind == "iri":
        return _iri(token.text, base)
    if token.kind == "pname":
        prefix, _, local = token.text.partition(":")
        if prefix not in prefixes or not prefixes[prefix]:
            return None
        return prefixes[prefix] + _LOCAL_ESCAPE.sub(r"\1", local)
    return None


def _iri(token: str, base: str | None) -> str | None:
    """The absolute IRI an IRIREF token names; None when it is relative and there is no base."""
    iri = _expand_codepoints(token[1:-1])
    if urlsplit(iri).scheme:
        return iri
    return urljoin(base, iri) if base else None


def _depth_and_operators(text: str) -> tuple[int, int]:
    depth = deepest = operators = 0
    for token in _tokens(text):
        if token.kind == "operator" or (
            token.kind == "word" and token.text.upper() in _CHAINING_KEYWORDS
        ):
            operators += 1
        elif token.text in _OPENING:
            depth += 1
            deepest = max(deepest, depth)
        elif token.text in _CLOSING:
            depth -= 1
    return deepest, operators


def check_query(
    text: str,
    *,
    allow_service: Sequence[str] = (),
    prefixes: Mapping[str, str] | None = None,
    resolve: Callable[[str], list[str]] | None = None,
) -> None:
    """Refuse a query that would call a service not allowed, or that nests too deeply.

    ``allow_service`` lists the hosts a ``SERVICE`` may call: ``HOST`` (any port) or
    ``HOST:PORT``, a name or an IP address. Only ``http`` and ``https`` addresses are
    allowed. A listed *name* whose address is loopback, link-local, private or otherwise not
    public is still refused, unless that address is listed too: a name can be made to point
    anywhere (DNS rebinding), an address cannot. ``prefixes`` are the prefixes the engine
    declares on its own (``dkg query`` gives Oxigraph the project's); ``resolve`` maps a host
    name to its addresses (default: the system resolver).

    Raises
    ------
    kg.errors.QueryError
        Naming the service, or the depth or the number of operators and the limit.

    >>> check_query("SELECT * { SERVICE <https://query.wikidata.org/sparql> { } }",
    ...             allow_service=["query.wikidata.org"],
    ...             resolve=lambda host: ["208.80.154.224"])
    >>> check_query("SELECT * { SERVICE <http://intranet.example/sparql> { } }",
    ...             allow_service=["intranet.example"], resolve=lambda host: ["10.1.2.3"])
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: SERVICE <http://intranet.example/sparql> is refused: ...
    """
    deepest, operators = _depth_and_operators(text)
    if deepest > MAX_NESTING:
        raise QueryError(
            f"the query nests groups or brackets {deepest} deep, more than {MAX_NESTING}",
            fix="write it flatter (a deep nesting crashes the query engine's parser)",
        )
    if operators > MAX_OPERATORS:
        raise QueryError(
            f"the query holds {operators} operators and pattern keywords, more than "
            f"{MAX_OPERATORS}",
            fix="use VALUES or IN (...) for long lists of alternatives",
        )
    for target in service_targets(text, prefixes):
        reason = _refusal(target, allow_service, resolve or _addresses)
        if reason:
            shown = f"<{target}>" if target else "with a target known only when the query runs"
            raise QueryError(
                f"SERVICE {shown} is refused: {reason}",
                fix="query that endpoint directly (dkg query --endpoint URL); dkg serve "
                "calls a service listed with --allow-service HOST",
            )


def _refusal(
    target: str | None, allowed: Sequence[str], resolve: Callable[[str], list[str]]
) -> str | None:
    """Why ``target`` may not be called, or None when it may."""
    if target is None:
        return "only a SERVICE with a fixed IRI can be checked against the allow-list"
    parts = urlsplit(target)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "only http and https services can be allowed"
    host = parts.hostname.lower()
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return "its port is not a number"
    entries = [host_and_port(item) for item in allowed]
    if not any(name == host and (wanted is None or wanted == port) for name, wanted in entries):
        if not allowed:
            return "this endpoint calls no other service (none is allowed)"
        return f"{host}:{port} is not on the allow-list ({', '.join(allowed)})"
    if is_address(host) or host == "localhost":
        return None  # an address (or loopback's own name) listed as such
    try:
        addresses = resolve(host)
    except OSError as error:
        return f"{host} cannot be resolved ({error})"
    listed = {name for name, _ in entries}
    hidden = [a for a in addresses if not _is_public(a) and a not in listed]
    if hidden:
        return (
            f"{host} resolves to {', '.join(hidden)}, not a public address "
            "(list that address too to allow it)"
        )
    return None


def host_and_port(text: str) -> tuple[str, int | None]:
    """``HOST``, ``HOST:PORT`` or ``[V6]:PORT`` (a Host header, an allow-list entry) as
    (lower-case host, port or None); a port that is not a number is -1, which no port is.

    >>> host_and_port("Query.Wikidata.org"), host_and_port("127.0.0.1:8890")
    (('query.wikidata.org', None), ('127.0.0.1', 8890))
    >>> host_and_port("[::1]:7200"), host_and_port("::1"), host_and_port("evil:x")
    (('::1', 7200), ('::1', None), ('evil', -1))
    """
    text = text.strip().lower()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    elif text.count(":") == 1:
        host, _, port = text.partition(":")
    else:  # a name, an IPv4 address, or an IPv6 address without brackets
        host, port = text, ""
    if not port:
        return host, None
    return host, int(port) if port.isdigit() else -1


def is_address(host: str) -> bool:
    """Whether ``host`` is an IP address (v4 or v6), not a name.

    >>> is_address("127.0.0.1"), is_address("::1"), is_address("localhost")
    (True, True, False)
    """
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _is_public(address: str) -> bool:
    try:
        return ipaddress.ip_address(address.split("%")[0]).is_global
    except ValueError:
        return False


def _addresses(host: str) -> list[str]:
    return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None)})
