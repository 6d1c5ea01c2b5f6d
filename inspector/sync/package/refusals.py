"""Why a package is refused, or cannot be made: every message of the package format's
reader and writer (see inspector.messages), in the order the checks meet them."""

from __future__ import annotations

from ...messages import QT_TRANSLATE_NOOP

IN_FILE = QT_TRANSLATE_NOOP("package.in_file", "{file}: {problem}")
UNREADABLE = QT_TRANSLATE_NOOP(
    "package.unreadable",
    "the package cannot be read ({detail}) — the file is damaged or was not made by inspector")
NOT_A_PACKAGE = QT_TRANSLATE_NOOP("package.not_a_package", "this is not an inspector sync package")
MANIFEST_TOO_LARGE = QT_TRANSLATE_NOOP(
    "package.manifest_too_large",
    "the manifest is larger than {limit} — refused")
NO_MANIFEST = QT_TRANSLATE_NOOP(
    "package.no_manifest",
    "the package has no manifest (manifest.json) — the file is damaged or was not made by "
    "inspector")
INVALID_MANIFEST = QT_TRANSLATE_NOOP("package.invalid_manifest", "the manifest is invalid: {what}")
TOO_MANY_ENTRIES = QT_TRANSLATE_NOOP(
    "package.too_many_entries",
    "the package has more entries than the limit of {limit} — refused")
OVERLAP = QT_TRANSLATE_NOOP(
    "package.overlap",
    "the archive's entries overlap or are out of order — refused")
ENTRY_UNREADABLE = QT_TRANSLATE_NOOP(
    "package.entry_unreadable",
    "entry {name} cannot be read ({detail}) — the file is damaged or was not made by inspector")
TOO_SHORT = QT_TRANSLATE_NOOP(
    "package.too_short",
    "the file is too short to be a sync package ({size} bytes) — it was cut off while copying, or "
    "is not a package")
NEWER_SIGNATURE = QT_TRANSLATE_NOOP(
    "package.newer_signature",
    "the package was made by a newer version of inspector (signature format {format}) — update "
    "inspector to read it")
CUT_OFF = QT_TRANSLATE_NOOP(
    "package.cut_off",
    "the end of the file is missing — it was cut off while copying; copy it again")
NO_SIGNATURE = QT_TRANSLATE_NOOP(
    "package.no_signature",
    "the package has no signature — the file is incomplete (cut off while copying) or was not "
    "made by inspector")
NO_ARCHIVE = QT_TRANSLATE_NOOP("package.no_archive", "no archive at the start of the file")
MANIFEST_ENCRYPTED = QT_TRANSLATE_NOOP("package.manifest_encrypted", "the manifest is encrypted")
MANIFEST_COMPRESSION = QT_TRANSLATE_NOOP(
    "package.manifest_compression",
    "the manifest uses an unsupported compression method")
FIRST_NOT_MANIFEST_DAMAGED = QT_TRANSLATE_NOOP(
    "package.first_not_manifest_damaged",
    "the package's first entry is not its manifest (manifest.json) — the file is damaged or was "
    "not made by inspector")
MANIFEST_NOT_JSON = QT_TRANSLATE_NOOP(
    "package.manifest_not_json",
    "the manifest is not valid JSON — the file is damaged or was not made by inspector")
SAYS_NEWER = QT_TRANSLATE_NOOP(
    "package.says_newer",
    "the package says it was made by a newer version of inspector (format {fmt}) — update "
    "inspector to read it (if this inspector is up to date, the file is damaged)")
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "package.unknown_format",
    "unknown package format {fmt} — the file is damaged or is not an inspector sync package")
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "package.bad_signature",
    "the signature does not match — the file was changed or damaged after it was made")
FINGERPRINT_MISMATCH = QT_TRANSLATE_NOOP(
    "package.fingerprint_mismatch",
    "the manifest's fingerprint does not match its public key")
NO_DEVICE_ID = QT_TRANSLATE_NOOP("package.no_device_id", "no device id")
NO_CREATION_TIME = QT_TRANSLATE_NOOP("package.no_creation_time", "no creation time")
FORMS_NOT_LIST = QT_TRANSLATE_NOOP("package.forms_not_list", "'forms' is not a list")
EXTRA_NOT_OBJECT = QT_TRANSLATE_NOOP("package.extra_not_object", "'extra' is not an object")
ENTRIES_NOT_LIST = QT_TRANSLATE_NOOP("package.entries_not_list", "'entries' is not a list")
PACKAGE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "package.package_too_large",
    "the package holds {size}, more than the limit of {limit} — refused")
NO_END_RECORD = QT_TRANSLATE_NOOP("package.no_end_record", "no end-of-archive record")
NO_END_RECORD_AT_END = QT_TRANSLATE_NOOP(
    "package.no_end_record_at_end",
    "no end-of-archive record at the end of the archive")
DIRECTORY_OUTSIDE = QT_TRANSLATE_NOOP(
    "package.directory_outside",
    "the central directory lies outside the archive")
FIRST_NOT_MANIFEST = QT_TRANSLATE_NOOP(
    "package.first_not_manifest",
    "the package's first entry is not its manifest (manifest.json)")
ENTRY_SIZE_DIFFERS = QT_TRANSLATE_NOOP(
    "package.entry_size_differs",
    "entry {name} has {got} bytes but the manifest says {size} — refused")
ENTRY_HASH_DIFFERS = QT_TRANSLATE_NOOP(
    "package.entry_hash_differs",
    "entry {name} does not match its SHA-256 in the manifest — refused")
MANIFEST_SIZE_UNKNOWN = QT_TRANSLATE_NOOP(
    "package.manifest_size_unknown",
    "the manifest's size is unknown")
