"""Benchmarks at province scale (issue #11): a database generator and a runner with floors.

``make bench`` (``python -m benchmarks.run --full``) and ``make bench-quick`` write
``benchmarks/RESULTS.md``. Nothing here is imported by the program.
"""
