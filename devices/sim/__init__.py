"""Simulated scale, printer and scanner, in-process and on a pseudo-terminal."""