MANIFEST_COMPRESSED_INVALID = QT_TRANSLATE_NOOP(
    "package.manifest_compressed_invalid",
    "the manifest's compressed data is invalid: {error}")
MADE_BY_NEWER = QT_TRANSLATE_NOOP(
    "package.made_by_newer",
    "the package was made by a newer version of inspector (format {fmt}) — update inspector to "
    "read it")
NO_PUBLIC_KEY = QT_TRANSLATE_NOOP(
    "package.no_public_key",
    "the manifest has no valid device public key — the file is damaged or was not made by "
    "inspector")
CHANGED_WHILE_CHECKED = QT_TRANSLATE_NOOP(
    "package.changed_while_checked",
    "the file changed while it was being checked — try again")
ENTRY_NOT_OBJECT = QT_TRANSLATE_NOOP("package.entry_not_object", "an entry is not an object")
ENTRY_NO_NAME = QT_TRANSLATE_NOOP("package.entry_no_name", "an entry has no name")
LISTS_BAD_NAME = QT_TRANSLATE_NOOP(
    "package.lists_bad_name",
    "it lists the entry name {name}, which {detail}")
LISTS_TWICE = QT_TRANSLATE_NOOP("package.lists_twice", "it lists the entry {name} twice")
NO_VALID_SIZE = QT_TRANSLATE_NOOP("package.no_valid_size", "entry {name} has no valid size")
NO_VALID_SHA = QT_TRANSLATE_NOOP("package.no_valid_sha", "entry {name} has no valid SHA-256")
ENTRY_TOO_LARGE = QT_TRANSLATE_NOOP(
    "package.entry_too_large",
    "entry {name} is {size}, more than the limit of {limit} — refused")
NO_ZIP64_LOCATOR = QT_TRANSLATE_NOOP("package.no_zip64_locator", "no zip64 end-of-archive locator")
NO_ZIP64_RECORD = QT_TRANSLATE_NOOP("package.no_zip64_record", "no zip64 end-of-archive record")
DIRECTORY_DAMAGED = QT_TRANSLATE_NOOP(
    "package.directory_damaged",
    "the central directory is damaged")
BAD_ENTRY_NAME = QT_TRANSLATE_NOOP("package.bad_entry_name", "entry {name} {detail} — refused")
ENTRY_TWICE = QT_TRANSLATE_NOOP(
    "package.entry_twice",
    "entry {name} appears more than once in the package — refused")
ENTRY_SYMLINK = QT_TRANSLATE_NOOP(
    "package.entry_symlink",
    "entry {name} is a symbolic link — refused")
ENTRY_DIRECTORY = QT_TRANSLATE_NOOP(
    "package.entry_directory",
    "entry {name} is a directory — refused")
ENTRY_NOT_REGULAR = QT_TRANSLATE_NOOP(
    "package.entry_not_regular",
    "entry {name} is not a regular file — refused")
ENTRY_ENCRYPTED = QT_TRANSLATE_NOOP(
    "package.entry_encrypted",
    "entry {name} is encrypted — refused")
ENTRY_COMPRESSION = QT_TRANSLATE_NOOP(
    "package.entry_compression",
    "entry {name} uses an unsupported compression method")
ENTRY_NOT_LISTED = QT_TRANSLATE_NOOP(
    "package.entry_not_listed",
    "entry {name} is not listed in the manifest — refused")
ENTRY_MISSING = QT_TRANSLATE_NOOP(
    "package.entry_missing",
    "entry {name} is listed in the manifest but missing from the package")
NO_LOCAL_HEADER = QT_TRANSLATE_NOOP(
    "package.no_local_header",
    "entry {name} has no valid local header")
RATIO_BOMB = QT_TRANSLATE_NOOP(
    "package.ratio_bomb",
    "entry {name} expands to more than {ratio}× its compressed size — refused as a possible zip "
    "bomb")
ENTRY_BOMB = QT_TRANSLATE_NOOP(
    "package.entry_bomb",
    "entry {name} expands beyond the limit of {limit} — refused as a possible zip bomb")
PACKAGE_BOMB = QT_TRANSLATE_NOOP(
    "package.package_bomb",
    "the package expands beyond the limit of {limit} — refused as a possible zip bomb")
ENTRY_LARGER = QT_TRANSLATE_NOOP(
    "package.entry_larger",
    "entry {name} is larger than the manifest says ({size} bytes) — refused")
MANIFEST_CUT_OFF = QT_TRANSLATE_NOOP("package.manifest_cut_off", "the manifest is cut off")
ENTRY_OVER_ALLOWED = QT_TRANSLATE_NOOP(
    "package.entry_over_allowed",
    "entry {name} is {size}, more than the {limit} allowed for it — refused")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("package.no_such_file", "{file}: no such file ({path})")
CANNOT_OPEN = QT_TRANSLATE_NOOP("package.cannot_open", "{file}: cannot be opened: {error}")
TOO_MANY_TO_SEND = QT_TRANSLATE_NOOP(
    "package.too_many_to_send",
    "{file}: {n} entries are more than a package may hold ({limit}) — send less at once")
ENTRY_TOO_LARGE_TO_SEND = QT_TRANSLATE_NOOP(
    "package.entry_too_large_to_send",
    "{file}: {entry} is {size}, more than a package may hold ({limit})")
TOO_LARGE_TO_SEND = QT_TRANSLATE_NOOP(
    "package.too_large_to_send",
    "{file}: {size} is more than a package may hold ({limit}) — send less at once")
CHANGED_WHILE_WRITTEN = QT_TRANSLATE_NOOP(
    "package.changed_while_written",
    "{path}: the file changed while the package was being written — make the package again")
