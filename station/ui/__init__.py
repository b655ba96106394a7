"""The Qt user interface: the only place that imports Qt widgets."""
