"""Benchmarks: synthetic corpora (``bench.synthetic``) and the ``python -m rag bench`` run (``bench.run``)."""
