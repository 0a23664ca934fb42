"""The ``dkg`` commands: one module per command, each with ``register(subparsers)``.

:func:`kg.cli.main` builds its parser by calling ``register`` of every module named in
:data:`COMMANDS`, in that order (the order of ``dkg --help``). A command module adds its
parser (with help text for every option), takes its graph source from
:func:`kg.commands.options.source_options` and its defaults from :mod:`kg.defaults`, and names
its handler with :func:`kg.commands.options.handled_by`. Registering imports no heavy library:
a handler imports what it needs when it runs, so ``dkg --help`` stays fast.

To add a command ``dkg NAME``: write ``kg/commands/NAME.py`` with ``register(subparsers)``
and add ``"NAME"`` here.

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="dkg")
>>> register_all(parser.add_subparsers(dest="command"))
>>> parser.parse_args(["query", "--list"]).list
True
"""

from __future__ import annotations

import argparse
import importlib

__all__ = ["COMMANDS", "register_all"]

#: the command modules; ``import`` is a Python keyword, so its module is ``import_``
COMMANDS = (
    "build",
    "query",
    "demo",
    "analyze",
    "fetch",
    "import_",
    "update",
    "extract",
    "serve",
    "push",
    "viz",
    "plot",
)


def register_all(subparsers: argparse._SubParsersAction) -> None:
    """Add every command of :data:`COMMANDS` to ``subparsers``."""
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
