#!/usr/bin/env bash
# Build the Windows installer from a Windows one-folder build (dist/hagiang-desktop) with NSIS.
# The version is read from hagiang_desktop/__init__.py, the one place it is written.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(python3 -c 'import re,pathlib;print(re.search(r"__version__ = \"([^\"]+)\"", pathlib.Path("hagiang_desktop/__init__.py").read_text()).group(1))')
makensis -DVERSION="$version" -DSOURCE="../dist/hagiang-desktop" packaging/hagiang.nsi
