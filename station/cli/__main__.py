"""Run the command line as ``python -m station.cli`` (and as the bundle's entry point)."""

from station.cli import main

main()
