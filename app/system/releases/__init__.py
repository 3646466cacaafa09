"""Releases of fieldcase: signed manifests, the keys trusted to sign them, and installing one.

A release is a folder (the bundle ``make bundle`` builds) holding ``fieldcase-release.json``, a
manifest that lists every other file with its size and SHA-256, and
``fieldcase-release.json.minisig``, a minisign signature of the manifest by a release key
(:mod:`.minisign`, :mod:`.manifest`). The keys this program trusts are the ones shipped inside it
(:mod:`.trust`); installing (:mod:`.install`) copies a verified release beside the running one and
switches a pointer file only once the copy is complete and verified again. docs/updates.md is the
user's guide; docs/security.md says what the verification protects against.
"""
