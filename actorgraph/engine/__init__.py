"""The build engine: where extraction runs and how its records become outputs at any scale.

- ``worker``: the extractor every executor runs (articles in, per-article records out);
- ``partitions``, ``executors``, ``dask_executor``: cutting the article stream into partitions
  and running them in this process, a process pool or a Dask cluster, records in input order;
- ``store``: the per-article records on disk (``records/``), written as they arrive and read
  back by incremental builds;
- ``merge``: one actor per id, independent of arrival order;
- ``shards``: sharded relations and N-Quads for large builds.

Dependency rule: the engine imports ``actorgraph.graph`` (records, RDF, I/O) and, inside its
workers only, ``actorgraph.extract``; never ``actorgraph.viz``, the CLI or the pipeline module
that calls it. Within the engine, imports go one way: worker <- partitions <- executors.
"""
