"""The project as a user installs it: the wheel, in a fresh virtual environment, run elsewhere.

The wheel is built from this checkout and installed into a new environment (its
dependencies from pip's cache or PyPI, without compiling them to bytecode, which is most of
an install's time); then ``dkg`` runs from a folder outside the checkout, with the fixtures
copied there, so that nothing can be read from the checkout by accident: every resource
must come from the installed package.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.wheel

CHECKOUT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "history" / "tidy"


def _run(command: list[str], **options) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True, **options)
    assert result.returncode == 0, f"{' '.join(map(str, command))}\n{result.stdout}{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin/ folder of a fresh environment holding only the wheel and its dependencies."""
    root = tmp_path_factory.mktemp("wheel")
    # A copy, links kept: the build writes build/ and *.egg-info beside the sources.
    source = root / "source"
    skip = (".venv", ".git", "out", "build", "*.egg-info", "__pycache__", ".*_cache")
    shutil.copytree(CHECKOUT, source, symlinks=True, ignore=shutil.ignore_patterns(*skip))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    _run([*pip, "wheel", "--no-deps", "--quiet", "--wheel-dir", str(root / "dist"), str(source)])
    (wheel,) = (root / "dist").glob("diplomatic_kg-*.whl")
    _run([sys.executable, "-m", "venv", "--without-pip", str(root / "venv")])
    python = root / "venv" / "bin" / "python"
    _run([*pip, "--python", str(python), "install", "--quiet", "--no-compile", str(wheel)])
    return python.parent


@pytest.fixture(scope="module")
def elsewhere(tmp_path_factory) -> Path:
    """A working folder outside the checkout, with a copy of the tidy fixture."""
    folder = tmp_path_factory.mktemp("user")
    shutil.copytree(FIXTURE, folder / "tidy")
    return folder


def dkg(installed: Path, elsewhere: Path, *arguments: str) -> str:
    environment = {
        key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")
    }
    environment["PATH"] = f"{installed}{os.pathsep}{environment.get('PATH', '')}"
    return _run([str(installed / "dkg"), *arguments], cwd=elsewhere, env=environment).stdout


def test_the_installed_package_is_not_the_checkout(installed: Path, elsewhere: Path):
    location = _run(
        [str(installed / "python"), "-c", "import kg; print(kg.__file__)"], cwd=elsewhere
    ).stdout
    assert not Path(location.strip()).is_relative_to(CHECKOUT)


def test_the_readme_commands_work_from_the_wheel(installed: Path, elsewhere: Path):
    from importlib.metadata import version

    assert dkg(installed, elsewhere, "--version") == f"dkg {version('diplomatic-kg')}\n"

    out = elsewhere / "out"
    dkg(installed, elsewhere, "build", "--out", str(out))
    assert (out / "kg.trig").stat().st_size > 100_000

    listing = dkg(installed, elsewhere, "query", "--list")
    assert len(listing.splitlines()) >= 20 and listing.startswith("agreement ")

    tallies = dkg(installed, elsewhere, "query", "tallies", "--kg", str(out / "kg.trig"))
    assert "A/RES/ES-11/7   GA 2025-02-24  93 18      65" in tallies

    page = out / "event.html"
    dkg(installed, elsewhere, "viz", "event", "--kg", str(out / "kg.trig"), "--out", str(page))
    assert "<svg" in page.read_text(encoding="utf-8") or "vis-network" in page.read_text()

    store = elsewhere / "store"
    imported = dkg(installed, elsewhere, "import", "tidy", "tidy/votes.csv", "--store", str(store))
    assert "22 imported" in imported
    votes = dkg(installed, elsewhere, "query", "rollcall-votes", "--store", str(store),
                "--param", "symbol=A/RES/ES-99/1", "--format", "csv")  # fmt: skip
    assert "RUS,Russian Federation,N" in votes.splitlines()

    agreement = dkg(installed, elsewhere, "analyze", "agreement", "--votes", "tidy/votes.csv",
                    "--a", "USA", "--b", "RUS", "--format", "csv")  # fmt: skip
    assert agreement.splitlines()[1].startswith("USA,RUS,voeten,0.0,2,")
