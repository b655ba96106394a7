"""pyserial URL handler for ``sim://NAME``: connects to a registered simulator."""

from devices.sim.base import SimSerial as Serial

__all__ = ["Serial"]
