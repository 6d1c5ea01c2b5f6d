"""Sync packages: one file, signed over every byte, verified completely before use.

File layout::

    <zip archive> b"INSPSIG1" <64-byte Ed25519 signature>

The signature signs b"inspector-package/1\\n" + SHA-256(every byte of the zip archive), so
one changed byte anywhere (zip headers and timestamps included) invalidates it. The zip's
first entry is `manifest.json` (device id and public key, inspector, forms, every other
entry with size and SHA-256); the other entries are what the caller put in. Entries are
written with fixed timestamps and attributes, so the same content gives the same bytes.

Reading never trusts the archive: the manifest is read from the first local header
(bounded), its format version and key checked, the signed region hashed in 1 MB blocks
and the signature verified with the manifest's key (whether that key is *trusted* is the
caller's decision). Only then is the archive parsed — through a window that hides the
trailer — and every name, type, size and hash checked, sizes and ratios counted on the
bytes actually decompressed, never on what the headers declare.

The code is split along those seams: `format` (the constants, Limits, Entry, entry-name
rules, PackageError), `write` (write_package), `checks` (the Reader that verifies, in
order) and `read` (open_package, VerifiedPackage, verify_package, trailer_id).
"""

from __future__ import annotations

from .format import FORMAT, Limits, PackageError
from .read import VerifiedPackage, open_package, trailer_id, verify_package
from .write import write_package

__all__ = ["FORMAT", "Limits", "PackageError", "VerifiedPackage", "open_package",
           "trailer_id", "verify_package", "write_package"]
