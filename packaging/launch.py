"""Frozen entry point (PyInstaller): the same as the ``hagiang-desktop`` console script."""

import sys

from hagiang_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
