"""The packages install and the command answers --version."""

from click.testing import CliRunner

from station import __version__
from station.cli import main


def test_version_is_printed() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output
