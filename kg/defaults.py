"""Default paths, limits and method names: one place for what every command assumes.

Paths are relative to the folder ``dkg`` runs in, so a project's ``out/`` is where ``make
demo`` puts it. Nothing here imports a library: the command line reads these values to build
its parser, and ``dkg --help`` stays fast.

>>> str(KG_FILE), str(STORE_DIR)
('out/kg.trig', 'out/store')
>>> MIN_JOINT_VOTES, METHODS[0]
(10, 'voeten')
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ALLIANCES_PAGE",
    "CACHE_ENV",
    "CACHE_NAME",
    "COINCIDENCE_RULES",
    "EVENT_DATE",
    "EVENT_PAGE",
    "EXTRACT_DIR",
    "EXTRACT_MAX_CHARS",
    "IDEAL_BASE",
    "IDEAL_DRIFT",
    "IDEAL_THREADS",
    "IDEAL_TOLERANCE",
    "KG_FILE",
    "METHODS",
    "MIN_JOINT_VOTES",
    "OUT_DIR",
    "PLOTS_DIR",
    "SEED_ARTICLE",
    "SERVE_HOST",
    "SERVE_MAX_BODY",
    "SERVE_MAX_ROWS",
    "SERVE_PORT",
    "SERVE_TIMEOUT",
    "SERVE_WORKERS",
    "SPLIT_DATE",
    "STORE_DIR",
]

#: where ``dkg build`` writes, and where the other commands look first
OUT_DIR = Path("out")
#: the built knowledge graph: the graph source of a command given none
KG_FILE = OUT_DIR / "kg.trig"
#: the Oxigraph store that ``dkg import`` fills
STORE_DIR = OUT_DIR / "store"
EVENT_PAGE = OUT_DIR / "event.html"
ALLIANCES_PAGE = OUT_DIR / "alliances.html"
PLOTS_DIR = OUT_DIR / "plots"
#: ``dkg fetch``'s download cache: ``$DKG_CACHE``, else ``$XDG_CACHE_HOME/diplomatic-kg``
#: (``~/.cache/diplomatic-kg``); ``--to DIR`` overrides both
CACHE_ENV = "DKG_CACHE"
CACHE_NAME = "diplomatic-kg"
#: where ``dkg extract`` writes one JSON per article when it reads several
EXTRACT_DIR = OUT_DIR / "extract"
#: the longest text ``dkg extract`` reads (``--max-chars``): about 150,000 words
EXTRACT_MAX_CHARS = 1_000_000
#: the founding article, when the user keeps a copy beside the project (never shipped)
SEED_ARTICLE = Path("..") / "shared" / "seed" / "article.txt"

#: the founding event's day
EVENT_DATE = "2025-02-24"
#: first day of the later period when a picture compares two (the change of US administration)
SPLIT_DATE = "2025-01-01"

#: the agreement methods: Voeten's index, the US State Department's voting coincidence (its
#: rule picked by the period's year, or forced with one of ``COINCIDENCE_RULES``) and the
#: reports' pre-2017 "votes only" figure
METHODS = ("voeten", "coincidence", "votes-only")
#: the coincidence rules by the first report that used them (see kg.analysis.agreement)
COINCIDENCE_RULES = ("2017", "2021", "votes-only")
#: scores over fewer joint votes than this are flagged ``low_count``
MIN_JOINT_VOTES = 10

#: ideal points (kg.analysis.ideal): the random walk's standard deviation per session (fit's
#: scale) and the regular sessions the reported scale is standardised over (1991-2020)
IDEAL_DRIFT = 0.25
IDEAL_BASE = (46, 75)
#: a fit stops when no point (fit's scale) moves by more than this in a round
IDEAL_TOLERANCE = 2e-4
#: threads for a fit's per-vote work: the two cores of the machine it is measured on (the
#: numbers do not depend on it)
IDEAL_THREADS = 2

#: ``dkg serve``: address, port and the limits of one query
SERVE_HOST = "127.0.0.1"
SERVE_PORT = 8000
SERVE_TIMEOUT = 10.0
SERVE_MAX_ROWS = 100_000
SERVE_WORKERS = 2
#: bytes of a request body (or query string) the server reads at most
SERVE_MAX_BODY = 1_000_000
