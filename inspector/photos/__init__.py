"""Photo evidence: content-addressed originals, EXIF, derivatives, stamps, suggestions."""

from .importer import ImportReport, import_photos
from .tree import PhotoTree

__all__ = ["ImportReport", "PhotoTree", "import_photos"]
