"""The build engine: where extraction runs and how its records become outputs at any scale.

- ``records``: the per-article record and the pipeline spec (plain data, no spaCy);
- ``worker``: the extractor every executor runs (articles in, per-article records out);
- ``partitions``, ``executors``, ``dask_executor``: cutting the article stream into partitions
  and running them in this process, a process pool or a Dask cluster, records in input order;
- ``store``: the per-article records on disk (``records/``), written as they arrive and read
  back by incremental builds; ``parquet``: the same records as Parquet tables;
- ``merge``: one actor per id, independent of arrival order;
- ``aggregate``, ``rdfstream``, ``assemble``: every output assembled from ``records/`` out of
  core (per-shard summaries, DuckDB-sorted streams); ``shards``: the in-memory writer of
  ``shards/`` for a build held in memory.

Dependency rule: the engine imports ``actorgraph.graph`` (records, RDF, I/O) and, inside its
workers only, ``actorgraph.extract``; never ``actorgraph.viz``, the CLI or the pipeline module
that calls it. Within the engine, imports go one way (a test checks there is no cycle):
records <- worker <- partitions <- executors; records <- store, parquet <- aggregate <- assemble.
"""
