"""The core's messages in the user's language.

The core (CLI and library) speaks English and stays free of Qt; the app shows the core's
errors to people who read Chinese. The messages a user meets in the app — finishing a site,
refused photos, refused sync packages — are matched here and translated through Qt
Linguist like every other string (context "CoreText"). A message with a "FILE: " prefix
keeps its prefix; one not listed here is shown as the core wrote it."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# (the core's message as a pattern, its text with the pattern's groups as {fields})
MESSAGES: tuple[tuple[str, object], ...] = (
    # inspector/editing.py — an inspector's edits
    (r"this site has not been started",
     QT_TRANSLATE_NOOP("CoreText", "This site has not been started")),
    (r"items (?P<items>.+) have no answer yet \(answer them or mark them 不适用\)",
     QT_TRANSLATE_NOOP("CoreText", "Standards {items} have no answer yet (answer them or "
                       "mark them N/A)")),
    (r"items (?P<items>.+) failed: record the problem \(N\) with a photo first",
     QT_TRANSLATE_NOOP("CoreText", "Standards {items} failed: record the problem (N) with a "
                       "photo first")),
    (r"(?P<n>\d+) problems on items that require a photo have none yet \(P to add photos\)",
     QT_TRANSLATE_NOOP("CoreText", "{n} problems on standards that require a photo have none "
                       "yet (P to add photos)")),
    (r"say why the site could not be inspected",
     QT_TRANSLATE_NOOP("CoreText", "Say why the site could not be inspected")),
    (r"a problem counts at least 1",
     QT_TRANSLATE_NOOP("CoreText", "A problem counts at least 1")),
    # inspector/photos — refused photo files
    (r"empty file \(0 bytes\)", QT_TRANSLATE_NOOP("CoreText", "empty file (0 bytes)")),
    (r"not an image \(or an image format inspector does not read\)",
     QT_TRANSLATE_NOOP("CoreText", "not an image (or an image format inspector does not "
                       "read)")),
    (r"HEIC not supported on this computer, convert it to JPEG first",
     QT_TRANSLATE_NOOP("CoreText", "HEIC is not supported on this computer: convert it to "
                       "JPEG first")),
    (r"truncated or damaged image data \((?P<detail>.*)\)",
     QT_TRANSLATE_NOOP("CoreText", "truncated or damaged image data ({detail})")),
    (r"damaged image file \((?P<detail>.*)\)",
     QT_TRANSLATE_NOOP("CoreText", "damaged image file ({detail})")),
    (r"changed while being imported, try again",
     QT_TRANSLATE_NOOP("CoreText", "changed while being imported, try again")),
    (r"another photo import is running in this data directory",
     QT_TRANSLATE_NOOP("CoreText", "another photo import is running in this data "
                       "directory")),
    # inspector/sync — refused packages
    (r"the signature does not match — the file was changed or damaged after it was made",
     QT_TRANSLATE_NOOP("CoreText", "the signature does not match — the file was changed or "
                       "damaged after it was made")),
    (r"the end of the file is missing — it was cut off while copying; copy it again",
     QT_TRANSLATE_NOOP("CoreText", "the end of the file is missing — it was cut off while "
                       "copying; copy it again")),
    (r"the package has no signature — the file is incomplete \(cut off while copying\) or "
     r"was not made by inspector",
     QT_TRANSLATE_NOOP("CoreText", "the package has no signature — the file is incomplete "
                       "(cut off while copying) or was not made by inspector")),
    (r"the package cannot be read \((?P<detail>.*)\) — the file is damaged or was not made "
     r"by inspector",
     QT_TRANSLATE_NOOP("CoreText", "the package cannot be read ({detail}) — the file is "
                       "damaged or was not made by inspector")),
    (r"the file is too short to be a sync package \((?P<size>\d+) bytes\) — it was cut off "
     r"while copying, or is not a package",
     QT_TRANSLATE_NOOP("CoreText", "the file is too short to be a sync package ({size} bytes) "
                       "— it was cut off while copying, or is not a package")),
    (r"the package was made by a newer version of inspector \((?:signature )?format "
     r"(?P<fmt>[^)]*)\) — update inspector to read it",
     QT_TRANSLATE_NOOP("CoreText", "the package was made by a newer version of inspector "
                       "(format {fmt}) — update inspector to read it")),
    (r"the package has no manifest \(manifest.json\) — the file is damaged or was not made "
     r"by inspector",
     QT_TRANSLATE_NOOP("CoreText", "the package has no manifest (manifest.json) — the file "
                       "is damaged or was not made by inspector")),
    (r"the manifest is not valid JSON — the file is damaged or was not made by inspector",
     QT_TRANSLATE_NOOP("CoreText", "the manifest is not valid JSON — the file is damaged or "
                       "was not made by inspector")),
    (r"entry (?P<name>.+) is a symbolic link — refused",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} is a symbolic link — refused")),
    (r"entry (?P<name>.+) appears more than once in the package — refused",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} appears more than once in the package — "
                       "refused")),
    (r"the file changed while it was being checked — try again",
     QT_TRANSLATE_NOOP("CoreText", "the file changed while it was being checked — try "
                       "again")),
    (r"this is not an inspector sync package",
     QT_TRANSLATE_NOOP("CoreText", "this is not an inspector sync package")),
    (r"this package was made on this computer",
     QT_TRANSLATE_NOOP("CoreText", "this package was made on this computer")),
    (r"(?P<n>\d+) records are stamped more than 24 hours ahead of this computer's clock — "
     r"check the sending laptop's clock \(date, time and time zone\), then export again",
     QT_TRANSLATE_NOOP("CoreText", "{n} records are stamped more than 24 hours ahead of this "
                       "computer's clock — check the sending laptop's clock (date, time and "
                       "time zone), then export again")),
    (r"the package does not say which device made it",
     QT_TRANSLATE_NOOP("CoreText", "the package does not say which device made it")),
    # inspector/sync/rules.py, pseudo.py — authorship, pseudo devices, history
    (r"the records of device (?P<device>\S+) are signed with a key this computer does not "
     r"know for that device — refused",
     QT_TRANSLATE_NOOP("CoreText", "the records of device {device} are signed with a key "
                       "this computer does not know for that device — refused")),
    (r"the signature of device (?P<device>\S+) over its records does not match — the package "
     r"was altered; refused",
     QT_TRANSLATE_NOOP("CoreText", "the signature of device {device} over its records does "
                       "not match — the package was altered; refused")),
    (r"record (?P<record>\S+) is stamped as made on device (?P<author>\S+), but device "
     r"(?P<signer>\S+) signed the package; an inspector's package may carry only that "
     r"laptop's own work — refused",
     QT_TRANSLATE_NOOP("CoreText", "record {record} is stamped as made on device {author}, "
                       "but device {signer} signed the package; an inspector's package may "
                       "carry only that laptop's own work — refused")),
    (r"record (?P<record>\S+) is stamped as made on device (?P<author>\S+), but that "
     r"device's signature for it is not in the package — refused",
     QT_TRANSLATE_NOOP("CoreText", "record {record} is stamped as made on device {author}, "
                       "but that device's signature for it is not in the package — refused")),
    (r"the history of device (?P<device>\S+) was rewritten after package (?P<file>.+) "
     r"\(imported (?P<date>\S+)\): its audit log no longer holds row (?P<seq>\d+) as that "
     r"package showed it — refused; if that laptop was restored from a backup, ask its "
     r"inspector, then 'inspector devices reset-history (?P<fp>\S+)'",
     QT_TRANSLATE_NOOP("CoreText", "the history of device {device} was rewritten after "
                       "package {file} (imported {date}): its audit log no longer holds row "
                       "{seq} as that package showed it — refused; if that laptop was "
                       "restored from a backup, ask its inspector, then 'inspector devices "
                       "reset-history {fp}'")),
    (r"the package's history of device (?P<device>\S+) contradicts itself — refused",
     QT_TRANSLATE_NOOP("CoreText", "the package's history of device {device} contradicts "
                       "itself — refused")),
    (r"an inspector's device \((?P<device>\S+)\) decided a conflict; only a supervisor's "
     r"device may confirm or reverse one",
     QT_TRANSLATE_NOOP("CoreText", "an inspector's device ({device}) decided a conflict; "
                       "only a supervisor's device may confirm or reverse one")),
    (r"record (?P<record>\S+) is stamped as shipped with inspector, which only forms are — "
     r"refused",
     QT_TRANSLATE_NOOP("CoreText", "record {record} is stamped as shipped with inspector, "
                       "which only forms are — refused")),
    (r"form (?P<form>\S+) version (?P<version>\S+) is stamped as shipped with inspector but "
     r"is not the form inspector ships — refused",
     QT_TRANSLATE_NOOP("CoreText", "form {form} version {version} is stamped as shipped with "
                       "inspector but is not the form inspector ships — refused")),
    (r"record (?P<record>\S+) is stamped as part of the demo city but is not what "
     r"'inspector demo' makes — refused",
     QT_TRANSLATE_NOOP("CoreText", "record {record} is stamped as part of the demo city but "
                       "is not what 'inspector demo' makes — refused")),
    (r"form (?P<form>\S+) version (?P<version>\S+): its content does not hash to its "
     r"declared id, version and hash — refused",
     QT_TRANSLATE_NOOP("CoreText", "form {form} version {version}: its content does not hash "
                       "to its declared id, version and hash — refused")),
    (r"form (?P<form>\S+) version (?P<version>\S+) differs from the one this computer has — "
     r"refused; a changed form needs a new version number",
     QT_TRANSLATE_NOOP("CoreText", "form {form} version {version} differs from the one this "
                       "computer has — refused; a changed form needs a new version number")),
    (r"the package has no (?P<name>\S+) — it was made by an older version of inspector; "
     r"update inspector on the sending computer and export again",
     QT_TRANSLATE_NOOP("CoreText", "the package has no {name} — it was made by an older "
                       "version of inspector; update inspector on the sending computer and "
                       "export again")),
    (r"(?P<name>\S+) line (?P<n>\d+) is not a certificate \((?P<detail>.*)\)",
     QT_TRANSLATE_NOOP("CoreText", "{name} line {n} is not a certificate ({detail})")),
    # inspector/paths.py — one writer per data directory
    (r"data directory (?P<dir>.+) is in use by the app \(process (?P<pid>\d+)\); close it or "
     r"wait for it to finish, then try again",
     QT_TRANSLATE_NOOP("CoreText", "data directory {dir} is in use by the app (process {pid}); "
                       "close it or wait for it to finish, then try again")),
    (r"data directory (?P<dir>.+) is in use by (?P<holder>.+); close it or wait for it to "
     r"finish, then try again",
     QT_TRANSLATE_NOOP("CoreText", "data directory {dir} is in use by {holder}; close it or "
                       "wait for it to finish, then try again")),
    # inspector/output.py — a file the user asked for could not be written
    (r"cannot write the file — (?P<detail>.+); nothing was left half-written",
     QT_TRANSLATE_NOOP("CoreText", "cannot write the file — {detail}; nothing was left "
                       "half-written")),
    (r"cannot write the file — (?P<detail>.+)",
     QT_TRANSLATE_NOOP("CoreText", "cannot write the file — {detail}")),
    (r"cannot create the folder — (?P<detail>.+)",
     QT_TRANSLATE_NOOP("CoreText", "cannot create the folder — {detail}")),
    (r"(?P<name>\S+) is damaged", QT_TRANSLATE_NOOP("CoreText", "{name} is damaged")),
    (r"photo (?P<sha>\S+) is listed but its file is missing",
     QT_TRANSLATE_NOOP("CoreText", "photo {sha} is listed but its file is missing")),
    (r"the package has no (?P<name>\S+)",
     QT_TRANSLATE_NOOP("CoreText", "the package has no {name}")),
    (r"(?P<name>\S+) is too large", QT_TRANSLATE_NOOP("CoreText", "{name} is too large")),
    (r"(?P<name>\S+) is not UTF-8 text",
     QT_TRANSLATE_NOOP("CoreText", "{name} is not UTF-8 text")),
    (r"photo (?P<sha>\S+) is not the photo its name says",
     QT_TRANSLATE_NOOP("CoreText", "photo {sha} is not the photo its name says")),
    (r"(?P<file>.+) line (?P<n>\d+): not a valid record \((?P<detail>.*)\)",
     QT_TRANSLATE_NOOP("CoreText", "{file} line {n}: not a valid record ({detail})")),
    (r"an inspector's device \((?P<device>\S+)\) changed the review of inspection "
     r"(?P<inspection>\S+); only a supervisor's device may approve, flag or reject",
     QT_TRANSLATE_NOOP("CoreText", "an inspector's device ({device}) changed the review of "
                       "inspection {inspection}; only a supervisor's device may approve, flag "
                       "or reject")),
    (r"an inspector's device \((?P<device>\S+)\) edited inspection (?P<inspection>\S+), made "
     r"on another device; only a supervisor's device may correct someone else's inspection",
     QT_TRANSLATE_NOOP("CoreText", "an inspector's device ({device}) edited inspection "
                       "{inspection}, made on another device; only a supervisor's device may "
                       "correct someone else's inspection")),
    (r"round '(?P<round>.*)' uses form (?P<form>\S+), which this database does not have; "
     r"import the package that brought it first, or ask for a --full export",
     QT_TRANSLATE_NOOP("CoreText", "round '{round}' uses form {form}, which this database "
                       "does not have; import the package that brought it first, or ask for a "
                       "--full export")),
    (r"a record refers to photo (?P<sha>\S+), which is neither in the package nor stored "
     r"here",
     QT_TRANSLATE_NOOP("CoreText", "a record refers to photo {sha}, which is neither in the "
                       "package nor stored here")),
    # inspector/sync/package.py — a package's structure (after its signature verified)
    (r"the package says it was made by a newer version of inspector \(format (?P<fmt>[^)]*)\)"
     r" — update inspector to read it \(if this inspector is up to date, the file is "
     r"damaged\)",
     QT_TRANSLATE_NOOP("CoreText", "the package says it was made by a newer version of "
                       "inspector (format {fmt}) — update inspector to read it (if this "
                       "inspector is up to date, the file is damaged)")),
    (r"unknown package format (?P<fmt>.*) — the file is damaged or is not an inspector sync "
     r"package",
     QT_TRANSLATE_NOOP("CoreText", "unknown package format {fmt} — the file is damaged or is "
                       "not an inspector sync package")),
    (r"the manifest has no valid device public key — the file is damaged or was not made by "
     r"inspector",
     QT_TRANSLATE_NOOP("CoreText", "the manifest has no valid device public key — the file "
                       "is damaged or was not made by inspector")),
    (r"the manifest's fingerprint does not match its public key",
     QT_TRANSLATE_NOOP("CoreText", "the manifest's fingerprint does not match its public "
                       "key")),
    (r"the manifest is invalid: (?P<detail>.*)",
     QT_TRANSLATE_NOOP("CoreText", "the manifest is invalid: {detail}")),
    (r"the manifest is larger than (?P<size>.*) — refused",
     QT_TRANSLATE_NOOP("CoreText", "the manifest is larger than {size} — refused")),
    (r"the package's first entry is not its manifest \(manifest.json\)(?: — the file is "
     r"damaged or was not made by inspector)?",
     QT_TRANSLATE_NOOP("CoreText", "the package's first entry is not its manifest "
                       "(manifest.json) — the file is damaged or was not made by inspector")),
    (r"entry (?P<name>.+) is (?P<size>.+), more than the limit of (?P<limit>.+) — refused",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} is {size}, more than the limit of {limit} — "
                       "refused")),
    (r"the package holds (?P<size>.+), more than the limit of (?P<limit>.+) — refused",
     QT_TRANSLATE_NOOP("CoreText", "the package holds {size}, more than the limit of {limit} "
                       "— refused")),
    (r"the package has more entries than the limit of (?P<limit>\d+) — refused",
     QT_TRANSLATE_NOOP("CoreText", "the package has more entries than the limit of {limit} — "
                       "refused")),
    (r"entry (?P<name>.+) is a directory — refused",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} is a directory — refused")),
    (r"entry (?P<name>.+) is not a regular file — refused",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} is not a regular file — refused")),
    (r"entry (?P<name>.+) is encrypted — refused",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} is encrypted — refused")),
    (r"entry (?P<name>.+) uses an unsupported compression method",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} uses an unsupported compression method")),
    (r"entry (?P<name>.+) is not listed in the manifest — refused",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} is not listed in the manifest — refused")),
    (r"entry (?P<name>.+) is listed in the manifest but missing from the package",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} is listed in the manifest but missing from "
                       "the package")),
    (r"the archive's entries overlap or are out of order — refused",
     QT_TRANSLATE_NOOP("CoreText", "the archive's entries overlap or are out of order — "
                       "refused")),
    (r"entry (?P<name>.+) cannot be read \((?P<detail>.*)\) — the file is damaged or was not "
     r"made by inspector",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} cannot be read ({detail}) — the file is "
                       "damaged or was not made by inspector")),
    (r"entry (?P<name>.+) expands to more than (?P<ratio>\d+)× its compressed size — refused "
     r"as a possible zip bomb",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} expands to more than {ratio}× its compressed "
                       "size — refused as a possible zip bomb")),
    (r"entry (?P<name>.+) expands beyond the limit of (?P<limit>.+) — refused as a possible "
     r"zip bomb",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} expands beyond the limit of {limit} — "
                       "refused as a possible zip bomb")),
    (r"the package expands beyond the limit of (?P<limit>.+) — refused as a possible zip "
     r"bomb",
     QT_TRANSLATE_NOOP("CoreText", "the package expands beyond the limit of {limit} — refused "
                       "as a possible zip bomb")),
    (r"entry (?P<name>.+) is larger than the manifest says \((?P<size>\d+) bytes\) — refused",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} is larger than the manifest says ({size} "
                       "bytes) — refused")),
    (r"entry (?P<name>.+) has (?P<got>\d+) bytes but the manifest says (?P<size>\d+) — "
     r"refused",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} has {got} bytes but the manifest says {size} "
                       "— refused")),
    (r"entry (?P<name>.+) does not match its SHA-256 in the manifest — refused",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} does not match its SHA-256 in the manifest — "
                       "refused")),
    (r"entry (?P<name>.+?) (?P<detail>has an empty name|contains a backslash|is an absolute "
     r"path|starts with a drive letter|points outside the package \(\.\.\)|is not a plain "
     r"relative path|contains characters not allowed in file names) — refused",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} {detail} — refused")),
    (r"entry (?P<name>.+) is (?P<size>.+), more than the (?P<limit>.+) allowed for it — "
     r"refused",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} is {size}, more than the {limit} allowed for "
                       "it — refused")),
    (r"no such file \((?P<path>.*)\)", QT_TRANSLATE_NOOP("CoreText", "no such file ({path})")),
    (r"cannot be opened: (?P<error>.*)",
     QT_TRANSLATE_NOOP("CoreText", "cannot be opened: {error}")),
    # ... and what such a message says inside ({detail})
    (r"it lists the entry name (?P<name>.+?), which (?P<detail>.+)",
     QT_TRANSLATE_NOOP("CoreText", "it lists the entry name {name}, which {detail}")),
    (r"it lists the entry (?P<name>.+) twice",
     QT_TRANSLATE_NOOP("CoreText", "it lists the entry {name} twice")),
    (r"entry (?P<name>.+) has no valid size",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} has no valid size")),
    (r"entry (?P<name>.+) has no valid SHA-256",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} has no valid SHA-256")),
    (r"entry (?P<name>.+) has no valid local header",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} has no valid local header")),
    (r"the manifest's compressed data is invalid: (?P<error>.*)",
     QT_TRANSLATE_NOOP("CoreText", "the manifest's compressed data is invalid: {error}")),
    # inspector/registry.py — a site list (CSV or XLSX) that cannot be imported
    (r"(?P<file>.+) row (?P<n>\d+): (?P<detail>.+)",
     QT_TRANSLATE_NOOP("CoreText", "{file} row {n}: {detail}")),
    (r"no '(?P<a>[^']+)' \(\w+\) and '(?P<b>[^']+)' \(\w+\) column in the header",
     QT_TRANSLATE_NOOP("CoreText", "no '{a}' and '{b}' columns in the header")),
    (r"no '(?P<a>[^']+)' \(\w+\) column in the header",
     QT_TRANSLATE_NOOP("CoreText", "no '{a}' column in the header")),
    (r"no (?P<wanted>.+) column in the header",
     QT_TRANSLATE_NOOP("CoreText", "no {wanted} column in the header")),
    (r"the site name is empty", QT_TRANSLATE_NOOP("CoreText", "the site name is empty")),
    (r"unknown site type '(?P<type>.*)' for '(?P<name>.*)'",
     QT_TRANSLATE_NOOP("CoreText", "unknown site type '{type}' for '{name}'")),
    (r"(?P<what>latitude|longitude) '(?P<text>.*)' is not a number",
     QT_TRANSLATE_NOOP("CoreText", "{what} '{text}' is not a number")),
    (r"(?P<what>latitude|longitude) (?P<text>\S+) is outside (?P<range>\S+)",
     QT_TRANSLATE_NOOP("CoreText", "{what} {text} is outside {range}")),
    (r"'(?P<name>.*)' has only one of latitude and longitude",
     QT_TRANSLATE_NOOP("CoreText", "'{name}' has only one of latitude and longitude")),
    (r"unknown coordinate system '(?P<system>.*)' \(WGS-84, GCJ-02 or BD-09\)",
     QT_TRANSLATE_NOOP("CoreText", "unknown coordinate system '{system}' (WGS-84, GCJ-02 or "
                       "BD-09)")),
    (r"'(?P<name>.*)' repeats row (?P<row>\d+)",
     QT_TRANSLATE_NOOP("CoreText", "'{name}' repeats row {row}")),
    (r"… and (?P<n>\d+) more bad rows",
     QT_TRANSLATE_NOOP("CoreText", "… and {n} more bad rows")),
    (r"nothing was imported", QT_TRANSLATE_NOOP("CoreText", "nothing was imported")),
    (r"no sites below the header",
     QT_TRANSLATE_NOOP("CoreText", "no sites below the header")),
    (r"the file is empty", QT_TRANSLATE_NOOP("CoreText", "the file is empty")),
    (r"site lists must be \.csv or \.xlsx files",
     QT_TRANSLATE_NOOP("CoreText", "site lists must be .csv or .xlsx files")),
    (r"the file is neither UTF-8 nor GBK text",
     QT_TRANSLATE_NOOP("CoreText", "the file is neither UTF-8 nor GBK text")),
    (r"not a readable \.xlsx workbook \((?P<error>.*)\)",
     QT_TRANSLATE_NOOP("CoreText", "not a readable .xlsx workbook ({error})")),
    (r"cannot read: (?P<error>.*)", QT_TRANSLATE_NOOP("CoreText", "cannot read: {error}")),
    # inspector/sync/package.py — making a package
    (r"(?P<n>\d+) entries are more than a package may hold \((?P<limit>\d+)\) — send less at "
     r"once",
     QT_TRANSLATE_NOOP("CoreText", "{n} entries are more than a package may hold ({limit}) — "
                       "send less at once")),
    (r"(?P<name>.+) is (?P<size>.+), more than a package may hold \((?P<limit>.+)\)",
     QT_TRANSLATE_NOOP("CoreText", "{name} is {size}, more than a package may hold ({limit})")),
    (r"(?P<size>.+) is more than a package may hold \((?P<limit>.+)\) — send less at once",
     QT_TRANSLATE_NOOP("CoreText", "{size} is more than a package may hold ({limit}) — send "
                       "less at once")),
    (r"the file changed while the package was being written — make the package again",
     QT_TRANSLATE_NOOP("CoreText", "the file changed while the package was being written — "
                       "make the package again")),
)
# The phrases the core puts inside a message above ({detail}), translated when known.
DETAILS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("CoreText", "no device id"),
    QT_TRANSLATE_NOOP("CoreText", "no creation time"),
    QT_TRANSLATE_NOOP("CoreText", "'forms' is not a list"),
    QT_TRANSLATE_NOOP("CoreText", "'extra' is not an object"),
    QT_TRANSLATE_NOOP("CoreText", "'entries' is not a list"),
    QT_TRANSLATE_NOOP("CoreText", "an entry is not an object"),
    QT_TRANSLATE_NOOP("CoreText", "an entry has no name"),
    QT_TRANSLATE_NOOP("CoreText", "no archive at the start of the file"),
    QT_TRANSLATE_NOOP("CoreText", "the manifest is encrypted"),
    QT_TRANSLATE_NOOP("CoreText", "the manifest's size is unknown"),
    QT_TRANSLATE_NOOP("CoreText", "the manifest uses an unsupported compression method"),
    QT_TRANSLATE_NOOP("CoreText", "the manifest is cut off"),
    QT_TRANSLATE_NOOP("CoreText", "no end-of-archive record"),
    QT_TRANSLATE_NOOP("CoreText", "no end-of-archive record at the end of the archive"),
    QT_TRANSLATE_NOOP("CoreText", "no zip64 end-of-archive locator"),
    QT_TRANSLATE_NOOP("CoreText", "no zip64 end-of-archive record"),
    QT_TRANSLATE_NOOP("CoreText", "the central directory lies outside the archive"),
    QT_TRANSLATE_NOOP("CoreText", "the central directory is damaged"),
    QT_TRANSLATE_NOOP("CoreText", "has an empty name"),
    QT_TRANSLATE_NOOP("CoreText", "contains a backslash"),
    QT_TRANSLATE_NOOP("CoreText", "is an absolute path"),
    QT_TRANSLATE_NOOP("CoreText", "starts with a drive letter"),
    QT_TRANSLATE_NOOP("CoreText", "points outside the package (..)"),
    QT_TRANSLATE_NOOP("CoreText", "is not a plain relative path"),
    QT_TRANSLATE_NOOP("CoreText", "contains characters not allowed in file names"),
    QT_TRANSLATE_NOOP("CoreText", "is reserved"),
    QT_TRANSLATE_NOOP("CoreText", "latitude"),
    QT_TRANSLATE_NOOP("CoreText", "longitude"),
    # inspector/output.py — why a file could not be written
    QT_TRANSLATE_NOOP("CoreText", "the disk is full"),
    QT_TRANSLATE_NOOP("CoreText", "the disk quota is used up"),
    QT_TRANSLATE_NOOP("CoreText", "the file is too large for this disk"),
    QT_TRANSLATE_NOOP("CoreText", "permission denied: the folder is not writable"),
    QT_TRANSLATE_NOOP("CoreText", "the disk is read-only"),
    QT_TRANSLATE_NOOP("CoreText", "the drive failed or was removed while writing"),
    QT_TRANSLATE_NOOP("CoreText", "the drive was removed while writing"),
    QT_TRANSLATE_NOOP("CoreText", "the file name is too long"),
    QT_TRANSLATE_NOOP("CoreText", "a folder has that name"),
    QT_TRANSLATE_NOOP("CoreText", "a file has that name"),
    QT_TRANSLATE_NOOP("CoreText", "part of the path is a file, not a folder"),
)
_COMPILED = tuple((re.compile(f"(?:^|: )(?:{pattern})$"), text) for pattern, text in MESSAGES)


def translated(message: str) -> str:
    """`message` in the app's language when it is one of MESSAGES, else unchanged; a
    message of several lines (a site list's bad rows), line by line."""
    if "\n" in message:
        return "\n".join(translated(line) for line in message.split("\n"))
    for pattern, text in _COMPILED:
        found = pattern.search(message)
        if found is not None:
            start = found.start() + (2 if message[found.start():].startswith(": ") else 0)
            fields = {k: _field(k, v) for k, v in found.groupdict().items()}
            return message[:start] + QCoreApplication.translate("CoreText", str(text)).format(
                **fields)
    return message


def _field(name: str, value: str) -> str:
    """A known phrase (DETAILS) is translated; a {detail} may be a message of its own;
    other fields (names, numbers, files) stay as they are."""
    if value in _DETAILS:
        return QCoreApplication.translate("CoreText", value)
    return translated(value) if name == "detail" else value


_DETAILS = frozenset(str(d) for d in DETAILS)
