"""Photo evidence: content-addressed originals, EXIF, derivatives, stamps, suggestions.

Submodules are imported where needed (`inspector.photos.importer` etc.): a worker process
that imports `inspector.photos.worker` must not pay for the database layer.
"""
