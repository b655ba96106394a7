"""Serial devices at the counter (scale, label printer, scanner); no Qt, nothing from station."""
