"""Pure bytes-to-readings conversions for every supported device protocol."""
