"""The optional city hub: an HTTP service over PostgreSQL that receives the same signed
packages laptops exchange on USB sticks, merges their versions by the same join, and
relays them byte for byte to the laptops that pull — and the laptop's client for it.

The hub never invents or rewrites a version: what a laptop pulls is the packages exactly
as their signers made them, imported through `sync.exchange` as a file would be.

    schema   numbered PostgreSQL migrations
    db       every SQL statement the hub runs (PostgreSQL, psycopg 3)
    blobs    the content-addressed file store (a local folder now; S3 later)
    auth     signed requests and responses (no passwords)
    receive  a pushed package checked by the sync rules and applied in one transaction
    server   the Starlette application (`inspector hub serve`)
    limits   the sizes it takes by default
    client   the laptop's side: connect, push, pull
"""
