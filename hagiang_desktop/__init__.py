"""hagiang-desktop: registering and following exemplary models under Hà Giang's Plan 127/KH-UBND."""

__version__ = "0.1.0"
