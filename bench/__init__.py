"""Benchmarks (not tests): ``make bench`` or ``python -m bench [NAME ...]``.

Each module registers benchmarks with :func:`bench.harness.benchmark`; a run prints a table
and merges its figures into ``bench/results.json``.
"""
