"""``dkg``: a thin command line over the ``kg`` library.

Exit codes
----------
0   success
1   the knowledge graph does not conform (SHACL violation or logical inconsistency)
2   usage error (bad arguments) or an unexpected runtime error
3   bad input data (a malformed or inconsistent data file, an unknown state …)
4   a query that cannot be found, parsed or bound
5   another SPARQL server cannot be reached or refuses (dkg push, dkg query --endpoint)
6   busy: another import is writing to the store (nothing was done; run it again)

Errors go to standard error as one readable line (what, where, how to fix); a SHACL report
follows its line, and a usage error the subcommand's usage line. A warning the library raises
(rows a reader skipped …) is one ``dkg: warning: …`` line, without the Python source line it
came from. Each command is a module of :mod:`kg.commands`.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Sequence

from kg.errors import DkgError, UsageError, ValidationError

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``dkg`` with ``argv`` (default: the process arguments) and return the exit code."""
    parser = _parser()
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version, or a usage error argparse has printed
        return stop.code if isinstance(stop.code, int) else 0
    if not getattr(arguments, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _show_warning
            return arguments.handler(arguments)
    except ValidationError as error:
        print(f"dkg: {error}", file=sys.stderr)
        if error.report:
            print(error.report, file=sys.stderr)
        return error.exit_code
    except UsageError as error:
        command = getattr(arguments, "command_parser", parser)
        command.print_usage(sys.stderr)
        print(f"{command.prog}: error: {error}", file=sys.stderr)
        return error.exit_code
    except DkgError as error:
        print(f"dkg: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("dkg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``dkg query … | head``): stop quietly, as a pipe would.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as error:
        if os.environ.get("DKG_DEBUG"):
            raise
        print(
            f"dkg: unexpected error: {type(error).__name__}: {error} "
            "(fix: rerun with DKG_DEBUG=1 for the traceback and report it)",
            file=sys.stderr,
        )
        return 2


class _Version(argparse.Action):
    """``--version``: the installed distribution's version, looked up only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("diplomatic-kg")
        except PackageNotFoundError:  # run from a checkout that was never installed
            from kg import __version__ as number
        print(f"dkg {number}")
        parser.exit()


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    print(f"dkg: warning: {message}", file=sys.stderr if file is None else file)


def _parser() -> argparse.ArgumentParser:
    from kg.commands import register_all

    parser = argparse.ArgumentParser(
        prog="dkg",
        description="diplomatic-kg: a knowledge graph of diplomatic relations and UN votes.",
        epilog="exit codes: 0 ok, 1 graph does not conform, 2 usage or runtime error, "
        "3 bad input data, 4 query error, 5 remote server error, 6 busy (store locked)",
    )
    parser.add_argument("--version", action=_Version)
    register_all(parser.add_subparsers(dest="command", metavar="COMMAND"))
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
